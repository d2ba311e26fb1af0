package io.certexam.questionimport;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes questions as rows of the xlsx template (see {@link XlsxColumn}): a scenario's children follow it, each
 * pointing at the scenario's row in {@code parent}. {@link XlsxImporter} reads the result back unchanged.
 */
public final class XlsxExporter {

    static final String QUESTIONS_SHEET = "questions";

    private XlsxExporter() {
    }

    public static byte[] write(List<ImportedQuestion> questions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = questionsSheet(workbook);
            CellStyle wrap = wrapStyle(workbook);
            int rowIndex = 1;
            for (ImportedQuestion question : questions) {
                int scenarioRowNumber = rowIndex + 1; // Excel's row numbers start at 1, under the header
                writeRow(sheet.createRow(rowIndex++), question, null, wrap);
                for (ImportedQuestion child : question.children()) {
                    writeRow(sheet.createRow(rowIndex++), child, scenarioRowNumber, wrap);
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The questions sheet with its bold, frozen header row. */
    static Sheet questionsSheet(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(QUESTIONS_SHEET);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Row header = sheet.createRow(0);
        for (XlsxColumn column : XlsxColumn.values()) {
            header.createCell(column.ordinal()).setCellValue(column.header);
            header.getCell(column.ordinal()).setCellStyle(headerStyle);
            sheet.setColumnWidth(column.ordinal(), widthOf(column) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static void writeRow(Row row, ImportedQuestion q, Integer parentRow, CellStyle wrap) {
        text(row, XlsxColumn.TYPE, q.type(), wrap);
        text(row, XlsxColumn.STEM, q.stem(), wrap);
        text(row, XlsxColumn.OPTIONS, q.options().stream().map(o -> o.id() + "=" + o.text())
                .collect(Collectors.joining("\n")), wrap);
        text(row, XlsxColumn.ANSWER, answer(q), wrap);
        number(row, XlsxColumn.POINTS, q.points());
        text(row, XlsxColumn.MULTIPLE_CHOICE_SCORING, q.multipleChoiceScoring(), wrap);
        text(row, XlsxColumn.OPEN_RESPONSE_KIND, q.openResponseKind(), wrap);
        text(row, XlsxColumn.REFERENCE_ANSWER, q.answer().referenceAnswer(), wrap);
        text(row, XlsxColumn.TAGS, String.join("\n", q.tags()), wrap);
        number(row, XlsxColumn.DIFFICULTY, q.difficulty() == null ? null : BigDecimal.valueOf(q.difficulty()));
        text(row, XlsxColumn.EXPLANATION, q.explanation(), wrap);
        number(row, XlsxColumn.PARENT, parentRow == null ? null : BigDecimal.valueOf(parentRow));
        text(row, XlsxColumn.RUBRIC, q.answer().rubric().stream()
                .map(c -> c.criterion() + "=" + (c.points() == null ? "" : c.points().toPlainString()))
                .collect(Collectors.joining("\n")), wrap);
        text(row, XlsxColumn.LANGUAGE, q.language(), wrap);
    }

    private static String answer(ImportedQuestion q) {
        if (q.answer().value() != null) {
            return q.answer().value().toString();
        }
        return String.join(",", q.answer().optionIds());
    }

    private static void text(Row row, XlsxColumn column, String value, CellStyle style) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column.ordinal()).setCellValue(value);
            row.getCell(column.ordinal()).setCellStyle(style);
        }
    }

    private static void number(Row row, XlsxColumn column, BigDecimal value) {
        if (value != null) {
            row.createCell(column.ordinal()).setCellValue(value.doubleValue());
        }
    }

    /** Multi-line cells (options, tags) show their lines. */
    static CellStyle wrapStyle(XSSFWorkbook workbook) {
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        return wrap;
    }

    private static int widthOf(XlsxColumn column) {
        return switch (column) {
            case STEM, OPTIONS, REFERENCE_ANSWER, EXPLANATION -> 40;
            case TAGS, RUBRIC -> 28;
            case TYPE, MULTIPLE_CHOICE_SCORING, OPEN_RESPONSE_KIND -> 20;
            default -> 10;
        };
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
