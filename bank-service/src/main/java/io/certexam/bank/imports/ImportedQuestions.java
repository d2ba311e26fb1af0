package io.certexam.bank.imports;

import java.util.List;

import io.certexam.bank.question.Answer;
import io.certexam.bank.question.AuthoredQuestion;
import io.certexam.bank.question.ChoiceOption;
import io.certexam.bank.question.MultipleChoiceScoring;
import io.certexam.bank.question.OpenResponseKind;
import io.certexam.bank.question.QuestionType;
import io.certexam.bank.question.RubricEntry;
import io.certexam.questionimport.ImportedAnswer;
import io.certexam.questionimport.ImportedCriterion;
import io.certexam.questionimport.ImportedOption;
import io.certexam.questionimport.ImportedQuestion;

/** Translates between the importer's drafts and the bank's own questions, both ways (import and export). */
final class ImportedQuestions {

    private ImportedQuestions() {
    }

    /** @throws IllegalArgumentException when a type, scoring policy or kind is not one the bank knows */
    static AuthoredQuestion toAuthored(ImportedQuestion imported) {
        return toAuthored(imported, false);
    }

    /** A scenario's children take their tags, difficulty and language from the scenario. */
    private static AuthoredQuestion toAuthored(ImportedQuestion imported, boolean child) {
        QuestionType type = QuestionType.valueOf(imported.type());
        List<AuthoredQuestion> children = type == QuestionType.SCENARIO
                ? imported.children().stream().map(c -> toAuthored(c, true)).toList() : null;
        return new AuthoredQuestion(type, imported.stem(),
                imported.options().isEmpty() ? null : imported.options().stream()
                        .map(o -> new ChoiceOption(o.id(), o.text())).toList(),
                type == QuestionType.SCENARIO ? null : answer(type, imported.answer()),
                imported.points(),
                imported.multipleChoiceScoring() == null ? null : MultipleChoiceScoring.valueOf(imported.multipleChoiceScoring()),
                imported.openResponseKind() == null ? null : OpenResponseKind.valueOf(imported.openResponseKind()),
                null, children, imported.explanation(),
                child || imported.tags().isEmpty() ? null : imported.tags(),
                child ? null : imported.difficulty(), child ? null : imported.language(), null);
    }

    static ImportedQuestion toImported(AuthoredQuestion question, int line) {
        Answer key = question.answer();
        return new ImportedQuestion(line, question.type().name(), question.stem(),
                question.options() == null ? List.of() : question.options().stream()
                        .map(o -> new ImportedOption(o.id(), o.text())).toList(),
                key == null ? null : new ImportedAnswer(key.optionIds(), key.value(), key.referenceAnswer(),
                        key.rubric() == null ? null : key.rubric().stream()
                                .map(r -> new ImportedCriterion(r.criterion(), r.points())).toList()),
                question.points(),
                question.multipleChoiceScoring() == null ? null : question.multipleChoiceScoring().name(),
                question.openResponseKind() == null ? null : question.openResponseKind().name(),
                question.children() == null ? List.of()
                        : question.children().stream().map(child -> toImported(child, line)).toList(),
                question.explanation(), question.tags(), question.difficulty(), question.language());
    }

    private static Answer answer(QuestionType type, ImportedAnswer answer) {
        if (answer == null) {
            return null;
        }
        return switch (type) {
            case OPEN_RESPONSE -> Answer.open(answer.referenceAnswer(), answer.rubric() == null || answer.rubric().isEmpty()
                    ? null : answer.rubric().stream().map(c -> new RubricEntry(c.criterion(), c.points())).toList());
            case TRUE_FALSE -> new Answer(null, answer.value());
            default -> new Answer(answer.optionIds(), null);
        };
    }

}
