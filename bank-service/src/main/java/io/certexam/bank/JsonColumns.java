package io.certexam.bank;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Nested read-model structures live in jsonb columns: bind with {@code ?::jsonb}, read the column as text. */
@Component
public class JsonColumns {

    private final ObjectMapper objectMapper;

    public JsonColumns(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as json", e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : objectMapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + type.getSimpleName() + " column", e);
        }
    }

    public <T> T read(String json, TypeReference<T> type) {
        try {
            return json == null ? null : objectMapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable json column", e);
        }
    }
}
