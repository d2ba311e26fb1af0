package io.certexam.bank.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.questionimport.ImportDocument;
import io.certexam.questionimport.JsonImporter;
import io.certexam.questionimport.XlsxImporter;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

@ServiceIntegrationTest
class ImportApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    FingerprintBackfill backfill;

    @Test
    void aTextPaperBecomesPublishedQuestionsAndASecondImportFindsThemAllInTheBank() throws IOException {
        String source = "paper-" + UUID.randomUUID();
        byte[] paper = uniquePaper();

        JsonNode first = post("/api/imports?format=text&publish=true&source=" + source, paper, TestTokens.author()).getBody();
        assertThat(first.get("created").asInt()).isEqualTo(3);
        assertThat(first.get("rejected").asInt()).isZero();
        String firstId = first.at("/questions/0/id").asText();
        assertThat(first.at("/questions/0/line").asInt()).isEqualTo(4);
        JsonNode stored = get("/api/questions/" + firstId, TestTokens.author()).getBody();
        assertThat(stored.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(stored.toString()).contains("source:" + source).contains("module:");
        assertThat(stored.at("/answer/optionIds/0").asText()).isEqualTo("B");
        assertThat(stored.get("points").decimalValue()).isEqualByComparingTo("2");

        JsonNode again = post("/api/imports?format=text&source=" + source, paper, TestTokens.author()).getBody();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(again.at("/questions/0/outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(again.at("/questions/0/id").asText()).isEqualTo(firstId);
    }

    @Test
    void twoUploadsOfTheSamePaperAtOnceCreateItOnce() throws Exception {
        byte[] paper = uniquePaper();
        ExecutorService uploads = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonNode> upload = () -> post("/api/imports?format=text", paper, TestTokens.author()).getBody();
            List<JsonNode> reports = new ArrayList<>();
            for (Future<JsonNode> report : uploads.invokeAll(List.of(upload, upload))) {
                reports.add(report.get());
            }

            assertThat(reports).extracting(r -> r.get("created").asInt()).containsExactlyInAnyOrder(3, 0);
            assertThat(reports).extracting(r -> r.get("duplicates").asInt()).containsExactlyInAnyOrder(0, 3);
        } finally {
            uploads.shutdownNow();
        }
    }

    @Test
    void questionsWrittenBeforeFingerprintsAreRecognisedAfterTheBackfill() throws IOException {
        byte[] paper = uniquePaper();
        JsonNode first = post("/api/imports?format=text", paper, TestTokens.author()).getBody();
        String id = first.at("/questions/0/id").asText();
        jdbc.sql("DELETE FROM question_fingerprint WHERE question_id = ?").param(id).update();

        backfill.run(null);

        JsonNode again = post("/api/imports?format=text", paper, TestTokens.author()).getBody();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(again.at("/questions/0/id").asText()).isEqualTo(id);
    }

    @Test
    void aDocumentWithARejectedQuestionImportsNothingUnlessPartial() throws IOException {
        byte[] document = fixture("one-broken-question.txt");

        ResponseEntity<JsonNode> refused = post("/api/imports?format=text", document, TestTokens.author());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("rejected").asInt()).isEqualTo(1);
        assertThat(refused.getBody().get("questions").findValuesAsText("outcome")).containsExactly("NOT_IMPORTED", "REJECTED");
        assertThat(refused.getBody().get("messages").findValues("line").stream().map(JsonNode::asInt)).contains(6);

        JsonNode partial = post("/api/imports?format=text&partial=true", document, TestTokens.author()).getBody();
        assertThat(partial.get("created").asInt()).isEqualTo(1);
        assertThat(partial.get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void exportedJsonImportsBackAsTheSameQuestions() throws IOException {
        String source = "roundtrip-" + UUID.randomUUID();
        post("/api/imports?format=text&source=" + source, uniquePaper(), TestTokens.author());

        ResponseEntity<byte[]> export = http.exchange("/api/questions/export?tag=source:" + source, HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.author())), byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        ImportDocument exported = JsonImporter.parse(export.getBody());
        assertThat(exported.questions()).hasSize(3);
        assertThat(exported.questions().get(0).answer().optionIds()).containsExactly("B");

        JsonNode reimported = post("/api/imports?format=json", export.getBody(), TestTokens.author()).getBody();
        assertThat(reimported.get("duplicates").asInt()).isEqualTo(3);
        assertThat(reimported.get("created").asInt()).isZero();
    }

    @Test
    void theXlsxTemplateIsServedAndItsExamplesImport() {
        ResponseEntity<byte[]> template = http.exchange("/api/imports/template.xlsx", HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.author())), byte[].class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        ImportDocument examples = XlsxImporter.parse(template.getBody());
        assertThat(examples.questions()).isNotEmpty();

        JsonNode report = post("/api/imports?format=xlsx&partial=true", template.getBody(), TestTokens.author()).getBody();
        assertThat(report.get("created").asInt() + report.get("duplicates").asInt()).isEqualTo(examples.questions().size());
        assertThat(report.get("rejected").asInt()).isZero();
    }

    @Test
    void unreadableDocumentsAreRefusedPrecisely() {
        byte[] gbk = "1.顾客退货时应当核对什么?\nA.小票\nB.心情\n答案:A\n".getBytes(Charset.forName("GBK"));
        ResponseEntity<JsonNode> wrongEncoding = post("/api/imports?format=text", gbk, TestTokens.author());
        assertThat(wrongEncoding.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongEncoding.getBody().at("/errors/0/field").asText()).isEqualTo("document");
        assertThat(wrongEncoding.getBody().at("/errors/0/message").asText()).containsIgnoringCase("UTF-8");

        assertThat(post("/api/imports?format=text", new byte[0], TestTokens.author()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/imports?format=xlsx", "not a spreadsheet".getBytes(StandardCharsets.UTF_8),
                TestTokens.author()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> unknownFormat = post("/api/imports?format=docx", new byte[] {1}, TestTokens.author());
        assertThat(unknownFormat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownFormat.getBody().at("/errors/0/field").asText()).isEqualTo("format");
    }

    @Test
    void aFormEncodedBodyIs415NotALostDocument() {
        HttpHeaders headers = headers(TestTokens.author());
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<JsonNode> response = http.exchange("/api/imports?format=text", HttpMethod.POST,
                new HttpEntity<>("1.题目".getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void documentsOverFiveMegabytesAre413() {
        byte[] huge = new byte[ImportController.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        ResponseEntity<JsonNode> response = post("/api/imports?format=text", huge, TestTokens.author());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void onlyAuthorsImport() throws IOException {
        assertThat(post("/api/imports?format=text", uniquePaper(), TestTokens.candidate("c-1"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/imports?format=text", "x", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> post(String path, byte[] body, String token) {
        HttpHeaders headers = headers(token);
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), JsonNode.class);
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    /** The paper with a marker unique to this call in every stem, so tests do not see each other's questions. */
    private static byte[] uniquePaper() throws IOException {
        String paper = new String(fixture("store-service-paper.txt"), StandardCharsets.UTF_8);
        return paper.replace("{run}", UUID.randomUUID().toString().substring(0, 8)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        return new ClassPathResource("imports/" + name).getContentAsByteArray();
    }
}
