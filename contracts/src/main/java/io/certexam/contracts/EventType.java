package io.certexam.contracts;

import java.util.Arrays;
import java.util.Optional;

import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.contracts.bank.QuestionPublished;
import io.certexam.contracts.bank.QuestionRetired;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.contracts.exam.TimeExtended;
import io.certexam.contracts.grading.ManualGradingRequired;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.contracts.reporting.CertificateExpired;
import io.certexam.contracts.reporting.CertificateIssued;
import io.certexam.contracts.reporting.CertificateRevoked;

/** Every integration event: its topic, its payload record and its CloudEvents {@code type}. */
public enum EventType {

    QUESTION_PUBLISHED(Topics.BANK_QUESTIONS, QuestionPublished.class),
    QUESTION_RETIRED(Topics.BANK_QUESTIONS, QuestionRetired.class),
    ANSWER_KEY_PUBLISHED(Topics.BANK_ANSWER_KEYS, AnswerKeyPublished.class),
    ANSWER_KEY_CORRECTED(Topics.BANK_ANSWER_KEYS, AnswerKeyCorrected.class),
    EXAM_PUBLISHED(Topics.BANK_EXAMS, ExamPublished.class),
    EXAM_RETIRED(Topics.BANK_EXAMS, ExamRetired.class),
    ATTEMPT_STARTED(Topics.EXAM_ATTEMPTS, AttemptStarted.class),
    RESPONSE_SAVED(Topics.EXAM_ATTEMPTS, ResponseSaved.class),
    ATTEMPT_SUBMITTED(Topics.EXAM_ATTEMPTS, AttemptSubmitted.class),
    TIME_EXTENDED(Topics.EXAM_ATTEMPTS, TimeExtended.class),
    ATTEMPT_VOIDED(Topics.EXAM_ATTEMPTS, AttemptVoided.class),
    RESULT_PUBLISHED(Topics.GRADING_RESULTS, ResultPublished.class),
    MANUAL_GRADING_REQUIRED(Topics.GRADING_RESULTS, ManualGradingRequired.class),
    CERTIFICATE_ISSUED(Topics.REPORTING_CERTIFICATES, CertificateIssued.class),
    CERTIFICATE_REVOKED(Topics.REPORTING_CERTIFICATES, CertificateRevoked.class),
    CERTIFICATE_EXPIRED(Topics.REPORTING_CERTIFICATES, CertificateExpired.class);

    private final String topic;
    private final Class<? extends IntegrationEvent> payloadType;

    EventType(String topic, Class<? extends IntegrationEvent> payloadType) {
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends IntegrationEvent> payloadType() {
        return payloadType;
    }

    /** The CloudEvents {@code type}, e.g. {@code exam.ResultPublished.v1}. */
    public String cloudEventType() {
        return "exam." + payloadType.getSimpleName() + ".v1";
    }

    public static Optional<EventType> ofCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType().equals(type)).findFirst();
    }

    public static EventType of(IntegrationEvent event) {
        return Arrays.stream(values()).filter(t -> t.payloadType == event.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an integration event: " + event.getClass()));
    }
}
