package io.certexam.reporting.summary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.reporting.Identifiers;
import jakarta.validation.constraints.Pattern;

@RestController
class ExamSummaryController {

    private final ExamSummaryQuery query;

    ExamSummaryController(ExamSummaryQuery query) {
        this.query = query;
    }

    @GetMapping("/api/reports/exams/{examId}/summary")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    ExamSummary summary(@PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String examId) {
        return query.summarise(examId).orElseThrow(() -> new NotFoundException("exam", examId));
    }
}
