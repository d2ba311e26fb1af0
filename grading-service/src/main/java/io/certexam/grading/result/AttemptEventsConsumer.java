package io.certexam.grading.result;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;

/**
 * Feeds exam-service's attempts into {@link AttemptGrading}: the paper from {@code AttemptStarted},
 * the final responses from {@code AttemptSubmitted}. The contract records are translated into the
 * aggregate's own types here.
 */
@Component
class AttemptEventsConsumer {

    static final String CONSUMER = "grading-attempts";

    /** Autosaves are most of this topic; grading needs the paper, the final responses and voids. */
    private static final Set<EventType> NEEDED = EnumSet.of(EventType.ATTEMPT_STARTED, EventType.ATTEMPT_SUBMITTED,
            EventType.ATTEMPT_VOIDED);

    private final Inbox inbox;
    private final CommandGateway commands;
    private final GradingLock lock;

    AttemptEventsConsumer(Inbox inbox, CommandGateway commands, GradingLock lock) {
        this.inbox = inbox;
        this.commands = commands;
        this.lock = lock;
    }

    @KafkaListener(topics = Topics.EXAM_ATTEMPTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, NEEDED, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.type()) {
            case ATTEMPT_STARTED -> {
                AttemptStarted started = event.payloadAs(AttemptStarted.class);
                requireIds(event, started.attemptId(), started.examId());
                lock.forGrading();
                commands.sendAndWait(register(started));
            }
            case ATTEMPT_SUBMITTED -> {
                AttemptSubmitted submitted = event.payloadAs(AttemptSubmitted.class);
                requireIds(event, submitted.attemptId(), submitted.examId());
                lock.forGrading();
                commands.sendAndWait(recordSubmission(submitted));
            }
            case ATTEMPT_VOIDED -> {
                AttemptVoided voided = event.payloadAs(AttemptVoided.class);
                requireIds(event, voided.attemptId(), "-");
                commands.sendAndWait(new VoidGrading(voided.attemptId(), voided.reason(), voided.voidedBy(),
                        voided.voidedAt()));
            }
            default -> {
                // autosaves and extensions do not change a grade
            }
        }
    }

    /** A record without these can never be applied: dead-letter it at once instead of retrying it. */
    private static void requireIds(ReceivedEvent event, String attemptId, String examId) {
        if (blank(attemptId) || blank(examId)) {
            throw new PoisonRecordException(event.type().cloudEventType() + " " + event.id()
                    + " lacks its attemptId or examId");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static RegisterAttempt register(AttemptStarted started) {
        List<PaperSection> sections = started.paper() == null || started.paper().sections() == null
                ? List.of() : started.paper().sections();
        return new RegisterAttempt(started.attemptId(), started.examId(), started.examVersion(),
                started.candidateId(), started.orgPath(), started.startedAt(),
                sections.stream().map(section -> new GradableSection(section.title(), items(section.items()))).toList());
    }

    private static List<GradableItem> items(List<PaperItem> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(item -> {
            if (blank(item.itemId()) || blank(item.questionId())) {
                // its key could never be found, so the attempt would wait forever
                throw new PoisonRecordException("a paper item lacks its itemId or questionId");
            }
            return new GradableItem(item.itemId(), item.questionId(), item.questionVersion(), item.type(),
                    item.points(), item.optionOrder(), items(item.children()));
        }).toList();
    }

    private static RecordSubmission recordSubmission(AttemptSubmitted submitted) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (submitted.responses() != null) {
            for (ItemResponse response : submitted.responses()) {
                if (response.itemId() != null && response.response() != null) {
                    answers.put(response.itemId(), new Answer(response.response().optionIds(),
                            response.response().value(), response.response().text()));
                }
            }
        }
        return new RecordSubmission(submitted.attemptId(), submitted.examId(), submitted.examVersion(),
                submitted.candidateId(), submitted.orgPath(), submitted.auto(), submitted.submittedAt(), answers);
    }

}
