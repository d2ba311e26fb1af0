package io.certexam.grading.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;

/** Kafka delivers at least once and sometimes delivers garbage. */
@ServiceIntegrationTest
class DeliveryTest {

    static final KafkaTestClient kafka = new KafkaTestClient();

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void aRedeliveredOrRepublishedSubmissionIsGradedOnce() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        exam.keys().forEach(kafka::send);
        kafka.send(exam.examPublished());
        kafka.send(exam.started(attemptId, candidate));
        AttemptSubmitted submitted = exam.submitted(attemptId, candidate);
        String eventId = kafka.send(submitted);
        kafka.send(eventId, submitted);
        // the same fact again under a new id (a publisher that lost its token): the aggregate ignores it
        String republishedId = kafka.send(submitted);

        kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        // same key, same partition: once the republished record is processed, the redelivery before it was too
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(republishedId));

        assertThat(GradingFlowTest.resultRevisionsInEventStore(jdbc, attemptId)).isEqualTo(1);
        assertThat(kafka.readAll(ResultPublished.class))
                .filteredOn(r -> r.payload().attemptId().equals(attemptId)).hasSize(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterEventsAreStillProcessed() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        String unreadable = ExamScenario.fresh("poison");
        String unknownType = ExamScenario.fresh("poison");
        String withoutAttempt = ExamScenario.fresh("poison");
        kafka.sendRaw(Topics.EXAM_ATTEMPTS, attemptId, EventType.ATTEMPT_SUBMITTED.cloudEventType(), unreadable,
                "{not json".getBytes(StandardCharsets.UTF_8));
        kafka.sendRaw(Topics.EXAM_ATTEMPTS, attemptId, "exam.Nonsense.v1", unknownType,
                "{}".getBytes(StandardCharsets.UTF_8));
        kafka.sendRaw(Topics.EXAM_ATTEMPTS, attemptId, EventType.ATTEMPT_SUBMITTED.cloudEventType(), withoutAttempt,
                "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8));
        exam.keys().forEach(kafka::send);
        kafka.send(exam.examPublished());
        kafka.send(exam.started(attemptId, candidate));
        kafka.send(exam.submitted(attemptId, candidate));

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterIds(Topics.EXAM_ATTEMPTS)
                .containsAll(List.of(unreadable, withoutAttempt)));
        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        assertThat(result.score()).isEqualByComparingTo("4.00");
        // a type from a newer producer is not broken: it is skipped, not dead-lettered
        assertThat(deadLetterIds(Topics.EXAM_ATTEMPTS)).doesNotContain(unknownType);
    }

    @Test
    void recordsThatCouldNeverBeGradedAreDeadLetteredNotRetriedForever() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String keyless = kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, exam.q1, 1, null,
                ExamScenario.STARTED));
        AttemptStarted started = exam.started(attemptId, "cand-1");
        PaperItem anonymous = new PaperItem(exam.q1, null, 1, "SINGLE_CHOICE", BigDecimal.ONE, List.of("A"), List.of());
        String withoutQuestion = kafka.send(new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId,
                started.examId(), 1, "cand-1", ExamScenario.ORG, 1, 1L, ExamScenario.STARTED, ExamScenario.STARTED,
                new Paper(List.of(new PaperSection("Part 1", List.of(anonymous))))));

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterIds(Topics.BANK_ANSWER_KEYS).contains(keyless));
        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterIds(Topics.EXAM_ATTEMPTS).contains(withoutQuestion));
    }

    private List<String> deadLetterIds(String topic) {
        return kafka.readRaw(Topics.deadLetterTopicOf(topic)).stream()
                .map(record -> KafkaTestClient.header(record, CloudEventHeaders.ID)).toList();
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
                .params(AttemptEventsConsumer.CONSUMER, eventId).query(Integer.class).single() == 1;
    }
}
