package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.RubricCriterion;
import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/**
 * Turns a grader's points per criterion into the item's score. With a rubric, every criterion must be marked,
 * each between 0 and its points; graders mark on the rubric's scale, and the sum is scaled to the item's
 * points on the paper when the exam gave the question other points. Without a rubric the grader gives one
 * criterion, {@code total}, between 0 and the item's points.
 */
final class RubricScore {

    static final String TOTAL = "total";

    private RubricScore() {
    }

    static BigDecimal of(AnswerKey key, BigDecimal maxScore, List<CriterionScore> criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidInputException("criteria", "at least one criterion must be marked");
        }
        List<RubricCriterion> rubric = key == null || key.rubric() == null ? List.of() : key.rubric();
        Map<String, BigDecimal> limits = new HashMap<>();
        if (rubric.isEmpty()) {
            limits.put(TOTAL, maxScore);
        } else {
            rubric.forEach(criterion -> limits.put(criterion.criterion(), criterion.points()));
        }
        Set<String> marked = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionScore given = criteria.get(i);
            String field = "criteria[" + i + "]";
            BigDecimal limit = given.criterion() == null ? null : limits.get(given.criterion());
            if (limit == null) {
                problems.add(new FieldProblem(field + ".criterion", "not a criterion of this item: expected one of "
                        + limits.keySet()));
            } else if (!marked.add(given.criterion())) {
                problems.add(new FieldProblem(field + ".criterion", "marked twice"));
            }
            if (given.points() == null) {
                problems.add(new FieldProblem(field + ".points", "required"));
            } else if (given.points().signum() < 0 || (limit != null && given.points().compareTo(limit) > 0)) {
                problems.add(new FieldProblem(field + ".points", "must be between 0 and " + (limit == null ? "the criterion's points" : limit.toPlainString())));
            } else {
                sum = sum.add(given.points());
            }
        }
        limits.keySet().stream().filter(name -> !marked.contains(name)).sorted()
                .forEach(name -> problems.add(new FieldProblem("criteria", "criterion \"" + name + "\" is not marked")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the marks do not fit the item's rubric", problems);
        }
        BigDecimal scale = rubric.stream().map(RubricCriterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rubric.isEmpty() || scale.signum() == 0 || scale.compareTo(maxScore) == 0) {
            return sum.setScale(Scorer.SCALE, Scorer.ROUNDING);
        }
        return sum.multiply(maxScore).divide(scale, Scorer.SCALE, Scorer.ROUNDING);
    }
}
