package io.certexam.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.testsupport.TestTokens;

/** Calls the service as a client would: raw JSON in, JSON (or problem+json) out. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    public ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String path, String body) {
        return call(HttpMethod.POST, path, TestTokens.author(), body);
    }

    public ResponseEntity<JsonNode> put(String path, String body) {
        return call(HttpMethod.PUT, path, TestTokens.author(), body);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return call(HttpMethod.GET, path, TestTokens.author(), null);
    }

    /** POSTs and insists on {@code status}; returns the body. */
    public JsonNode post(String path, String body, HttpStatus status) {
        return expect(post(path, body), status);
    }

    public JsonNode get(String path, HttpStatus status) {
        return expect(get(path), status);
    }

    public static JsonNode expect(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        return response.getBody();
    }

    /** A problem+json response with {@code status}; returns it. */
    public static JsonNode problem(ResponseEntity<JsonNode> response, HttpStatus status) {
        JsonNode body = expect(response, status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s", response.getHeaders().getContentType()).isTrue();
        assertThat(body.path("status").asInt()).isEqualTo(status.value());
        return body;
    }

    /** The fields named in a problem's {@code errors}. */
    public static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
