package io.certexam.questionimport;

import io.certexam.questionimport.ImportMessage.Level;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class XlsxRoundTripTest {

    @Test
    void exportThenImportGivesIdenticalQuestions() {
        List<ImportedQuestion> questions = SampleQuestions.everyShape();

        ImportDocument imported = XlsxImporter.parse(XlsxExporter.write(questions));

        assertThat(imported.messages()).isEmpty();
        assertThat(Q.withoutLines(imported.questions())).isEqualTo(Q.withoutLines(questions));
        // lines are Excel row numbers: the scenario on row 6, its children on rows 7 and 8
        assertThat(imported.questions()).extracting(ImportedQuestion::line).containsExactly(2, 3, 4, 5, 6, 9, 10);
        assertThat(imported.questions().get(4).children()).extracting(ImportedQuestion::line).containsExactly(7, 8);
    }

    @Test
    void textImportsSurviveTheXlsxRoundTrip() {
        List<ImportedQuestion> fromText = new ArrayList<>();
        for (String fixture : List.of("marker-letter-after-stem.txt", "section-scoring.txt", "open-response.txt",
                "traditional-answer-in-explanation.txt")) {
            fromText.addAll(Fixtures.text(fixture).questions());
        }

        ImportDocument back = XlsxImporter.parse(XlsxExporter.write(fromText));

        assertThat(Q.withoutLines(back.questions())).isEqualTo(Q.withoutLines(fromText));
    }

    @Test
    void theTemplateHasTheHeaderInstructionsAndThreeImportableExamples() throws IOException {
        byte[] template = XlsxTemplate.write();

        ImportDocument examples = XlsxImporter.parse(template);
        assertThat(examples.questions()).isEqualTo(XlsxTemplate.EXAMPLES);
        assertThat(examples.messages()).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("type", "stem", "options", "answer", "points", "multipleChoiceScoring",
                    "openResponseKind", "referenceAnswer", "tags", "difficulty", "explanation", "parent");
            Sheet instructions = workbook.getSheet(XlsxTemplate.INSTRUCTIONS_SHEET);
            assertThat(instructions).isNotNull();
            List<String> explained = new ArrayList<>();
            instructions.forEach(row -> explained.add(row.getCell(0).getStringCellValue()));
            assertThat(explained).containsAll(headers);
        }
    }

    @Test
    void handTypedCellsAreReadLeniently() {
        byte[] workbook = workbook(
                List.of("type", "stem", "options", "answer", "tags", "points"),
                List.of("single_choice", "顾客要发票怎么办", "A=拒绝|B=按抬头开具|C=改天再来", "B", "module:收银，topic:发票", "2"),
                List.of("MULTIPLE_CHOICE", "闭店检查包括", "A=关闭电源\nB=锁好仓库\nC=带走收银款", "A,B", "", ""),
                List.of("TRUE_FALSE", "顾客情绪激动时先安抚。", "", "正确", "", ""));

        ImportDocument doc = XlsxImporter.parse(workbook);

        assertThat(doc.messages()).isEmpty();
        assertThat(doc.questions()).containsExactly(
                Q.single(2, "顾客要发票怎么办").options("A=拒绝", "B=按抬头开具", "C=改天再来").key("B").points("2")
                        .tags("module:收银", "topic:发票").language(null).build(),
                Q.multiple(3, "闭店检查包括").options("A=关闭电源", "B=锁好仓库", "C=带走收银款").key("AB").points(null)
                        .language(null).build(),
                Q.trueFalse(4, "顾客情绪激动时先安抚。", true).points(null).language(null).build());
    }

    @Test
    void rowProblemsAreReportedWithTheirRowNumbers() {
        byte[] workbook = workbook(
                List.of("type", "stem", "options", "answer", "points", "parent"),
                List.of("FILL_IN", "会员积分有效期为____年。", "", "", "", ""),
                List.of("SINGLE_CHOICE", "分值写错了", "A=甲\nB=乙", "A", "两分", ""),
                List.of("SINGLE_CHOICE", "选项没写编号", "甲\n乙", "A", "", ""),
                List.of("TRUE_FALSE", "答案写成了也许", "", "也许", "", ""),
                List.of("SINGLE_CHOICE", "挂错了父题", "A=甲\nB=乙", "A", "", "3"),
                List.of("SINGLE_CHOICE", "答案不在选项里", "A=甲\nB=乙", "C", "", ""));

        ImportDocument doc = XlsxImporter.parse(workbook);

        assertThat(doc.questions()).extracting(ImportedQuestion::line).containsExactly(7);
        assertThat(doc.messages()).extracting(ImportMessage::line, ImportMessage::level).containsExactly(
                tuple(2, Level.ERROR), tuple(3, Level.ERROR), tuple(4, Level.ERROR), tuple(5, Level.ERROR),
                tuple(6, Level.ERROR), tuple(7, Level.ERROR));
        assertThat(doc.messages()).extracting(ImportMessage::text).satisfiesExactly(
                t -> assertThat(t).contains("unknown type FILL_IN"),
                t -> assertThat(t).contains("points \"两分\" is not a number"),
                t -> assertThat(t).contains("option \"甲\" is not written as id=text"),
                t -> assertThat(t).contains("\"也许\" is not true or false"),
                t -> assertThat(t).contains("parent 3 is not the row of a SCENARIO question"),
                t -> assertThat(t).contains("answer C is not among the options A, B"));
    }

    @SafeVarargs
    private static byte[] workbook(List<String>... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("questions");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    if (!rows[r].get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows[r].get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
