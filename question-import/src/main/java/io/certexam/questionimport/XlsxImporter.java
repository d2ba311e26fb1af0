package io.certexam.questionimport;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the xlsx template (see {@link XlsxColumn} and {@link XlsxTemplate}): one row per question, a scenario's
 * sub-questions pointing at its row in {@code parent}. A row that cannot be read (unknown type, a points cell
 * that is not a number, an option line without {@code id=text}…) is skipped with an ERROR on its row number; a
 * question that reads but breaks a rule is kept with an ERROR. {@code line} is the Excel row number. Empty cells
 * stay empty (null), so the bank's defaults apply (points 1, a scenario the sum of its children, language zh).
 */
public final class XlsxImporter {

    private static final Pattern OPTION_LINE = Pattern.compile("^\\s*([^=\\s]{1,32})\\s*=\\s*(.*)$");
    private static final Pattern LETTER_OPTION_LINE = Pattern.compile("^\\s*([A-Za-z])\\s*[.、:：．]\\s*(.*)$");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*(?:\\r?\\n|[,，;；](?=\\s*[^:：,，;；\\s]+[:：]))\\s*");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("[\\s,，、;；|]+");

    private XlsxImporter() {
    }

    /** @throws ImportRejectedException when the bytes are not an xlsx workbook, or its first row is no header */
    public static ImportDocument parse(byte[] document) {
        try (XSSFWorkbook workbook = open(document)) {
            Sheet sheet = workbook.getSheet(XlsxExporter.QUESTIONS_SHEET);
            return read(sheet != null ? sheet : workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new ImportRejectedException("the workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private static XSSFWorkbook open(byte[] document) {
        if (document == null || document.length == 0) {
            throw new ImportRejectedException("the document is empty");
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(document))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new ImportRejectedException("the document is an old binary Excel (.xls) or other OLE2 file; "
                        + "save it as .xlsx (Excel 2007 or later) and import it again");
            }
            if (magic != FileMagic.OOXML) {
                throw new ImportRejectedException("the document is not an xlsx workbook (it does not start like a zip "
                        + "archive); use the template from GET /api/imports/template.xlsx");
            }
            return new XSSFWorkbook(in);
        } catch (ImportRejectedException rejected) {
            throw rejected;
        } catch (IOException | RuntimeException broken) {
            // POI reports a damaged or non-Excel zip with a variety of runtime exceptions
            throw new ImportRejectedException("the document is not a readable xlsx workbook: " + broken.getMessage(), broken);
        }
    }

    private static ImportDocument read(Sheet sheet) {
        Map<XlsxColumn, Integer> columns = header(sheet.getRow(sheet.getFirstRowNum()), sheet.getFirstRowNum());
        List<ImportMessage> messages = new ArrayList<>();
        Map<Integer, RowQuestion> rows = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, formatter)) {
                continue;
            }
            int rowNumber = r + 1;
            try {
                rows.put(rowNumber, readRow(new Cells(row, columns, formatter), rowNumber));
            } catch (RowProblem problem) {
                messages.add(ImportMessage.error(rowNumber, "row " + rowNumber + " skipped: " + problem.getMessage()));
            }
        }
        List<ImportedQuestion> questions = assemble(rows, messages);
        for (ImportedQuestion question : questions) {
            QuestionChecks.problems(question).forEach(p -> messages.add(ImportMessage.error(question.line(), p)));
        }
        if (questions.isEmpty()) {
            messages.add(ImportMessage.warning(0, "no questions found in the workbook"));
        }
        return DuplicateFilter.apply(new ImportDocument(questions, messages));
    }

    private static Map<XlsxColumn, Integer> header(Row row, int rowIndex) {
        Map<XlsxColumn, Integer> columns = new EnumMap<>(XlsxColumn.class);
        if (row != null) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    XlsxColumn column = XlsxColumn.byHeader(cell.getStringCellValue());
                    if (column != null) {
                        columns.putIfAbsent(column, cell.getColumnIndex());
                    }
                }
            }
        }
        if (!columns.containsKey(XlsxColumn.TYPE) || !columns.containsKey(XlsxColumn.STEM)) {
            throw new ImportRejectedException("row " + (rowIndex + 1) + " of the first sheet must be the header row with "
                    + "at least the columns \"type\" and \"stem\" (see the template from GET /api/imports/template.xlsx)");
        }
        return columns;
    }

    /** One row read: its question (children not attached yet) and the scenario row it belongs to. */
    private record RowQuestion(ImportedQuestion question, Integer parentRow) {
    }

    private static RowQuestion readRow(Cells cells, int rowNumber) {
        String type = cells.text(XlsxColumn.TYPE);
        if (type == null) {
            throw new RowProblem("no type");
        }
        type = type.toUpperCase(Locale.ROOT);
        if (!List.of(ImportedQuestion.SINGLE_CHOICE, ImportedQuestion.MULTIPLE_CHOICE, ImportedQuestion.TRUE_FALSE,
                ImportedQuestion.OPEN_RESPONSE, ImportedQuestion.SCENARIO).contains(type)) {
            throw new RowProblem("unknown type " + type + "; use SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, "
                    + "OPEN_RESPONSE or SCENARIO");
        }
        BigDecimal points = cells.decimal(XlsxColumn.POINTS);
        List<ImportedOption> options = options(cells.text(XlsxColumn.OPTIONS));
        ImportedAnswer answer = answer(type, cells.text(XlsxColumn.ANSWER), cells.text(XlsxColumn.REFERENCE_ANSWER),
                rubric(cells.text(XlsxColumn.RUBRIC)));
        BigDecimal difficulty = cells.decimal(XlsxColumn.DIFFICULTY);
        BigDecimal parent = cells.decimal(XlsxColumn.PARENT);
        if (difficulty != null && difficulty.stripTrailingZeros().scale() > 0
                || parent != null && parent.stripTrailingZeros().scale() > 0) {
            throw new RowProblem("difficulty and parent must be whole numbers");
        }
        List<String> tags = cells.text(XlsxColumn.TAGS) == null ? List.of()
                : List.of(TAG_SEPARATOR.split(cells.text(XlsxColumn.TAGS).strip()));
        String stem = cells.text(XlsxColumn.STEM);
        ImportedQuestion question = new ImportedQuestion(rowNumber, type, stem, options, answer, points,
                cells.text(XlsxColumn.MULTIPLE_CHOICE_SCORING), cells.text(XlsxColumn.OPEN_RESPONSE_KIND), List.of(),
                cells.text(XlsxColumn.EXPLANATION), tags.stream().filter(t -> !t.isBlank()).toList(),
                difficulty == null ? null : difficulty.intValue(),
                cells.text(XlsxColumn.LANGUAGE));
        return new RowQuestion(question, parent == null ? null : parent.intValue());
    }

    /** Top-level rows in order, each scenario with the rows that name it as parent. */
    private static List<ImportedQuestion> assemble(Map<Integer, RowQuestion> rows, List<ImportMessage> messages) {
        Map<Integer, List<ImportedQuestion>> children = new LinkedHashMap<>();
        for (Map.Entry<Integer, RowQuestion> entry : rows.entrySet()) {
            Integer parent = entry.getValue().parentRow();
            if (parent == null) {
                continue;
            }
            RowQuestion scenario = rows.get(parent);
            if (scenario == null || !ImportedQuestion.SCENARIO.equals(scenario.question().type())
                    || scenario.parentRow() != null) {
                messages.add(ImportMessage.error(entry.getKey(), "row " + entry.getKey() + " skipped: parent " + parent
                        + " is not the row of a SCENARIO question"));
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(entry.getValue().question());
            }
        }
        List<ImportedQuestion> questions = new ArrayList<>();
        for (Map.Entry<Integer, RowQuestion> entry : rows.entrySet()) {
            RowQuestion row = entry.getValue();
            if (row.parentRow() != null) {
                continue;
            }
            ImportedQuestion q = row.question();
            if (ImportedQuestion.SCENARIO.equals(q.type())) {
                List<ImportedQuestion> kids = children.getOrDefault(entry.getKey(), List.of());
                q = new ImportedQuestion(q.line(), q.type(), q.stem(), q.options(), q.answer(), q.points(),
                        q.multipleChoiceScoring(), q.openResponseKind(), kids, q.explanation(), q.tags(),
                        q.difficulty(), q.language());
            }
            questions.add(q);
        }
        return questions;
    }

    private static List<ImportedOption> options(String cell) {
        if (cell == null) {
            return List.of();
        }
        String[] lines = cell.strip().split("\\r?\\n");
        if (lines.length == 1 && cell.contains("|")) {
            lines = cell.strip().split("\\s*\\|\\s*");
        }
        List<ImportedOption> options = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = OPTION_LINE.matcher(line);
            if (!m.matches()) {
                m = LETTER_OPTION_LINE.matcher(line);
                if (!m.matches()) {
                    throw new RowProblem("option \"" + line.strip() + "\" is not written as id=text (e.g. A=退货)");
                }
            }
            options.add(new ImportedOption(m.group(1), m.group(2).strip()));
        }
        return options;
    }

    private static ImportedAnswer answer(String type, String answer, String reference, List<ImportedCriterion> rubric) {
        switch (type) {
            case ImportedQuestion.SINGLE_CHOICE, ImportedQuestion.MULTIPLE_CHOICE -> {
                if (answer == null) {
                    return ImportedAnswer.none();
                }
                String compact = answer.strip();
                List<String> ids = compact.matches("[A-Z]{2,26}")
                        ? compact.chars().mapToObj(c -> String.valueOf((char) c)).toList()
                        : List.of(KEY_SEPARATOR.split(compact));
                return ImportedAnswer.choice(ids.stream().filter(id -> !id.isEmpty()).toList());
            }
            case ImportedQuestion.TRUE_FALSE -> {
                if (answer == null) {
                    return ImportedAnswer.none();
                }
                return ImportedAnswer.trueFalse(switch (answer.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "t", "yes", "正确", "对", "√", "是" -> Boolean.TRUE;
                    case "false", "f", "no", "错误", "错", "×", "否" -> Boolean.FALSE;
                    default -> throw new RowProblem("answer \"" + answer.strip() + "\" is not true or false");
                });
            }
            case ImportedQuestion.OPEN_RESPONSE -> {
                return new ImportedAnswer(List.of(), null, reference != null ? reference : answer, rubric);
            }
            default -> {
                return ImportedAnswer.none();
            }
        }
    }

    private static List<ImportedCriterion> rubric(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<ImportedCriterion> rubric = new ArrayList<>();
        for (String line : cell.strip().split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            if (eq < 0) {
                throw new RowProblem("rubric line \"" + line.strip() + "\" is not written as criterion=points");
            }
            rubric.add(new ImportedCriterion(line.substring(0, eq).strip(), Cells.parseDecimal(line.substring(eq + 1), "rubric points")));
        }
        return rubric;
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cells of one row, by column. */
    private record Cells(Row row, Map<XlsxColumn, Integer> columns, DataFormatter formatter) {

        String text(XlsxColumn column) {
            Cell cell = cell(column);
            if (cell == null) {
                return null;
            }
            String value = formatter.formatCellValue(cell);
            return value.isBlank() ? null : value.strip();
        }

        BigDecimal decimal(XlsxColumn column) {
            Cell cell = cell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC
                    || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                // a double holds two decimals exactly enough; valueOf takes its shortest decimal form (1.25, not 1.2500…01)
                return BigDecimal.valueOf(cell.getNumericCellValue());
            }
            String text = text(column);
            return text == null ? null : parseDecimal(text, column.header);
        }

        static BigDecimal parseDecimal(String text, String what) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                throw new RowProblem(what + " \"" + text.strip() + "\" is not a number");
            }
        }

        private Cell cell(XlsxColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.getCell(index);
        }
    }

    /** A row that cannot be read; it is skipped and reported. */
    private static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowProblem(String message) {
            super(message, null, false, false);
        }
    }
}
