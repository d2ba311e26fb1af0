package io.certexam.reporting.itemanalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.reporting.Identifiers;
import io.certexam.reporting.export.ExportFormat;
import io.certexam.reporting.export.Exports;
import io.certexam.reporting.export.Table;
import jakarta.validation.constraints.Pattern;

@RestController
class ItemAnalysisController {

    private final ItemAnalysisQuery query;

    ItemAnalysisController(ItemAnalysisQuery query) {
        this.query = query;
    }

    @GetMapping("/api/reports/exams/{examId}/items")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    ResponseEntity<?> items(@PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String examId,
                            @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept);
        ItemAnalysis analysis = query.analyse(examId).orElseThrow(() -> new NotFoundException("exam", examId));
        return Exports.respond(chosen, analysis, () -> table(analysis));
    }

    /** One row per item; the distractor table condensed into one cell, keyed options marked with *. */
    private static Table table(ItemAnalysis analysis) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemStatistics.ItemResult item : analysis.items()) {
            String distractors = item.distractors().stream()
                    .map(d -> d.optionId() + (Boolean.TRUE.equals(d.key()) ? "*" : "") + " " + plain(d.share())
                            + " (top " + plain(d.shareTop()) + ", bottom " + plain(d.shareBottom()) + ")")
                    .collect(Collectors.joining("; "));
            rows.add(new ArrayList<>(java.util.Arrays.asList(item.questionId(), item.version(), item.respondents(),
                    item.facility(), item.stdDev(), item.discrimination(), item.pointBiserial(), item.omitRate(),
                    item.medianTimeSeconds(), distractors, String.join(" ", item.flags()),
                    analysis.reliability().cronbachAlpha(), analysis.reliability().sem())));
        }
        return new Table("items-" + analysis.examId(), List.of("questionId", "version", "respondents", "facility",
                "stdDev", "discrimination", "pointBiserial", "omitRate", "medianTimeSeconds", "distractors", "flags",
                "examCronbachAlpha", "examSem"), rows);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
