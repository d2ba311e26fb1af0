package io.certexam.bank.question;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.QuestionPublished;
import io.certexam.contracts.bank.QuestionRetired;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.platform.messaging.OutboxProcessor;

/**
 * The outbox for questions: maps question events to the integration events on {@code bank.questions.v1}
 * (content only) and {@code bank.answer-keys.v1} (keys). Event ids derive from the domain event's id, so a
 * retried batch republishes under the same ids and consumers drop the duplicates.
 */
@Component
@ProcessingGroup(OutboxProcessor.NAME)
class QuestionPublications {

    private final IntegrationEventPublisher publisher;

    QuestionPublications(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(QuestionVersionPublished event, @MessageIdentifier String id, @Timestamp Instant at) {
        PublishedQuestion content = PublishedQuestion.of(event.questionId(), event.version(), event.question());
        publisher.publish(id, at, new QuestionPublished(QuestionPublished.SCHEMA_VERSION, event.questionId(),
                event.version(), QuestionContracts.content(content), at));
        publisher.publish(IntegrationEventPublisher.derivedId(id, "answer-key"), at, new AnswerKeyPublished(
                AnswerKeyPublished.SCHEMA_VERSION, event.questionId(), event.version(),
                QuestionContracts.key(event.questionId(), event.question()), at));
    }

    @EventHandler
    void on(QuestionKeyCorrected event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(id, at, new AnswerKeyCorrected(AnswerKeyCorrected.SCHEMA_VERSION, event.questionId(),
                event.version(), event.keyRevision(),
                QuestionContracts.key(event.questionId(), event.question().withKey(event.previousAnswer())),
                QuestionContracts.key(event.questionId(), event.question()),
                event.reason(), event.correctedBy(), at));
    }

    @EventHandler
    void on(QuestionWithdrawn event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(id, at, new QuestionRetired(QuestionRetired.SCHEMA_VERSION, event.questionId(),
                event.lastPublishedVersion(), at));
    }
}
