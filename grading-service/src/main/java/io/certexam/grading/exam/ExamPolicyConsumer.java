package io.certexam.grading.exam;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;

/** Keeps the pass mark and the question stems of every published exam version; retirement does not matter to grading. */
@Component
class ExamPolicyConsumer {

    static final String CONSUMER = "grading-exams";

    private final Inbox inbox;
    private final ExamPolicies policies;
    private final ExamQuestions questions;
    private final ApplicationEventPublisher applicationEvents;

    ExamPolicyConsumer(Inbox inbox, ExamPolicies policies, ExamQuestions questions,
                       ApplicationEventPublisher applicationEvents) {
        this.inbox = inbox;
        this.policies = policies;
        this.questions = questions;
        this.applicationEvents = applicationEvents;
    }

    @KafkaListener(topics = Topics.BANK_EXAMS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.type() != EventType.EXAM_PUBLISHED) {
            return;
        }
        ExamPublished exam = event.payloadAs(ExamPublished.class);
        if (exam.examId() == null) {
            throw new PoisonRecordException("ExamPublished " + event.id() + " lacks its examId");
        }
        policies.add(new ExamPolicy(exam.examId(), exam.version(), exam.title(), exam.passScore(), exam.passPercent()));
        if (exam.questions() != null) {
            exam.questions().forEach(questions::add);
        }
        applicationEvents.publishEvent(new ExamPolicyStored(exam.examId(), exam.version()));
    }
}
