package io.certexam.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** GETs against the service under test, bodies read with exact decimals so tests can check the scale. */
public final class ReportApi {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final TestRestTemplate http;

    public ReportApi(TestRestTemplate http) {
        this.http = http;
    }

    /** @param path already encoded, sent exactly as given; {@code token} may be null */
    public ResponseEntity<String> get(String path, String token) {
        RequestEntity.HeadersBuilder<?> request = RequestEntity.get(URI.create(http.getRootUri() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.exchange(request.build(), String.class);
    }

    public JsonNode transcript(String candidateId, String token) {
        return ok(get("/api/reports/candidates/" + candidateId + "/transcript", token));
    }

    public JsonNode summary(String examId, String token) {
        return ok(get("/api/reports/exams/" + examId + "/summary", token));
    }

    public static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private static JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json(response);
    }
}
