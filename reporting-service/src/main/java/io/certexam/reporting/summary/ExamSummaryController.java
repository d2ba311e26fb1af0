package io.certexam.reporting.summary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.reporting.Identifiers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

@RestController
class ExamSummaryController {

    private final ExamSummaryQuery query;

    ExamSummaryController(ExamSummaryQuery query) {
        this.query = query;
    }

    @GetMapping("/api/reports/exams/{examId}/summary")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    ExamSummary summary(@PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String examId,
                        @RequestParam(defaultValue = "" + ScoreHistogram.DEFAULT_BINS)
                        @Min(1) @Max(ScoreHistogram.MAX_BINS) int bins) {
        return query.summarise(examId, bins).orElseThrow(() -> new NotFoundException("exam", examId));
    }
}
