package io.certexam.reporting.certificate;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.attemptStarted;
import static io.certexam.reporting.TestEvents.attemptVoided;
import static io.certexam.reporting.TestEvents.examPublished;
import static io.certexam.reporting.TestEvents.finalResult;
import static io.certexam.reporting.TestEvents.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.reporting.CertificateExpired;
import io.certexam.contracts.reporting.CertificateIssued;
import io.certexam.contracts.reporting.CertificateRevoked;
import io.certexam.reporting.KafkaFedIntegrationTest;
import io.certexam.reporting.Listeners;
import io.certexam.reporting.ReportApi;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Certificates issued, revoked, re-issued and expired from the result history, published through the outbox. */
@ServiceIntegrationTest
class CertificateIntegrationTest extends KafkaFedIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aPassIssuesAFailRevokesALaterPassIssuesAgainAndEachIsPublishedOnce() {
        String exam = id("exam");
        String candidate = id("cand");
        String attempt = id("attempt");
        kafka.send(examPublished(exam, 1, "Returns desk certification"));
        kafka.send(attemptStarted(attempt, exam, candidate, NINE));
        kafka.send(finalResult(attempt, exam, candidate, 1, "80", true));

        CertificateIssued first = kafka.await(CertificateIssued.class, e -> e.attemptId().equals(attempt));
        assertThat(first.certificateId()).isEqualTo(CertificateHistory.idOf(attempt, 1));
        assertThat(first.candidateId()).isEqualTo(candidate);
        assertThat(first.examId()).isEqualTo(exam);
        assertThat(first.score()).isEqualByComparingTo("80");
        assertThat(first.issuedAt()).isEqualTo(NINE.plusSeconds(1860));
        assertThat(first.expiresAt()).isEqualTo(java.time.Instant.parse("2027-03-01T09:31:00Z"));
        KafkaTestClient.Received<CertificateIssued> record = kafka.awaitRecord(CertificateIssued.class,
                e -> e.attemptId().equals(attempt));
        assertThat(record.key()).isEqualTo(candidate);

        // Public: no token. Validity, exam and dates only, nothing about the person.
        JsonNode valid = verification(first.certificateId());
        assertThat(valid.get("status").asText()).isEqualTo("VALID");
        assertThat(valid.get("examTitle").asText()).isEqualTo("Returns desk certification");
        assertThat(valid.has("candidateId")).isFalse();
        assertThat(valid.toString()).doesNotContain(candidate).doesNotContain(attempt);

        kafka.send(finalResult(attempt, exam, candidate, 2, "40", false));
        CertificateRevoked revoked = kafka.await(CertificateRevoked.class, e -> e.attemptId().equals(attempt));
        assertThat(revoked.certificateId()).isEqualTo(first.certificateId());
        assertThat(revoked.reason()).contains("revision 2");
        await().atMost(Listeners.PROCESSING).untilAsserted(() ->
                assertThat(verification(first.certificateId()).get("status").asText()).isEqualTo("REVOKED"));

        kafka.send(finalResult(attempt, exam, candidate, 3, "75", true));
        CertificateIssued second = kafka.await(CertificateIssued.class,
                e -> e.attemptId().equals(attempt) && !e.certificateId().equals(first.certificateId()));
        assertThat(second.certificateId()).isEqualTo(CertificateHistory.idOf(attempt, 3));

        await().atMost(Listeners.PROCESSING).untilAsserted(() -> {
            JsonNode certificates = new ReportApi(http).transcript(candidate, TestTokens.candidate(candidate))
                    .get("certificates");
            assertThat(certificates).hasSize(2);
            assertThat(certificates.get(0).get("certificateId").asText()).isEqualTo(second.certificateId());
            assertThat(certificates.get(0).get("status").asText()).isEqualTo("VALID");
            assertThat(certificates.get(1).get("status").asText()).isEqualTo("REVOKED");
        });
        // Each fact once on the topic, whatever the redeliveries and polls in between.
        assertThat(kafka.readAll(CertificateIssued.class).stream().filter(r -> r.payload().attemptId().equals(attempt)))
                .hasSize(2);
        assertThat(kafka.readAll(CertificateRevoked.class).stream().filter(r -> r.payload().attemptId().equals(attempt)))
                .hasSize(1);
    }

    @Test
    void aCertificatePastItsExpiryIsExpiredByTheSchedulerAndPublished() {
        String exam = id("exam");
        String candidate = id("cand");
        String attempt = id("attempt");
        // Graded 2025-03-01 with a validity of 1 month: expired since 2025-04-01.
        kafka.send(examPublished(exam, 1, "Cash handling", 1));
        kafka.send(finalResult(attempt, exam, candidate, 1, "90", true));

        CertificateExpired expired = kafka.await(CertificateExpired.class, e -> e.candidateId().equals(candidate));
        assertThat(expired.certificateId()).isEqualTo(CertificateHistory.idOf(attempt, 1));
        assertThat(expired.expiredAt()).isEqualTo(java.time.Instant.parse("2025-04-01T09:31:00Z"));
        assertThat(verification(expired.certificateId()).get("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void aResultArrivingBeforeItsExamVersionGetsItsCertificateWhenTheVersionArrives() {
        String exam = id("exam");
        String candidate = id("cand");
        String attempt = id("attempt");
        kafka.send(finalResult(attempt, exam, candidate, 1, "70", true));
        await().atMost(Listeners.PROCESSING).untilAsserted(() -> assertThat(new ReportApi(http)
                .transcript(candidate, TestTokens.admin()).get("attempts")).hasSize(1));
        assertThat(new ReportApi(http).transcript(candidate, TestTokens.admin()).get("certificates")).isEmpty();

        kafka.send(examPublished(exam, 1, "Late exam", 12));
        CertificateIssued issued = kafka.await(CertificateIssued.class, e -> e.attemptId().equals(attempt));
        assertThat(issued.expiresAt()).isEqualTo(java.time.Instant.parse("2026-03-01T09:31:00Z"));
    }

    @Test
    void voidingACertifiedAttemptRevokesItsCertificate() {
        String exam = id("exam");
        String candidate = id("cand");
        String attempt = id("attempt");
        kafka.send(examPublished(exam, 1, "Voided"));
        kafka.send(attemptStarted(attempt, exam, candidate, NINE));
        kafka.send(finalResult(attempt, exam, candidate, 1, "70", true));
        kafka.await(CertificateIssued.class, e -> e.attemptId().equals(attempt));
        kafka.send(attemptVoided(attempt, NINE.plusSeconds(7200)));
        CertificateRevoked revoked = kafka.await(CertificateRevoked.class, e -> e.attemptId().equals(attempt));
        assertThat(revoked.reason()).startsWith("attempt voided");
        assertThat(revoked.revokedAt()).isEqualTo(NINE.plusSeconds(7200));
    }

    @Test
    void verificationOfUnknownOrMalformedIdsIsAProblem() {
        var unknown = new ReportApi(http).get("/api/certificates/" + id("cert") + "/verification", null);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var malformed = new ReportApi(http).get("/api/certificates/a%20b/verification", null);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType().toString()).contains("problem+json");
    }

    private JsonNode verification(String certificateId) {
        var response = new ReportApi(http).get("/api/certificates/" + certificateId + "/verification", null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return ReportApi.json(response);
    }

}
