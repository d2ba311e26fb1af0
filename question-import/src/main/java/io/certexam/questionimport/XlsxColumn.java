package io.certexam.questionimport;

/**
 * The columns of the xlsx template, in order, with what the instructions sheet says about each. The importer
 * finds columns by their header name (any order, case-insensitive); {@code type} and {@code stem} are required.
 * {@code rubric} and {@code language} are optional extras so an export keeps everything a question holds.
 */
enum XlsxColumn {
    TYPE("type", "题型 Question type: SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, OPEN_RESPONSE or SCENARIO. Required."),
    STEM("stem", "题干 The question text; for a SCENARIO the shared case text. Required."),
    OPTIONS("options", "选项 Choice questions only: one option per line as id=text (A=退货 / B=换货), or separated by |."),
    ANSWER("answer", "答案 Choice: the option id(s), e.g. B or A,C. True/false: true, false, 正确 or 错误. "
            + "Leave empty for OPEN_RESPONSE (use referenceAnswer) and SCENARIO (its children carry the keys)."),
    POINTS("points", "分值 Points, a number with at most two decimals; default 1. A SCENARIO is worth the sum of its "
            + "children when left empty."),
    MULTIPLE_CHOICE_SCORING("multipleChoiceScoring", "多选计分 MULTIPLE_CHOICE only: ALL_OR_NOTHING (default), "
            + "PARTIAL_NO_WRONG (少选得部分分) or PER_OPTION."),
    OPEN_RESPONSE_KIND("openResponseKind", "主观题类型 OPEN_RESPONSE only: TERM_DEFINITION 名词解释, SHORT_ANSWER 简答, "
            + "ESSAY 论述 or CASE_ANALYSIS 案例分析."),
    REFERENCE_ANSWER("referenceAnswer", "参考答案 OPEN_RESPONSE only: the model answer shown to graders."),
    TAGS("tags", "标签 key:value tags separated by commas or new lines, e.g. module:售后服务, topic:退换货."),
    DIFFICULTY("difficulty", "难度 1 (easy) to 5 (hard); optional."),
    EXPLANATION("explanation", "解析 Why the answer is right; shown after results are released. Optional."),
    PARENT("parent", "所属情景题 For a sub-question of a SCENARIO: the row number of that SCENARIO row. Sub-questions "
            + "keep the order of their rows."),
    RUBRIC("rubric", "评分细则 OPEN_RESPONSE only, optional: one criterion per line as criterion=points; the points "
            + "must add up to the question's points."),
    LANGUAGE("language", "语言 zh (default for Chinese text) or en; optional.");

    final String header;
    final String description;

    XlsxColumn(String header, String description) {
        this.header = header;
        this.description = description;
    }

    static XlsxColumn byHeader(String header) {
        for (XlsxColumn column : values()) {
            if (column.header.equalsIgnoreCase(header.strip())) {
                return column;
            }
        }
        return null;
    }
}
