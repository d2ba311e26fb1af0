package io.certexam.bank.exam;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import io.certexam.bank.question.QuestionContracts;
import io.certexam.contracts.bank.DrawRule;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.QuestionRef;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.platform.messaging.OutboxProcessor;

/** The outbox for exams: maps exam events to the integration events on {@code bank.exams.v1}. */
@Component
@ProcessingGroup(OutboxProcessor.NAME)
class ExamPublications {

    private final IntegrationEventPublisher publisher;

    ExamPublications(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ExamDefinitionPublished event, @MessageIdentifier String id, @Timestamp Instant at) {
        ExamDesign d = event.design();
        publisher.publish(id, at, new ExamPublished(ExamPublished.SCHEMA_VERSION, event.examId(), event.version(),
                d.title(), d.instructions(), d.timeLimitMinutes(), d.passScore(), d.passPercent(), d.maxAttempts(),
                d.minMinutesBetweenAttempts(), d.shuffleQuestions(), d.shuffleOptions(), d.availableFrom(),
                d.availableUntil(), d.certificateValidityMonths(),
                event.sections().stream().map(ExamPublications::section).toList(),
                event.questions().stream()
                        .map(q -> new ExamQuestion(q.questionId(), q.version(), QuestionContracts.content(q)))
                        .toList(),
                at));
    }

    @EventHandler
    void on(ExamDefinitionRetired event, @MessageIdentifier String id, @Timestamp Instant at) {
        publisher.publish(id, at, new ExamRetired(ExamRetired.SCHEMA_VERSION, event.examId(), event.version(), at));
    }

    private static ExamSection section(FrozenSection section) {
        DrawCriteria draw = section.draw();
        DrawRule rule = draw == null ? null : new DrawRule(draw.count(), draw.type() == null ? null : draw.type().name(),
                draw.tags(), draw.minDifficulty(), draw.maxDifficulty(), refs(section.pool()));
        return new ExamSection(section.title(), refs(section.questions()), rule, section.pointsPerQuestion());
    }

    private static List<QuestionRef> refs(List<QuestionVersionRef> refs) {
        return refs.stream().map(r -> new QuestionRef(r.questionId(), r.version())).toList();
    }
}
