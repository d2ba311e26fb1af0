package io.certexam.bank.imports;

import java.util.Arrays;
import java.util.Locale;

import io.certexam.platform.problem.InvalidInputException;
import io.certexam.questionimport.ImportDocument;
import io.certexam.questionimport.JsonImporter;
import io.certexam.questionimport.TextImporter;
import io.certexam.questionimport.XlsxImporter;

/** The document formats {@code POST /api/imports?format=} accepts. */
enum ImportFormat {
    TEXT, JSON, XLSX;

    static ImportFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name == null ? "" : name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "format must be text, json or xlsx"));
    }

    ImportDocument parse(byte[] document, String sourceName) {
        return switch (this) {
            case TEXT -> TextImporter.parse(document, sourceName);
            case JSON -> JsonImporter.parse(document);
            case XLSX -> XlsxImporter.parse(document);
        };
    }
}
