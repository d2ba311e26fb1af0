package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.contracts.exam.TimeExtended;
import io.certexam.exam.paper.DrawnItem;
import io.certexam.exam.paper.DrawnPaper;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.platform.messaging.OutboxProcessor;

/**
 * The outbox: maps the attempt's domain events to the published language on {@code exam.attempts.v1}.
 * Runs in the streaming processor that only advances past an event once Kafka has acknowledged it, so
 * nothing here is on a candidate's request path.
 */
@Component
@ProcessingGroup(OutboxProcessor.NAME)
class AttemptPublisher {

    private final IntegrationEventPublisher publisher;

    AttemptPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(AttemptBegun event, @MessageIdentifier String id, @Timestamp Instant time) {
        publisher.publish(id, time, new AttemptStarted(AttemptStarted.SCHEMA_VERSION, event.attemptId(),
                event.examId(), event.examVersion(), event.candidateId(), event.orgPath(), event.attemptNumber(),
                event.seed(), event.startedAt(), event.deadline(), paper(event.paper())));
    }

    @EventHandler
    void on(ResponseRecorded event, @MessageIdentifier String id, @Timestamp Instant time) {
        publisher.publish(id, time, new ResponseSaved(ResponseSaved.SCHEMA_VERSION, event.attemptId(),
                event.candidateId(), event.itemId(), response(event.answer()), event.clientSeq(), event.savedAt()));
    }

    @EventHandler
    void on(AttemptHandedIn event, @MessageIdentifier String id, @Timestamp Instant time) {
        List<ItemResponse> responses = event.answers().stream()
                .map(answer -> new ItemResponse(answer.itemId(), response(answer.answer())))
                .toList();
        publisher.publish(id, time, new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, event.attemptId(),
                event.examId(), event.examVersion(), event.candidateId(), event.orgPath(), event.auto(),
                event.startedAt(), event.submittedAt(), responses));
    }

    @EventHandler
    void on(DeadlineExtended event, @MessageIdentifier String id, @Timestamp Instant time) {
        publisher.publish(id, time, new TimeExtended(TimeExtended.SCHEMA_VERSION, event.attemptId(), event.minutes(),
                event.reason(), event.extendedBy(), event.newDeadline(), event.extendedAt()));
    }

    @EventHandler
    void on(AttemptNullified event, @MessageIdentifier String id, @Timestamp Instant time) {
        publisher.publish(id, time, new AttemptVoided(AttemptVoided.SCHEMA_VERSION, event.attemptId(), event.reason(),
                event.voidedBy(), event.voidedAt()));
    }

    private static Paper paper(DrawnPaper paper) {
        return new Paper(paper.sections().stream()
                .map(section -> new PaperSection(section.title(),
                        section.items().stream().map(AttemptPublisher::item).toList()))
                .toList());
    }

    private static PaperItem item(DrawnItem item) {
        return new PaperItem(item.itemId(), item.questionId(), item.questionVersion(), item.type(), item.points(),
                item.optionOrder(), item.children().stream().map(AttemptPublisher::item).toList());
    }

    private static Response response(Answer answer) {
        return new Response(answer.optionIds(), answer.value(), answer.text());
    }
}
