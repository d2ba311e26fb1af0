package io.certexam.grading.result;

import java.net.URI;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** GET with an optional bearer token, the body read as JSON. */
final class Http {

    private Http() {
    }

    static ResponseEntity<JsonNode> get(TestRestTemplate http, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /** For paths that must reach the server exactly as written (already percent-encoded). */
    static ResponseEntity<JsonNode> get(TestRestTemplate http, URI relative, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        URI absolute = URI.create(http.getRootUri() + relative);
        return http.exchange(absolute, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
