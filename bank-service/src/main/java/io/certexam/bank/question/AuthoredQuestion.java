package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of a question as the author wrote it, key and explanation included. Once accepted by
 * {@link QuestionRules} every default is filled in, so events always carry the complete version.
 * <p>
 * Fields of other types are null: {@code openResponseKind} and {@code maxResponseLength} belong to
 * {@code OPEN_RESPONSE}, {@code children} to {@code SCENARIO}. A scenario has no {@code answer} of its own:
 * its children carry theirs, and {@link #key()} collects them. A child has an {@code id}
 * ({@code <questionId>-<n>}, n counting from 1) assigned on acceptance, and no tags, difficulty or language
 * of its own; a question itself has no {@code id} here (its id is the aggregate's).
 */
public record AuthoredQuestion(
        QuestionType type,
        String stem,
        List<ChoiceOption> options,
        Answer answer,
        BigDecimal points,
        MultipleChoiceScoring multipleChoiceScoring,
        OpenResponseKind openResponseKind,
        Integer maxResponseLength,
        List<AuthoredQuestion> children,
        String explanation,
        List<String> tags,
        Integer difficulty,
        String language,
        String id) {

    /** A question of the choice and true/false types, which have none of the other types' fields. */
    public AuthoredQuestion(QuestionType type, String stem, List<ChoiceOption> options, Answer answer,
                            BigDecimal points, MultipleChoiceScoring multipleChoiceScoring, String explanation,
                            List<String> tags, Integer difficulty, String language) {
        this(type, stem, options, answer, points, multipleChoiceScoring, null, null, null, explanation, tags,
                difficulty, language, null);
    }

    public AuthoredQuestion withAnswer(Answer newAnswer) {
        return new AuthoredQuestion(type, stem, options, newAnswer, points, multipleChoiceScoring, openResponseKind,
                maxResponseLength, children, explanation, tags, difficulty, language, id);
    }

    AuthoredQuestion withId(String childId) {
        return new AuthoredQuestion(type, stem, options, answer, points, multipleChoiceScoring, openResponseKind,
                maxResponseLength, children, explanation, tags, difficulty, language, childId);
    }

    AuthoredQuestion withChildren(List<AuthoredQuestion> newChildren) {
        return new AuthoredQuestion(type, stem, options, answer, points, multipleChoiceScoring, openResponseKind,
                maxResponseLength, newChildren, explanation, tags, difficulty, language, id);
    }

    /** The whole key: the answer, or for a scenario the answers of its children by child id. */
    public Answer key() {
        if (type != QuestionType.SCENARIO) {
            return answer;
        }
        return Answer.scenario(children.stream().map(c -> new ChildAnswer(c.id(), c.answer())).toList());
    }

    /** This version with {@code key} in place of its key (for a scenario: spread over its children by id). */
    public AuthoredQuestion withKey(Answer key) {
        if (type != QuestionType.SCENARIO) {
            return withAnswer(key);
        }
        Map<String, Answer> byId = key == null || key.children() == null ? Map.of()
                : key.children().stream().collect(Collectors.toMap(ChildAnswer::id, ChildAnswer::answer));
        return withChildren(children.stream().map(c -> c.withAnswer(byId.get(c.id()))).toList());
    }

    /** This version without any key, e.g. to store content apart from the key. */
    public AuthoredQuestion withoutKey() {
        AuthoredQuestion keyless = withAnswer(null);
        return children == null ? keyless
                : keyless.withChildren(children.stream().map(c -> c.withAnswer(null)).toList());
    }

    /** The children by id (empty unless a scenario). */
    Map<String, AuthoredQuestion> childrenById() {
        return children == null ? Map.of()
                : children.stream().collect(Collectors.toMap(AuthoredQuestion::id, Function.identity()));
    }
}
