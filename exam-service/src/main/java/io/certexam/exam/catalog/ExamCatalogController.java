package io.certexam.exam.catalog;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;

@RestController
@RequestMapping("/api/exams")
@PreAuthorize("hasAnyRole('CANDIDATE', 'PROCTOR', 'ADMIN')")
class ExamCatalogController {

    private final PublishedExams exams;

    ExamCatalogController(PublishedExams exams) {
        this.exams = exams;
    }

    @GetMapping
    List<ExamSummary> offered() {
        return exams.offered().stream().map(ExamSummary::of).toList();
    }

    /** 404 until the exam has arrived from the bank, and again once it is retired. */
    @GetMapping("/{examId}")
    ExamSummary one(@PathVariable String examId) {
        return exams.latest(examId)
                .filter(exam -> !exam.retired())
                .map(exam -> ExamSummary.of(exam.content()))
                .orElseThrow(() -> new NotFoundException("exam", examId));
    }
}
