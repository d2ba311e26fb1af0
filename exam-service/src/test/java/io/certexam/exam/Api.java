package io.certexam.exam;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.TestTokens;

/** Calls the service over HTTP as a client would: a bearer token (or none) and a JSON body. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    public Reply get(String path, String token) {
        return exchange(HttpMethod.GET, path, token, null);
    }

    public Reply post(String path, String token, String body) {
        return exchange(HttpMethod.POST, path, token, body);
    }

    public Reply put(String path, String token, String body) {
        return exchange(HttpMethod.PUT, path, token, body);
    }

    public Reply exchange(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        return new Reply(response);
    }

    /** The attempt's events as an auditor reads them, in stream order. */
    public List<JsonNode> auditEvents(String attemptId) {
        Reply reply = get("/api/attempts/" + attemptId + "/events", TestTokens.auditor());
        if (reply.status() != HttpStatus.OK) {
            throw new AssertionError("events of " + attemptId + ": " + reply.status() + " " + reply.body());
        }
        List<JsonNode> events = new ArrayList<>();
        reply.json().forEach(events::add);
        return events;
    }

    /** Publishes the exam as the bank would and waits until the catalogue offers exactly that version. */
    public void publish(KafkaTestClient kafka, ExamPublished exam) {
        kafka.send(exam);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Reply reply = get("/api/exams/" + exam.examId(), TestTokens.candidate("catalogue-reader"));
            return reply.status() == HttpStatus.OK && reply.json().path("version").asInt() == exam.version();
        });
    }

    public record Reply(ResponseEntity<String> response) {

        public HttpStatus status() {
            return HttpStatus.valueOf(response.getStatusCode().value());
        }

        public JsonNode json() {
            try {
                return response.getBody() == null ? JSON.nullNode() : JSON.readTree(response.getBody());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + response.getBody(), e);
            }
        }

        public String contentType() {
            return String.valueOf(response.getHeaders().getContentType());
        }

        public String code() {
            return json().path("code").asText();
        }

        public String body() {
            return response.getBody();
        }
    }
}
