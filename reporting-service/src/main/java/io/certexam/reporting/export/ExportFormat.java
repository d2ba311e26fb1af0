package io.certexam.reporting.export;

import java.util.Locale;

import org.springframework.http.MediaType;

import io.certexam.platform.problem.InvalidInputException;

/**
 * How a report is answered: JSON, CSV or xlsx. {@code ?format=} wins; without it the Accept header decides
 * (text/csv or the xlsx media type), and anything else, including no header, gets JSON.
 */
public enum ExportFormat {

    JSON(MediaType.APPLICATION_JSON, null),
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat choose(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new InvalidInputException("format", "must be json, csv or xlsx");
            };
        }
        if (accept != null) {
            try {
                for (MediaType type : MediaType.parseMediaTypes(accept)) {
                    if (type.isWildcardType()) {
                        continue;
                    }
                    if (type.isCompatibleWith(XLSX.mediaType)) {
                        return XLSX;
                    }
                    if (type.isCompatibleWith(CSV.mediaType)) {
                        return CSV;
                    }
                }
            } catch (org.springframework.util.InvalidMimeTypeException e) {
                throw new InvalidInputException("Accept", "is not a list of media types");
            }
        }
        return JSON;
    }
}
