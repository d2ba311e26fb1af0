package io.certexam.reporting.orgunit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.InvalidInputException;
import io.certexam.reporting.Identifiers;
import io.certexam.reporting.export.ExportFormat;
import io.certexam.reporting.export.Exports;
import io.certexam.reporting.export.Table;

@RestController
class OrgRollupController {

    /** Path segments like ids, separated by single slashes: {@code chain-a/east/store-042}. */
    private static final String PREFIX = "[\\p{L}\\p{N}._:@|+-]{1,128}(/[\\p{L}\\p{N}._:@|+-]{1,128}){0,15}";

    private final OrgRollupQuery query;

    OrgRollupController(OrgRollupQuery query) {
        this.query = query;
    }

    @GetMapping("/api/reports/org-units")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<?> rollUp(@RequestParam(required = false) String prefix,
                             @RequestParam(required = false) String examId,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept);
        String cleanPrefix = prefix == null ? "" : prefix.strip();
        if (cleanPrefix.endsWith("/")) {
            cleanPrefix = cleanPrefix.substring(0, cleanPrefix.length() - 1);
        }
        if (!cleanPrefix.isEmpty() && !cleanPrefix.matches(PREFIX)) {
            throw new InvalidInputException("prefix", "must be org path segments (" + Identifiers.MESSAGE + ") joined by /");
        }
        String exam = examId == null || examId.isBlank() ? null : examId;
        if (exam != null && !exam.matches(Identifiers.PATTERN)) {
            throw new InvalidInputException("examId", Identifiers.MESSAGE);
        }
        OrgRollup rollup = query.rollUp(cleanPrefix, exam);
        return Exports.respond(chosen, rollup, () -> table(rollup));
    }

    private static Table table(OrgRollup rollup) {
        List<List<Object>> rows = new ArrayList<>();
        for (OrgRollup.Unit unit : rollup.units()) {
            rows.add(row(unit));
        }
        rows.add(row(new OrgRollup.Unit("TOTAL " + rollup.prefix(), rollup.total().candidates(), rollup.total().attempts(),
                rollup.total().graded(), rollup.total().certifiedNow(), rollup.total().passRate(),
                rollup.total().meanScore(), rollup.total().meanPercent(), rollup.total().tags())));
        String name = "org-units" + (rollup.prefix().isEmpty() ? "" : "-" + rollup.prefix().replace('/', '_'));
        return new Table(name, List.of("orgUnit", "candidates", "attempts", "graded", "certifiedNow", "passRate",
                "meanScore", "meanPercent", "tags"), rows);
    }

    private static List<Object> row(OrgRollup.Unit unit) {
        String tags = unit.tags().stream().map(t -> t.name() + " " + t.mean() + " (" + t.rate() + ")")
                .collect(Collectors.joining("; "));
        return new ArrayList<>(java.util.Arrays.asList(unit.orgUnit(), unit.candidates(), unit.attempts(), unit.graded(),
                unit.certifiedNow(), unit.passRate(), unit.meanScore(), unit.meanPercent(), tags));
    }
}
