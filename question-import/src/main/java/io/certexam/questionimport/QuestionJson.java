package io.certexam.questionimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of our JSON format: DESIGN §6's question shape, with an optional {@code id} (the bank's id when
 * it exports; ignored on import). Empty values are left out when writing.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "type", "stem", "options", "answer", "points", "multipleChoiceScoring", "openResponseKind",
        "children", "explanation", "tags", "difficulty", "language"})
record QuestionJson(String id, String type, String stem, List<ImportedOption> options, ImportedAnswer answer,
                    BigDecimal points, String multipleChoiceScoring, String openResponseKind,
                    List<QuestionJson> children, String explanation, List<String> tags, Integer difficulty,
                    String language) {

    static QuestionJson of(ImportedQuestion q, String id) {
        return new QuestionJson(id, q.type(), q.stem(), q.options(), q.answer().isEmpty() ? null : q.answer(),
                q.points(), q.multipleChoiceScoring(), q.openResponseKind(),
                q.children().stream().map(c -> of(c, null)).toList(), q.explanation(), q.tags(), q.difficulty(),
                q.language());
    }

    ImportedQuestion toImported(int line) {
        return new ImportedQuestion(line, type, stem, options, answer, points, multipleChoiceScoring, openResponseKind,
                children == null ? List.of() : children.stream().map(c -> c.toImported(line)).toList(),
                explanation, tags, difficulty, language);
    }
}
