package io.certexam.contracts.bank;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a candidate may see of a question: never its key or explanation.
 *
 * @param id                    question id, or the child id inside a scenario
 * @param type                  SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, OPEN_RESPONSE or SCENARIO
 * @param multipleChoiceScoring ALL_OR_NOTHING, PARTIAL_NO_WRONG or PER_OPTION (multiple choice only)
 * @param openResponseKind      TERM_DEFINITION, SHORT_ANSWER, ESSAY or CASE_ANALYSIS (open response only)
 * @param children              the sub-questions of a SCENARIO, in order
 * @param maxResponseLength     longest accepted free-text response, in characters (open response only)
 */
public record QuestionContent(
        String id,
        String type,
        String stem,
        List<OptionContent> options,
        BigDecimal points,
        String multipleChoiceScoring,
        String openResponseKind,
        List<QuestionContent> children,
        List<String> tags,
        Integer difficulty,
        String language,
        Integer maxResponseLength) {
}
