package io.certexam.reporting.export;

import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Answers a report in the chosen format: the JSON body as it is, or its table as a CSV or xlsx download. */
public final class Exports {

    private Exports() {
    }

    public static ResponseEntity<?> respond(ExportFormat format, Object json, Supplier<Table> table) {
        if (format == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(format.mediaType()).body(json);
        }
        Table content = table.get();
        byte[] bytes = format == ExportFormat.CSV ? TableWriter.csv(content) : TableWriter.xlsx(content);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.name() + "." + format.extension()).build().toString())
                .body(bytes);
    }
}
