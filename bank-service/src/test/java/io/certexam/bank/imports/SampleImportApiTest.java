package io.certexam.bank.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * The real documents in ../shared/samples through the REST import: what the bank creates from each, as its README
 * lists. The parsing itself is covered question by question in question-import's SamplesTest.
 */
@ServiceIntegrationTest
class SampleImportApiTest {

    private static Path samples;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void locateSamples() {
        String configured = System.getenv("CERTEXAM_SAMPLES");
        samples = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "samples");
        assumeTrue(Files.isDirectory(samples), "no samples at " + samples.toAbsolutePath());
    }

    @Test
    void eachSampleCreatesTheQuestionsItsReadmeLists() throws IOException {
        JsonNode compilation = importSample("000_", "");
        assertThat(compilation.get("created").asInt()).isEqualTo(9);
        assertThat(compilation.get("questions").findValuesAsText("type"))
                .containsExactlyInAnyOrder("SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE", "SINGLE_CHOICE",
                        "MULTIPLE_CHOICE", "MULTIPLE_CHOICE", "OPEN_RESPONSE", "OPEN_RESPONSE", "OPEN_RESPONSE");

        ResponseEntity<JsonNode> webPage = post(sample("001_"), "");
        assertThat(webPage.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(webPage.getBody().get("rejected").asInt()).isEqualTo(1);

        JsonNode webPagePartial = importSample("001_", "&partial=true");
        assertThat(webPagePartial.get("created").asInt()).isEqualTo(56);
        assertThat(webPagePartial.get("rejected").asInt()).isEqualTo(1);
        assertThat(webPagePartial.get("duplicates").asInt()).isEqualTo(30);
        assertThat(webPagePartial.get("messages").findValuesAsText("text"))
                .filteredOn(text -> text.startsWith("duplicate skipped")).hasSize(30);

        JsonNode handout = importSample("002_", "");
        assertThat(handout.get("created").asInt()).isZero();
        assertThat(handout.get("messages").findValuesAsText("text")).singleElement()
                .asString().startsWith("no questions found");

        JsonNode afterSales = importSample("003_", "");
        assertThat(afterSales.get("created").asInt()).isEqualTo(21);
        assertThat(afterSales.get("questions").findValuesAsText("type")).containsOnly("OPEN_RESPONSE");
    }

    private JsonNode importSample(String prefix, String parameters) throws IOException {
        ResponseEntity<JsonNode> response = post(sample(prefix), parameters);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> post(Path file, String parameters) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.author());
        headers.setContentType(MediaType.TEXT_PLAIN);
        return http.exchange("/api/imports?format=text&publish=true&source=" + file.getFileName() + parameters,
                HttpMethod.POST, new HttpEntity<>(Files.readAllBytes(file), headers), JsonNode.class);
    }

    private static Path sample(String prefix) throws IOException {
        try (var files = Files.list(samples)) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(matches).hasSize(1);
            return matches.get(0);
        }
    }
}
