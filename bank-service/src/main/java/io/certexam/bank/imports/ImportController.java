package io.certexam.bank.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.Problems;
import io.certexam.platform.security.Actor;
import io.certexam.questionimport.JsonExporter;
import io.certexam.questionimport.XlsxTemplate;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/imports?format=text|json|xlsx&publish=&partial=&source=} with the document as the body;
 * the template for xlsx imports; and the JSON export that the JSON import reads back.
 */
@RestController
class ImportController {

    /** Documents up to 5 MB: a bank of thousands of questions is far below that. */
    static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QuestionImport imports;
    private final QuestionExport export;

    ImportController(QuestionImport imports, QuestionExport export) {
        this.imports = imports;
        this.export = export;
    }

    /**
     * The document is the raw body. Form-encoded bodies are refused (415): the servlet container would read
     * them as parameters, and the document would be lost.
     */
    @PostMapping(path = "/api/imports", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/*", MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @PreAuthorize("hasRole('AUTHOR')")
    ImportReport importDocument(@RequestParam String format,
                                @RequestParam(defaultValue = "false") boolean publish,
                                @RequestParam(defaultValue = "false") boolean partial,
                                @RequestParam(required = false) String source,
                                HttpServletRequest request, Actor actor) throws IOException {
        ImportFormat parsedFormat = ImportFormat.of(format);
        byte[] document = readBounded(request);
        String sourceName = source == null || source.isBlank() ? "import" : source.strip();
        ImportReport report = imports.run(parsedFormat, document, sourceName, publish, partial, actor.id());
        if (!report.committed()) {
            throw new ImportRefusedException(report);
        }
        return report;
    }

    @GetMapping("/api/imports/template.xlsx")
    @PreAuthorize("hasRole('AUTHOR')")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"question-import-template.xlsx\"")
                .body(XlsxTemplate.write());
    }

    /** The bank's own JSON format (what {@code format=json} imports), latest version of each question. */
    @GetMapping(path = "/api/questions/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('AUTHOR')")
    byte[] exportQuestions(@RequestParam(name = "tag", required = false) List<String> tags) {
        return JsonExporter.write(export.latestVersions(tags == null ? List.of() : tags));
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail refused(ImportRefusedException e) {
        ImportReport report = e.report();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "import-refused", "Import refused",
                report.rejected() + " question(s) were rejected, so nothing was imported; see messages, or import"
                        + " with partial=true to import the valid ones");
        problem.setProperty("created", 0);
        problem.setProperty("duplicates", report.duplicates());
        problem.setProperty("rejected", report.rejected());
        problem.setProperty("questions", report.questions());
        problem.setProperty("messages", report.messages());
        return problem;
    }

    private static byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        try (InputStream body = request.getInputStream()) {
            byte[] document = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (document.length > MAX_DOCUMENT_BYTES) {
                throw tooLarge();
            }
            return document;
        }
    }

    private static org.springframework.web.server.PayloadTooLargeException tooLarge() {
        return new org.springframework.web.server.PayloadTooLargeException(
                new IllegalArgumentException("documents may be at most 5 MB"));
    }

    /** An all-or-nothing import with rejected questions: 422 with the whole report. */
    static final class ImportRefusedException extends RuntimeException {

        private final transient ImportReport report;

        ImportRefusedException(ImportReport report) {
            super("import refused");
            this.report = report;
        }

        ImportReport report() {
            return report;
        }
    }
}
