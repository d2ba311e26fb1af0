package io.certexam.exam.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.QuestionRef;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;

/**
 * Keeps the catalogue in step with the bank's {@code bank.exams.v1}. The answer-key topic is deliberately
 * not consumed: this service faces candidates and must never hold keys.
 */
@Component
class ExamCatalogConsumer {

    static final String CONSUMER = "exam-catalog";

    private final Inbox inbox;
    private final PublishedExams exams;

    ExamCatalogConsumer(Inbox inbox, PublishedExams exams) {
        this.inbox = inbox;
        this.exams = exams;
    }

    @KafkaListener(topics = Topics.BANK_EXAMS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, event -> {
            switch (event.type()) {
                case EXAM_PUBLISHED -> exams.record(usable(event.payloadAs(ExamPublished.class)));
                case EXAM_RETIRED -> exams.retire(usable(event.payloadAs(ExamRetired.class)));
                default -> {
                    // other types on this topic are none of the catalogue's business
                }
            }
        });
    }

    /**
     * A version that names questions it does not carry could never be drawn into a paper; retrying will not
     * change that, so it goes straight to the dead-letter topic.
     */
    private static ExamPublished usable(ExamPublished exam) {
        List<String> problems = new ArrayList<>();
        if (exam.examId() == null || exam.examId().isBlank()) {
            problems.add("no examId");
        }
        if (exam.sections() == null || exam.sections().isEmpty()) {
            problems.add("no sections");
        }
        if (exam.timeLimitMinutes() <= 0) {
            problems.add("timeLimitMinutes must be positive");
        }
        Set<QuestionRef> carried = new HashSet<>();
        for (ExamQuestion question : exam.questions() == null ? List.<ExamQuestion>of() : exam.questions()) {
            if (question.content() != null) {
                carried.add(new QuestionRef(question.questionId(), question.version()));
            }
        }
        for (ExamSection section : exam.sections() == null ? List.<ExamSection>of() : exam.sections()) {
            List<QuestionRef> refs = new ArrayList<>();
            if (section.questions() != null) {
                refs.addAll(section.questions());
            }
            if (section.draw() != null && section.draw().pool() != null) {
                refs.addAll(section.draw().pool());
            }
            refs.stream().filter(ref -> !carried.contains(ref))
                    .forEach(ref -> problems.add("question " + ref.questionId() + " v" + ref.version() + " not carried"));
        }
        if (!problems.isEmpty()) {
            throw new PoisonRecordException("unusable ExamPublished " + exam.examId() + " v" + exam.version() + ": "
                    + String.join("; ", problems));
        }
        return exam;
    }

    private static ExamRetired usable(ExamRetired retired) {
        if (retired.examId() == null || retired.examId().isBlank()) {
            throw new PoisonRecordException("ExamRetired without examId");
        }
        return retired;
    }
}
