package io.certexam.exam.attempt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.certexam.exam.paper.DrawnItem;
import io.certexam.exam.paper.PaperPresenter;
import io.certexam.exam.paper.QuestionTypes;
import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/** Whether an answer fits the item it is given for: the right kind, and only options the item shows. */
final class AnswerRules {

    private static final String OPTION_IDS = "response.optionIds";
    private static final String VALUE = "response.value";
    private static final String TEXT = "response.text";

    private AnswerRules() {
    }

    static void check(DrawnItem item, Answer answer) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (item.type()) {
            case QuestionTypes.SINGLE_CHOICE, QuestionTypes.MULTIPLE_CHOICE -> choice(item, answer, problems);
            case QuestionTypes.TRUE_FALSE -> {
                if (answer.value() == null) {
                    problems.add(new FieldProblem(VALUE, "a true/false item needs value true or false"));
                }
                absent(answer.optionIds() != null, OPTION_IDS, item, problems);
                absent(answer.text() != null, TEXT, item, problems);
            }
            case QuestionTypes.OPEN_RESPONSE -> {
                int limit = PaperPresenter.maxResponseLength(item);
                if (answer.text() == null) {
                    problems.add(new FieldProblem(TEXT, "an open-response item needs text"));
                } else if (answer.text().length() > limit) {
                    problems.add(new FieldProblem(TEXT, "at most " + limit + " characters"));
                } else if (answer.text().indexOf('\u0000') >= 0) {
                    // no database downstream can store it (PostgreSQL text and jsonb refuse NUL)
                    problems.add(new FieldProblem(TEXT, "must not contain the NUL character"));
                }
                absent(answer.optionIds() != null, OPTION_IDS, item, problems);
                absent(answer.value() != null, VALUE, item, problems);
            }
            case QuestionTypes.SCENARIO -> problems.add(new FieldProblem("itemId",
                    "a scenario takes no response of its own; answer its child items"));
            default -> problems.add(new FieldProblem("itemId", "items of type " + item.type() + " take no response"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the response does not fit item " + item.itemId() + " (" + item.type() + ")",
                    problems);
        }
    }

    private static void choice(DrawnItem item, Answer answer, List<FieldProblem> problems) {
        absent(answer.value() != null, VALUE, item, problems);
        absent(answer.text() != null, TEXT, item, problems);
        if (answer.optionIds() == null) {
            problems.add(new FieldProblem(OPTION_IDS, "a choice item needs optionIds"));
            return;
        }
        if (QuestionTypes.SINGLE_CHOICE.equals(item.type()) && answer.optionIds().size() > 1) {
            problems.add(new FieldProblem(OPTION_IDS, "a single-choice item takes one option"));
        }
        Set<String> seen = new HashSet<>();
        for (String optionId : answer.optionIds()) {
            if (!item.optionOrder().contains(optionId)) {
                problems.add(new FieldProblem(OPTION_IDS, "option " + optionId + " is not an option of this item"));
            } else if (!seen.add(optionId)) {
                problems.add(new FieldProblem(OPTION_IDS, "option " + optionId + " is given twice"));
            }
        }
    }

    private static void absent(boolean present, String field, DrawnItem item, List<FieldProblem> problems) {
        if (present) {
            problems.add(new FieldProblem(field, "not a response kind of " + item.type() + " items"));
        }
    }
}
