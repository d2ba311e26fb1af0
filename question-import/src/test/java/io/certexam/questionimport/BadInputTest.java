package io.certexam.questionimport;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Documents that cannot be read at all are rejected with a message that says why. */
class BadInputTest {

    private static final String PAPER = "一、单项选择题\n1.顾客退货时应核对什么?\nA.小票\nB.天气\n答案:A\n";

    @Test
    void gbkBytesAreRejectedAsNotUtf8AndRecognisedAsGbk() {
        byte[] gbk = PAPER.getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> TextImporter.parse(gbk, "paper.txt"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("GBK");
    }

    @Test
    void otherInvalidUtf8IsRejectedWithoutGuessing() {
        byte[] latin1 = "Caf\u00e9 cr\u00e8me, na\u00efve".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextImporter.parse(latin1, "x.txt"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageNotContaining("GBK");
    }

    @Test
    void aUtf8ByteOrderMarkIsFine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] paper = PAPER.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + paper.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(paper, 0, withBom, bom.length, paper.length);

        assertThat(TextImporter.parse(withBom, null).questions()).singleElement()
                .satisfies(q -> assertThat(q.answer().optionIds()).containsExactly("A"));
    }

    @Test
    void emptyAndBlankTextAreRejected() {
        assertThatThrownBy(() -> TextImporter.parse(new byte[0], "empty.txt"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextImporter.parse(" \n\t\u3000\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
    }

    @Test
    void aSpreadsheetSentAsTextIsRejectedWithAHint() {
        byte[] xlsx = XlsxTemplate.write();

        assertThatThrownBy(() -> TextImporter.parse(xlsx, "questions.xlsx"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("format=xlsx");
    }

    @Test
    void malformedXlsxBytesAreRejected() {
        assertThatThrownBy(() -> XlsxImporter.parse("type,stem\nSINGLE_CHOICE,x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("not an xlsx workbook");
        byte[] truncated = java.util.Arrays.copyOf(XlsxTemplate.write(), 400);
        assertThatThrownBy(() -> XlsxImporter.parse(truncated))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("xlsx");
        assertThatThrownBy(() -> XlsxImporter.parse(new byte[0]))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
    }

    @Test
    void anOldBinaryExcelFileIsRejectedWithAHint() {
        byte[] ole2Header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
                0, 0, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> XlsxImporter.parse(ole2Header))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining(".xls");
    }

    @Test
    void aWorkbookWithoutTheHeaderRowIsRejected() {
        byte[] noHeader = XlsxExporter.write(java.util.List.of());
        byte[] foreign = foreignWorkbook();

        assertThat(XlsxImporter.parse(noHeader).questions()).isEmpty();
        assertThatThrownBy(() -> XlsxImporter.parse(foreign))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("header row");
    }

    @Test
    void jsonWithAnotherFormatTagOrVersionIsRejected() {
        assertThatThrownBy(() -> JsonImporter.parse("{\"format\":\"moodle.xml\",\"version\":1,\"questions\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("unknown JSON format");
        assertThatThrownBy(() -> JsonImporter.parse("{\"questions\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("no \"format\" field");
        assertThatThrownBy(() -> JsonImporter.parse("{\"format\":\"certexam.questions\",\"version\":2,\"questions\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("unsupported version 2");
        assertThatThrownBy(() -> JsonImporter.parse("{\"format\":\"certexam.questions\",\"version\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("\"questions\" must be an array");
    }

    @Test
    void malformedOrEmptyJsonIsRejected() {
        assertThatThrownBy(() -> JsonImporter.parse("{\"format\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonImporter.parse("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> JsonImporter.parse(new byte[0]))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> JsonImporter.parse("   ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("empty");
    }

    private static byte[] foreignWorkbook() {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = workbook.createSheet("Sheet1").createRow(0);
            row.createCell(0).setCellValue("题目");
            row.createCell(1).setCellValue("答案");
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
