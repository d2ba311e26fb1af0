package io.certexam.reporting.exam;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;
import io.certexam.reporting.SqlTime;
import io.certexam.reporting.certificate.CertificateLedger;

/**
 * Published exam versions from bank.exams.v1: titles, the pass and certificate policies, and the question
 * versions with their options (for distractor tables). A version's arrival lets the certificate ledger
 * issue the certificates that waited for its validity.
 */
@Component
class ExamProjection {

    static final String CONSUMER = "reporting.exams";

    private final Inbox inbox;
    private final JdbcClient jdbc;
    private final CertificateLedger certificates;
    private final ObjectMapper json;

    ExamProjection(Inbox inbox, JdbcClient jdbc, CertificateLedger certificates, ObjectMapper json) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.json = json;
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
        for (ExamQuestion question : exam.questions() == null ? List.<ExamQuestion>of() : exam.questions()) {
            if (question == null || question.questionId() == null) {
                continue;
            }
            List<String> options = question.content() == null || question.content().options() == null ? List.of()
                    : question.content().options().stream().map(OptionContent::id).toList();
            jdbc.sql("""
                            INSERT INTO exam_question (exam_id, exam_version, question_id, question_version, type, stem,
                                                       option_ids)
                            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)
                            ON CONFLICT DO NOTHING""")
                    .params(exam.examId(), exam.version(), question.questionId(), question.version(),
                            question.content() == null ? null : question.content().type(),
                            question.content() == null ? null : question.content().stem(), toJson(options))
                    .update();
        }
        certificates.examVersionArrived(exam.examId(), exam.version());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise options", e);
        }
    }

    private void retired(ExamRetired retired) {
        jdbc.sql("UPDATE exam_version SET retired_at = ? WHERE exam_id = ? AND version = ?")
                .params(SqlTime.utc(retired.retiredAt()), retired.examId(), retired.version())
                .update();
    }
}
