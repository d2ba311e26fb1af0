package io.certexam.questionimport;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The blank template authors fill in: the questions sheet with its header and three example rows (written by
 * us, importable as they are), and an instructions sheet explaining every column.
 */
public final class XlsxTemplate {

    /**
     * Excel forbids "/" in sheet names, so the instructions sheet uses the full-width slash that looks the same.
     */
    public static final String INSTRUCTIONS_SHEET = "说明 ／ Instructions";

    static final List<ImportedQuestion> EXAMPLES = List.of(
            new ImportedQuestion(2, ImportedQuestion.SINGLE_CHOICE, "顾客没有带购物小票要求退货，店员首先应该怎么做？",
                    List.of(new ImportedOption("A", "直接拒绝"), new ImportedOption("B", "查询会员消费记录或付款记录"),
                            new ImportedOption("C", "让顾客第二天再来")),
                    ImportedAnswer.choice(List.of("B")), new BigDecimal("2"), null, null, List.of(),
                    "付款记录和会员记录同样可以证明购买。", List.of("module:售后服务", "topic:退换货"), 2, "zh"),
            new ImportedQuestion(3, ImportedQuestion.TRUE_FALSE, "顾客情绪激动时，应先安抚情绪再处理问题。",
                    List.of(), ImportedAnswer.trueFalse(true), BigDecimal.ONE, null, null, List.of(), null,
                    List.of("module:沟通技巧"), 1, "zh"),
            new ImportedQuestion(4, ImportedQuestion.OPEN_RESPONSE, "简述门店处理顾客投诉的基本步骤。", List.of(),
                    ImportedAnswer.reference("倾听并记录；致歉并表示理解；提出方案并征得同意；执行并回访。"),
                    new BigDecimal("6"), null, "SHORT_ANSWER", List.of(), null, List.of("module:投诉处理"), 3, "zh"));

    private XlsxTemplate() {
    }

    public static byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet questions = XlsxExporter.questionsSheet(workbook);
            CellStyle wrap = XlsxExporter.wrapStyle(workbook);
            for (ImportedQuestion example : EXAMPLES) {
                XlsxExporter.writeRow(questions.createRow(example.line() - 1), example, null, wrap);
            }
            instructions(workbook, wrap);
            return XlsxExporter.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void instructions(XSSFWorkbook workbook, CellStyle wrap) {
        Sheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle heading = workbook.createCellStyle();
        heading.setFont(bold);
        int r = 0;
        r = line(sheet, r, heading, "如何填写 How to fill in", null, wrap);
        r = line(sheet, r, null, "", "每行一道题，第一行是表头，请勿修改表头。Fill one question per row of the \"questions\" "
                + "sheet; keep the header row. 情景题 (SCENARIO): put the case text in its own row, then one row per "
                + "sub-question with that row's number in \"parent\". Rows with problems are reported by row number.", wrap);
        r++;
        r = line(sheet, r, heading, "列 Column", "说明 Meaning", wrap);
        for (XlsxColumn column : XlsxColumn.values()) {
            r = line(sheet, r, null, column.header, column.description, wrap);
        }
    }

    private static int line(Sheet sheet, int r, CellStyle style, String first, String second, CellStyle wrap) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(first);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
        if (second != null) {
            row.createCell(1).setCellValue(second);
            row.getCell(1).setCellStyle(style != null ? style : wrap);
        }
        return r + 1;
    }
}
