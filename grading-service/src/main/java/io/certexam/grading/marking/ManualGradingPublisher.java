package io.certexam.grading.marking;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import io.certexam.contracts.grading.ManualGradingRequired;
import io.certexam.grading.result.ManualMarkingRequested;
import io.certexam.grading.result.MarkingTask;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.platform.messaging.OutboxProcessor;

/** The outbox for marking: one {@code ManualGradingRequired} per task, for integrators that route work to graders. */
@Component
@ProcessingGroup(OutboxProcessor.NAME)
class ManualGradingPublisher {

    private final IntegrationEventPublisher publisher;

    ManualGradingPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ManualMarkingRequested event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        for (MarkingTask task : event.tasks()) {
            // one domain event, several integration events: each needs its own stable id
            publisher.publish(eventId + ":" + task.itemId(), at, new ManualGradingRequired(
                    ManualGradingRequired.SCHEMA_VERSION, event.attemptId(), event.examId(), task.taskId(), task.itemId(),
                    task.questionId(), task.questionVersion(), task.maxScore(), at));
        }
    }
}
