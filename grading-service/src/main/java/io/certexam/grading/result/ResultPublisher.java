package io.certexam.grading.result;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import io.certexam.contracts.grading.ItemScore;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.contracts.grading.SectionScore;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.platform.messaging.OutboxProcessor;

/** The outbox: every result revision leaves as {@code ResultPublished} on grading.results.v1. */
@Component
@ProcessingGroup(OutboxProcessor.NAME)
class ResultPublisher {

    private final IntegrationEventPublisher publisher;
    private final TagScores tagScores;

    ResultPublisher(IntegrationEventPublisher publisher, TagScores tagScores) {
        this.publisher = publisher;
        this.tagScores = tagScores;
    }

    @EventHandler
    void on(ResultRevisionRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        PaperGrade grade = event.grade();
        publisher.publish(eventId, recordedAt, new ResultPublished(ResultPublished.SCHEMA_VERSION, event.attemptId(),
                event.examId(), event.examVersion(), event.candidateId(), event.orgPath(), event.revision(),
                grade.status().name(), grade.score(), grade.maxScore(), grade.percent(), grade.passed(),
                itemScores(grade.items()),
                grade.sections().stream().map(s -> new SectionScore(s.title(), s.score(), s.maxScore())).toList(),
                tagScores.of(grade), event.reason(), event.revisedBy(), event.submittedAt(), recordedAt));
    }

    private static List<ItemScore> itemScores(List<ItemGrade> items) {
        if (items == null) {
            return null;
        }
        return items.stream().map(item -> new ItemScore(item.itemId(), item.questionId(), item.questionVersion(),
                item.keyRevision(), item.score(), item.maxScore(), item.omitted(), itemScores(item.children()))).toList();
    }
}
