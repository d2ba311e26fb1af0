package io.certexam.reporting.export;

import java.util.List;

/**
 * A report flattened for a spreadsheet: one header row and data rows of strings, numbers
 * ({@link java.math.BigDecimal}, Long, Integer), booleans, instants or nulls.
 *
 * @param name file name without extension, also the sheet name
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {
}
