package io.certexam.reporting.exam;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;
import io.certexam.reporting.SqlTime;

/** Published exam versions from bank.exams.v1: titles and the pass and certificate policies. */
@Component
class ExamProjection {

    static final String CONSUMER = "reporting.exams";

    private final Inbox inbox;
    private final JdbcClient jdbc;

    ExamProjection(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.BANK_EXAMS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.type()) {
            case EXAM_PUBLISHED -> published(event.payloadAs(ExamPublished.class));
            case EXAM_RETIRED -> retired(event.payloadAs(ExamRetired.class));
            default -> throw new PoisonRecordException(event.type() + " does not belong on " + Topics.BANK_EXAMS);
        }
    }

    private void published(ExamPublished exam) {
        if (exam.examId() == null || exam.examId().isBlank()) {
            throw new PoisonRecordException("ExamPublished without examId");
        }
        jdbc.sql("""
                        INSERT INTO exam_version (exam_id, version, title, time_limit_minutes, pass_score, pass_percent,
                                                  certificate_validity_months, published_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (exam_id, version) DO NOTHING""")
                .params(exam.examId(), exam.version(), exam.title(), exam.timeLimitMinutes(), exam.passScore(),
                        exam.passPercent(), exam.certificateValidityMonths(), SqlTime.utc(exam.publishedAt()))
                .update();
    }

    private void retired(ExamRetired retired) {
        jdbc.sql("UPDATE exam_version SET retired_at = ? WHERE exam_id = ? AND version = ?")
                .params(SqlTime.utc(retired.retiredAt()), retired.examId(), retired.version())
                .update();
    }
}
