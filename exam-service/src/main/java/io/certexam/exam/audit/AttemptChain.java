package io.certexam.exam.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tamper evidence of attempt streams: every attempt event carries, in its metadata, the SHA-256 of its
 * predecessor's canonical form. The canonical form is a JSON object with sorted keys of the aggregate id,
 * sequence number, payload type, timestamp (milliseconds, as the event store keeps it), the payload as stored
 * (re-written with sorted keys, nulls left out) and the audit metadata ({@code actor}, {@code actorRole},
 * {@code prevHash}). Other metadata (correlation and trace ids added by the framework) is not part of it.
 */
@Component
public class AttemptChain {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String PREVIOUS_HASH = "prevHash";
    /** What the first event of a stream carries: there is nothing before it. */
    public static final String GENESIS = "0".repeat(64);

    private static final String HASH_RESOURCE = AttemptChain.class.getName() + ".hash:";
    private static final List<String> CHAINED_METADATA = List.of(ACTOR, ACTOR_ROLE, PREVIOUS_HASH);

    private final Serializer serializer;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public AttemptChain(@Qualifier("eventSerializer") Serializer serializer) {
        this.serializer = serializer;
    }

    /** The audit metadata of a new event that follows {@code previousHash}. */
    public static MetaData metaData(String actor, String actorRole, String previousHash) {
        return MetaData.with(ACTOR, actor).and(ACTOR_ROLE, actorRole).and(PREVIOUS_HASH, previousHash);
    }

    /**
     * Within a unit of work an event's hash is computed once: the aggregate needs it as its successor's
     * {@code prevHash} and {@link ChainHeads} stores it as the stream's head, in the same transaction. Hashing it
     * twice was a tenth of a save's CPU in exam-service (docs/benchmarks.md).
     *
     * @throws IllegalArgumentException when the stored payload is not JSON any more
     */
    public String hashOf(DomainEventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            return computeHash(event);
        }
        return CurrentUnitOfWork.get().root()
                .getOrComputeResource(HASH_RESOURCE + event.getIdentifier(), key -> computeHash(event));
    }

    private String computeHash(DomainEventMessage<?> event) {
        byte[] payload = event.serializePayload(serializer, byte[].class).getData();
        ObjectNode canonical = JsonNodeFactory.instance.objectNode();
        canonical.put("aggregateId", event.getAggregateIdentifier());
        canonical.put("sequence", event.getSequenceNumber());
        canonical.put("type", event.getPayloadType().getName());
        canonical.put("timestamp", event.getTimestamp().truncatedTo(ChronoUnit.MILLIS).toString());
        canonical.set("payload", parse(payload));
        ObjectNode metadata = canonical.putObject("metadata");
        MetaData stored = event.getMetaData();
        CHAINED_METADATA.forEach(key -> {
            if (stored.get(key) != null) {
                metadata.put(key, String.valueOf(stored.get(key)));
            }
        });
        return sha256OfCanonical(canonical);
    }

    /** The payload as it is stored (JSON), or as text when it is not JSON any more. */
    public JsonNode storedPayload(DomainEventMessage<?> event) {
        byte[] payload = event.serializePayload(serializer, byte[].class).getData();
        try {
            return parse(payload);
        } catch (IllegalArgumentException e) {
            return JsonNodeFactory.instance.textNode(new String(payload, StandardCharsets.UTF_8));
        }
    }

    private JsonNode parse(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("the stored payload is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The SHA-256 of the node's canonical text: sorted keys and no nulls in objects, so the text depends only on
     * the values. The text is streamed into the digest, never held. Through a character writer, not Jackson's
     * UTF-8 generator: that one writes a character outside the BMP (an emoji) as an escaped surrogate pair, where
     * the canonical text has its UTF-8 bytes.
     */
    private String sha256OfCanonical(JsonNode node) {
        MessageDigest digest = sha256();
        try (JsonGenerator text = json.getFactory().createGenerator(new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8))) {
            writeSorted(text, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void writeSorted(JsonGenerator text, JsonNode node) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.size());
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            text.writeStartObject();
            for (String name : names) {
                JsonNode value = node.get(name);
                if (!value.isNull()) {
                    text.writeFieldName(name);
                    writeSorted(text, value);
                }
            }
            text.writeEndObject();
        } else if (node.isArray()) {
            text.writeStartArray();
            for (JsonNode item : node) {
                writeSorted(text, item);
            }
            text.writeEndArray();
        } else if (node.isNull()) {
            text.writeNull();
        } else {
            node.serialize(text, null);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
