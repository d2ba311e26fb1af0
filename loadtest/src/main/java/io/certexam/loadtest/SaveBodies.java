package io.certexam.loadtest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of a save, in one canonical form on both sides: the simulation sends exactly this string and logs its
 * SHA-256; the no-loss check rebuilds the same string from the stored {@code ResponseRecorded} ({@code answer},
 * {@code clientSeq}) and compares the hashes.
 */
public final class SaveBodies {

    public static final ObjectMapper JSON = new ObjectMapper();

    private SaveBodies() {
    }

    public static String choice(List<String> optionIds, long clientSeq) {
        ObjectNode answer = JSON.createObjectNode();
        optionIds.forEach(answer.putArray("optionIds")::add);
        return of(answer, clientSeq);
    }

    /** {@code {"response":<answer>,"clientSeq":n}}, compact, field order as written. */
    public static String of(JsonNode answer, long clientSeq) {
        ObjectNode body = JSON.createObjectNode();
        body.set("response", answer);
        body.put("clientSeq", clientSeq);
        return body.toString();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
