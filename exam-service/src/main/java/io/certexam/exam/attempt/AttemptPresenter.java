package io.certexam.exam.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.exam.catalog.PublishedExams;
import io.certexam.exam.paper.PaperPresenter;
import io.certexam.exam.paper.PresentedPaper;

/** Renders an attempt's state for the API: the paper as the candidate sees it (never a key) and the clock. */
@Component
class AttemptPresenter {

    private final PublishedExams exams;

    AttemptPresenter(PublishedExams exams) {
        this.exams = exams;
    }

    AttemptViews.Attempt view(AttemptState attempt, Instant now) {
        long remaining = attempt.status() == AttemptStatus.IN_PROGRESS && now.isBefore(attempt.deadline())
                ? Duration.between(now, attempt.deadline()).toSeconds() : 0;
        AttemptNullified voided = attempt.voided();
        return new AttemptViews.Attempt(attempt.attemptId(), attempt.examId(), attempt.examVersion(),
                attempt.candidateId(), attempt.status(), attempt.startedAt(), attempt.deadline(),
                attempt.accommodationMinutes(), remaining, attempt.submittedAt(), attempt.autoSubmitted(),
                voided == null ? null : new AttemptViews.Voided(voided.reason(), voided.voidedBy(), voided.voidedAt()),
                List.copyOf(attempt.flagged()), attempt.currentItem(), paper(attempt),
                attempt.responses().stream().map(r -> new AttemptViews.SavedResponse(r.itemId(), r.answer(),
                        r.clientSeq(), r.savedAt(), r.withinGrace())).toList());
    }

    PresentedPaper paper(AttemptState attempt) {
        ExamPublished exam = exams.version(attempt.examId(), attempt.examVersion())
                .orElseThrow(() -> new IllegalStateException("exam " + attempt.examId() + " v"
                        + attempt.examVersion() + " of attempt " + attempt.attemptId() + " is not in the catalogue"));
        return PaperPresenter.present(attempt.paper(), exam);
    }
}
