package io.certexam.reporting.rebuild;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.contracts.grading.ItemScore;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.contracts.grading.SectionScore;
import io.certexam.contracts.grading.TagScore;
import io.certexam.contracts.reporting.CertificateIssued;
import io.certexam.reporting.KafkaFedIntegrationTest;
import io.certexam.reporting.Listeners;
import io.certexam.reporting.ReportApi;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * The fixture matrix of ItemStatisticsTest sent through Kafka as ten candidates in two stores: item analysis
 * (with the miskeyed q4 flagged), summary extras, org roll-ups, the audit timeline and the exports read from
 * it; then a rebuild reproduces every report exactly and publishes no certificate event again.
 */
@ServiceIntegrationTest
class ReportsAndRebuildIntegrationTest extends KafkaFedIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ReportsAndRebuildIntegrationTest.class);
    private static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4");
    private static final String KEYS = "ABCD";
    private static final String[] MATRIX = {"ABCA", "ABCA", "ABCD", "ABDA", "ACCD", "BBDD", "ACDD", "BCCD", "CDDD", "-DAD"};

    @Autowired
    TestRestTemplate http;

    @Test
    void reportsReadTheFixtureAndARebuildReproducesThemWithoutRepublishing() throws Exception {
        String run = id("r").substring(2, 10);
        String exam = id("exam");
        String chain = "chain-" + run;
        List<String> questions = QUESTIONS.stream().map(q -> q + "-" + run).toList();
        kafka.send(exam(exam, questions));
        for (int i = 0; i < questions.size(); i++) {
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, questions.get(i), 1,
                    new AnswerKey(questions.get(i), "SINGLE_CHOICE", BigDecimal.ONE, null,
                            List.of(KEYS.substring(i, i + 1)), null, null, null, null), NINE.minusSeconds(90_000)));
        }
        List<String> attempts = new ArrayList<>();
        for (int a = 0; a < MATRIX.length; a++) {
            String store = chain + "/east/store-" + (a < 5 ? "1" : "2");
            attempts.add(attempt(exam, questions, String.format("a%02d-%s", a + 1, run), "cand-" + a + "-" + run, store,
                    MATRIX[a]));
        }
        ReportApi api = new ReportApi(http);

        String itemsPath = "/api/reports/exams/" + exam + "/items";
        await().atMost(Listeners.PROCESSING).untilAsserted(() -> {
            JsonNode items = ok(api.get(itemsPath, TestTokens.author()));
            assertThat(items.get("attempts").asInt()).isEqualTo(10);
            JsonNode q4 = item(items, questions.get(3));
            assertThat(q4.get("discrimination").decimalValue()).isEqualByComparingTo("-0.6667");
            assertThat(q4.get("flags").toString()).contains("LIKELY_MISKEY");
            JsonNode q1 = item(items, questions.get(0));
            assertThat(q1.get("facility").decimalValue()).isEqualByComparingTo("0.6");
            assertThat(q1.get("omitRate").decimalValue()).isEqualByComparingTo("0.1");
            assertThat(q1.get("flags")).isEmpty();
            // final responses to q1 (first column of the matrix): A six times, B twice, C once, one omitted
            Map<String, String> shares = new java.util.TreeMap<>();
            q1.get("distractors").forEach(d -> shares.put(d.get("optionId").asText(), d.get("share").decimalValue()
                    .stripTrailingZeros().toPlainString()));
            assertThat(shares).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("A", "0.6", "B", "0.2", "C", "0.1",
                    "D", "0")));
            // Each candidate saves q1 60 s after starting, then one item every 60 s.
            assertThat(q1.get("medianTimeSeconds").asLong()).isEqualTo(60);
            assertThat(items.get("reliability").get("cronbachAlpha").decimalValue().doubleValue())
                    .isCloseTo(-0.2305, org.assertj.core.data.Offset.offset(1e-4));
        });

        JsonNode summary = ok(api.get("/api/reports/exams/" + exam + "/summary?bins=4", TestTokens.auditor()));
        // totals 3 3 4 2 3 2 2 2 1 1 of 4 = 75 75 100 50 75 50 50 50 25 25 %: bins [0,25) [25,50) [50,75) [75,100]
        assertThat(summary.get("histogram").findValuesAsText("count")).containsExactly("0", "2", "4", "4");
        assertThat(summary.get("tags").get(0).get("name").asText()).isEqualTo("topic:returns");
        assertThat(summary.get("tags").get(0).get("rate").decimalValue()).isEqualByComparingTo("0.575"); // 23 / 40
        assertThat(summary.get("sections").get(0).get("mean").decimalValue()).isEqualByComparingTo("2.30");
        assertThat(summary.get("averageDurationSeconds").asLong()).isEqualTo(300);
        assertThat(api.get("/api/reports/exams/" + exam + "/summary?bins=0", TestTokens.admin()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        String orgPath = "/api/reports/org-units?prefix=" + chain + "/east&examId=" + exam;
        JsonNode org = ok(api.get(orgPath, TestTokens.admin()));
        assertThat(org.get("units")).hasSize(2);
        JsonNode store1 = org.get("units").get(0);
        assertThat(store1.get("orgUnit").asText()).isEqualTo(chain + "/east/store-1");
        // store 1 = a01..a05, totals 3 3 4 2 3: mean 3.00; pass mark 3 points → 4 of 5 pass
        assertThat(store1.get("candidates").asInt()).isEqualTo(5);
        assertThat(store1.get("meanScore").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(store1.get("passRate").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(store1.get("certifiedNow").asInt()).isEqualTo(4);
        assertThat(org.get("total").get("attempts").asInt()).isEqualTo(10);
        assertThat(api.get("/api/reports/org-units?prefix=" + chain + "/east", TestTokens.auditor()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/reports/org-units?prefix=a//b", TestTokens.admin()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        String timelinePath = "/api/reports/attempts/" + attempts.get(0) + "/timeline";
        JsonNode timeline = ok(api.get(timelinePath, TestTokens.auditor()));
        List<String> types = new ArrayList<>();
        timeline.get("events").forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).containsExactly("AttemptStarted",
                "ResponseSaved", "ResponseSaved", "ResponseSaved", "ResponseSaved", "AttemptSubmitted", "ResultPublished");
        assertThat(timeline.get("events").get(5).get("actor").asText()).isEqualTo("cand-0-" + run);
        assertThat(timeline.get("events").get(6).get("actor").asText()).isEqualTo("grading-service");
        assertThat(api.get(timelinePath, TestTokens.author()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> csv = bytes(itemsPath + "?format=csv", "application/json");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String csvText = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFquestionId,version,respondents,facility");
        assertThat(csvText).contains(questions.get(3) + ",1,10,0.7000");
        ResponseEntity<byte[]> xlsx = bytes("/api/reports/exams/" + exam + "/results",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("attemptId");
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(11);
        }
        ResponseEntity<byte[]> orgCsv = bytes(orgPath + "&format=csv", null);
        assertThat(new String(orgCsv.getBody(), StandardCharsets.UTF_8)).contains(chain + "/east/store-2,5,5,5");
        assertThat(api.get(itemsPath + "?format=pdf", TestTokens.admin()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // Snapshot every report, wait for the certificates to be published, then rebuild.
        Map<String, String> before = new LinkedHashMap<>();
        List<String> paths = List.of(itemsPath, "/api/reports/exams/" + exam + "/summary", orgPath, timelinePath,
                "/api/reports/exams/" + exam + "/results", "/api/reports/candidates/cand-2-" + run + "/transcript");
        for (String path : paths) {
            before.put(path, api.get(path, TestTokens.admin()).getBody());
        }
        await().atMost(Listeners.PROCESSING).untilAsserted(() -> assertThat(certificatesOf(run)).hasSize(4));
        List<String> publishedBefore = certificatesOf(run);

        long records = Topics.ALL.stream().filter(t -> !t.equals(Topics.REPORTING_CERTIFICATES))
                .mapToLong(t -> kafka.readRaw(t).size()).sum();
        Instant started = Instant.now();
        ResponseEntity<String> rebuild = http.exchange(RequestEntity.post(URI.create(http.getRootUri() + "/api/admin/rebuild"))
                .header("Authorization", "Bearer " + TestTokens.admin()).build(), String.class);
        assertThat(rebuild.getStatusCode()).as(rebuild.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Listeners.PROCESSING.multipliedBy(2)).untilAsserted(() ->
                assertThat(ok(api.get("/api/admin/rebuild", TestTokens.admin())).get("caughtUp").asBoolean()).isTrue());
        long millis = java.time.Duration.between(started, Instant.now()).toMillis();
        log.info("Rebuild measurement: replayed {} records in {} ms = {} events/s", records, millis,
                millis == 0 ? "n/a" : records * 1000 / millis);

        await().atMost(Listeners.PROCESSING).untilAsserted(() -> {
            for (String path : paths) {
                assertThat(api.get(path, TestTokens.admin()).getBody()).as(path).isEqualTo(before.get(path));
            }
        });
        assertThat(certificatesOf(run)).isEqualTo(publishedBefore);
        assertThat(api.get("/api/admin/rebuild", TestTokens.auditor()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** CloudEvents ids of this run's certificate events, in topic order per partition, sorted. */
    private static List<String> certificatesOf(String run) {
        return kafka.readAll(CertificateIssued.class).stream().filter(r -> r.payload().candidateId().endsWith(run))
                .map(KafkaTestClient.Received::id).sorted().toList();
    }

    private ResponseEntity<byte[]> bytes(String path, String accept) {
        RequestEntity.HeadersBuilder<?> request = RequestEntity.get(URI.create(http.getRootUri() + path))
                .header("Authorization", "Bearer " + TestTokens.admin());
        if (accept != null) {
            request.header("Accept", accept);
        }
        ResponseEntity<byte[]> response = http.exchange(request.build(), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private static JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return ReportApi.json(response);
    }

    private static JsonNode item(JsonNode items, String questionId) {
        for (JsonNode item : items.get("items")) {
            if (item.get("questionId").asText().equals(questionId)) {
                return item;
            }
        }
        throw new AssertionError(questionId + " not in " + items);
    }

    private static ExamPublished exam(String exam, List<String> questions) {
        List<ExamQuestion> content = questions.stream().map(q -> new ExamQuestion(q, 1, new QuestionContent(q,
                "SINGLE_CHOICE", "Stem " + q, List.of(new OptionContent("A", "a"), new OptionContent("B", "b"),
                new OptionContent("C", "c"), new OptionContent("D", "d")), BigDecimal.ONE, null, null, List.of(),
                List.of("topic:returns"), 2, "en", null))).toList();
        return new ExamPublished(ExamPublished.SCHEMA_VERSION, exam, 1, "Fixture exam", null, 60, new BigDecimal("3"),
                null, 3, null, false, false, null, null, 24, List.of(), content, NINE.minusSeconds(86_400));
    }

    private String attempt(String exam, List<String> questions, String attemptId, String candidate, String org,
                           String answers) {
        List<PaperItem> paper = questions.stream().map(q -> new PaperItem(q, q, 1, "SINGLE_CHOICE", BigDecimal.ONE,
                List.of("A", "B", "C", "D"), List.of())).toList();
        kafka.send(new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, exam, 1, candidate, org, 1, 7L, NINE,
                NINE.plusSeconds(3600), new Paper(List.of(new PaperSection("Returns", paper)))));
        List<ItemResponse> responses = new ArrayList<>();
        List<ItemScore> scores = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < questions.size(); i++) {
            String answer = answers.substring(i, i + 1);
            boolean omitted = answer.equals("-");
            int score = answer.equals(KEYS.substring(i, i + 1)) ? 1 : 0;
            total += score;
            if (!omitted) {
                Response response = new Response(List.of(answer), null, null);
                kafka.send(new ResponseSaved(ResponseSaved.SCHEMA_VERSION, attemptId, candidate, questions.get(i),
                        response, i + 1, NINE.plusSeconds(60L * (i + 1))));
                responses.add(new ItemResponse(questions.get(i), response));
            }
            scores.add(new ItemScore(questions.get(i), questions.get(i), 1, 0, BigDecimal.valueOf(score), BigDecimal.ONE,
                    omitted, List.of()));
        }
        kafka.send(new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, exam, 1, candidate, org, false, NINE,
                NINE.plusSeconds(300), responses));
        BigDecimal points = BigDecimal.valueOf(total);
        kafka.send(new ResultPublished(ResultPublished.SCHEMA_VERSION, attemptId, exam, 1, candidate, org, 1, "FINAL",
                points, new BigDecimal("4"), points.multiply(BigDecimal.valueOf(25)), total >= 3, scores,
                List.of(new SectionScore("Returns", points, new BigDecimal("4"))),
                List.of(new TagScore("topic:returns", points, new BigDecimal("4"))), "first grading", "grading-service",
                NINE.plusSeconds(300), NINE.plusSeconds(400)));
        return attemptId;
    }
}
