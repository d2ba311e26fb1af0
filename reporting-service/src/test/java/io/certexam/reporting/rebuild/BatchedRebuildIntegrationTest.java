package io.certexam.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import io.certexam.reporting.Listeners;
import io.certexam.reporting.ReportApi;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestInfrastructure;
import io.certexam.testsupport.TestTokens;

/**
 * A few thousand synthetic events (whole attempts, interleaved over six partitions): the reports and every read
 * model row of the run are the same after a rebuild, which re-reads them in large batches.
 */
@ServiceIntegrationTest
class BatchedRebuildIntegrationTest {

    private static final int ATTEMPTS = 90;

    @Autowired
    TestRestTemplate http;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void listenersReady() {
        Listeners.awaitAssignment(listeners);
    }

    @Test
    void aRebuildInBatchesReproducesEveryReportAndRow() {
        SyntheticExamDay day = new SyntheticExamDay(UUID.randomUUID().toString().substring(0, 8));
        day.send(TestInfrastructure.bootstrapServers(), ATTEMPTS * SyntheticExamDay.EVENTS_PER_ATTEMPT);
        ReportApi api = new ReportApi(http);
        String summaryPath = "/api/reports/exams/" + day.examId() + "/summary";
        await().atMost(Listeners.PROCESSING).untilAsserted(() -> {
            assertThat(ReportApi.json(api.get(summaryPath, TestTokens.admin())).get("attempts").asInt())
                    .isEqualTo(ATTEMPTS);
            assertThat(rows(day)).containsEntry("attempt_timeline", (long) ATTEMPTS * (SyntheticExamDay.ITEMS + 3))
                    .containsEntry("certificate", (long) ATTEMPTS * 2 / 3);
        });
        List<String> paths = List.of(summaryPath, "/api/reports/exams/" + day.examId() + "/items",
                "/api/reports/org-units?prefix=" + day.chain() + "&examId=" + day.examId(),
                "/api/reports/candidates/" + day.candidateId(7) + "/transcript",
                "/api/reports/attempts/" + day.attemptId(7) + "/timeline");
        Map<String, String> reportsBefore = reports(api, paths);
        Map<String, String> rowsBefore = fingerprint(day);

        ResponseEntity<String> rebuild = http.exchange(RequestEntity.post(URI.create(http.getRootUri() + "/api/admin/rebuild"))
                .header("Authorization", "Bearer " + TestTokens.admin()).build(), String.class);
        assertThat(rebuild.getStatusCode()).as(rebuild.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Listeners.PROCESSING.multipliedBy(2)).untilAsserted(() -> assertThat(ReportApi.json(
                api.get("/api/admin/rebuild", TestTokens.admin())).get("caughtUp").asBoolean()).isTrue());

        assertThat(fingerprint(day)).isEqualTo(rowsBefore);
        assertThat(reports(api, paths)).isEqualTo(reportsBefore);
    }

    private static Map<String, String> reports(ReportApi api, List<String> paths) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String path : paths) {
            ResponseEntity<String> response = api.get(path, TestTokens.admin());
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            reports.put(path, response.getBody());
        }
        return reports;
    }

    private Map<String, Long> rows(SyntheticExamDay day) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("attempt", "attempt_timeline", "result_revision",
                "current_result", "certificate")) {
            rows.put(table, jdbc.sql("SELECT count(*) FROM " + table + " WHERE attempt_id LIKE ?")
                    .param(day.attemptId(0).replaceAll("-0$", "-%")).query(Long.class).single());
        }
        return rows;
    }

    /** Every row of the run's attempts, as text, per table. */
    private Map<String, String> fingerprint(SyntheticExamDay day) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : List.of("attempt", "attempt_timeline", "result_revision",
                "current_result", "certificate")) {
            rows.put(table, jdbc.sql("SELECT count(*) || ' ' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM "
                    + table + " t WHERE attempt_id LIKE ?").param(day.attemptId(0).replaceAll("-0$", "-%"))
                    .query(String.class).single());
        }
        return rows;
    }
}
