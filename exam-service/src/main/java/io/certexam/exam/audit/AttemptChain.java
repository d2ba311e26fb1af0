package io.certexam.exam.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    /** @throws IllegalArgumentException when the stored payload is not JSON any more */
    public String hashOf(DomainEventMessage<?> event) {
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
        return sha256(canonicalText(canonical));
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
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the stored payload is not JSON: " + e.getMessage(), e);
        }
    }

    /** Sorted keys and no nulls, so the text depends only on the values. */
    private String canonicalText(JsonNode node) {
        try {
            return json.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    fields.put(field.getKey(), sorted(field.getValue()));
                }
            });
            return fields;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(sorted(item)));
            return items;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
