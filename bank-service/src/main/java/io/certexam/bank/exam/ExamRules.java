package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.certexam.bank.InputProblems;
import io.certexam.bank.question.QuestionRules;
import io.certexam.bank.question.QuestionType;
import io.certexam.platform.problem.FieldProblem;

/** What makes an exam definition acceptable, and its defaults; every problem is reported at once. */
final class ExamRules {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_INSTRUCTIONS_LENGTH = 10_000;
    static final int MIN_TIME_LIMIT = 1;
    static final int MAX_TIME_LIMIT = 600;
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int MAX_SECTIONS = 50;
    static final int MAX_SECTION_QUESTIONS = 500;
    static final int MAX_DRAW_COUNT = 500;
    /** The read model's id columns hold 64 characters; server-generated ids are UUIDs. */
    static final int MAX_QUESTION_ID_LENGTH = 64;

    private ExamRules() {
    }

    static ExamDesign accepted(ExamDesign design) {
        List<FieldProblem> problems = problemsOf(design);
        if (!problems.isEmpty()) {
            throw InputProblems.rejected("the exam definition", problems);
        }
        return withDefaults(design);
    }

    static List<FieldProblem> problemsOf(ExamDesign d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(new FieldProblem("title", "is required"));
        } else if (d.title().length() > MAX_TITLE_LENGTH) {
            problems.add(new FieldProblem("title", "must be at most " + MAX_TITLE_LENGTH + " characters"));
        } else if (InputProblems.hasNul(d.title())) {
            problems.add(new FieldProblem("title", InputProblems.NUL_MESSAGE));
        }
        if (d.instructions() != null && d.instructions().length() > MAX_INSTRUCTIONS_LENGTH) {
            problems.add(new FieldProblem("instructions", "must be at most " + MAX_INSTRUCTIONS_LENGTH + " characters"));
        } else if (InputProblems.hasNul(d.instructions())) {
            problems.add(new FieldProblem("instructions", InputProblems.NUL_MESSAGE));
        }
        if (d.timeLimitMinutes() == null || d.timeLimitMinutes() < MIN_TIME_LIMIT || d.timeLimitMinutes() > MAX_TIME_LIMIT) {
            problems.add(new FieldProblem("timeLimitMinutes", "is required, between " + MIN_TIME_LIMIT + " and "
                    + MAX_TIME_LIMIT + " minutes"));
        }
        checkPassMark(d, problems);
        if (d.maxAttempts() != null && d.maxAttempts() < 1) {
            problems.add(new FieldProblem("maxAttempts", "must be at least 1 (leave it out for no limit)"));
        }
        if (d.minMinutesBetweenAttempts() != null && d.minMinutesBetweenAttempts() < 0) {
            problems.add(new FieldProblem("minMinutesBetweenAttempts", "must not be negative"));
        }
        if (d.availableFrom() != null && d.availableUntil() != null && !d.availableFrom().isBefore(d.availableUntil())) {
            problems.add(new FieldProblem("availableUntil", "must be after availableFrom"));
        }
        if (d.certificateValidityMonths() != null && d.certificateValidityMonths() < 1) {
            problems.add(new FieldProblem("certificateValidityMonths", "must be at least 1 (leave it out for no expiry)"));
        }
        int before = problems.size();
        checkSections(d.sections(), problems);
        if (problems.size() == before && d.passScore() != null && d.passPercent() == null) {
            BigDecimal maximum = maximumWithoutTheBank(d.sections());
            if (maximum != null && d.passScore().compareTo(maximum) > 0) {
                problems.add(new FieldProblem("passScore", "must not exceed the " + maximum.toPlainString()
                        + " points a paper of this exam is worth"));
            }
        }
        return problems;
    }

    /**
     * A paper's maximum when every section fixes its points per question, so the bank need not be asked;
     * otherwise null (publishing checks it against the bank when it can).
     */
    private static BigDecimal maximumWithoutTheBank(List<SectionDesign> sections) {
        BigDecimal total = BigDecimal.ZERO;
        for (SectionDesign section : sections) {
            if (section.pointsPerQuestion() == null) {
                return null;
            }
            int questions = section.draw() != null ? section.draw().count() : section.questionIds().size();
            total = total.add(section.pointsPerQuestion().multiply(BigDecimal.valueOf(questions)));
        }
        return total;
    }

    private static void checkPassMark(ExamDesign d, List<FieldProblem> problems) {
        if (d.passScore() == null && d.passPercent() == null) {
            problems.add(new FieldProblem("passScore", "either passScore or passPercent is required"));
        } else if (d.passScore() != null && d.passPercent() != null) {
            problems.add(new FieldProblem("passPercent", "give either passScore or passPercent, not both"));
        } else if (d.passScore() != null && d.passScore().signum() < 0) {
            problems.add(new FieldProblem("passScore", "must not be negative"));
        } else if (d.passScore() != null && d.passScore().stripTrailingZeros().scale() > QuestionRules.MAX_POINTS_SCALE) {
            problems.add(new FieldProblem("passScore", "must have at most " + QuestionRules.MAX_POINTS_SCALE
                    + " decimal places"));
        } else if (d.passPercent() != null
                && (d.passPercent().signum() < 0 || d.passPercent().compareTo(HUNDRED) > 0)) {
            problems.add(new FieldProblem("passPercent", "must be between 0 and 100"));
        }
    }

    private static void checkSections(List<SectionDesign> sections, List<FieldProblem> problems) {
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", "at least one section is required"));
            return;
        }
        if (sections.size() > MAX_SECTIONS) {
            problems.add(new FieldProblem("sections", "at most " + MAX_SECTIONS + " sections are allowed"));
        }
        Set<String> fixedIds = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            String path = "sections[" + i + "]";
            SectionDesign section = sections.get(i);
            if (section == null) {
                problems.add(new FieldProblem(path, "is required"));
                continue;
            }
            if (section.title() == null || section.title().isBlank()) {
                problems.add(new FieldProblem(path + ".title", "is required"));
            } else if (section.title().length() > MAX_TITLE_LENGTH) {
                problems.add(new FieldProblem(path + ".title", "must be at most " + MAX_TITLE_LENGTH + " characters"));
            } else if (InputProblems.hasNul(section.title())) {
                problems.add(new FieldProblem(path + ".title", InputProblems.NUL_MESSAGE));
            }
            QuestionRules.checkPoints(path + ".pointsPerQuestion", section.pointsPerQuestion(), problems);
            if (section.pointsPerQuestion() != null && section.draw() != null
                    && section.draw().type() == QuestionType.SCENARIO) {
                problems.add(new FieldProblem(path + ".pointsPerQuestion", "does not apply to SCENARIO questions: "
                        + "a scenario is worth the sum of its children's points"));
            }
            if (section.questionIds() != null && section.draw() != null) {
                problems.add(new FieldProblem(path, "has both questionIds and draw; a section has exactly one of them"));
            } else if (section.draw() != null) {
                checkDraw(path + ".draw", section.draw(), problems);
            } else if (section.questionIds() == null || section.questionIds().isEmpty()) {
                problems.add(new FieldProblem(path + ".questionIds", "list at least one question, or give a draw instead"));
            } else {
                if (section.questionIds().size() > MAX_SECTION_QUESTIONS) {
                    problems.add(new FieldProblem(path + ".questionIds", "at most " + MAX_SECTION_QUESTIONS
                            + " questions per section"));
                }
                for (int j = 0; j < section.questionIds().size(); j++) {
                    String id = section.questionIds().get(j);
                    String idPath = path + ".questionIds[" + j + "]";
                    if (id == null || id.isBlank()) {
                        problems.add(new FieldProblem(idPath, "is required"));
                    } else if (id.length() > MAX_QUESTION_ID_LENGTH || InputProblems.hasNul(id)) {
                        problems.add(new FieldProblem(idPath, "is not a question id"));
                    } else if (!fixedIds.add(id)) {
                        problems.add(new FieldProblem(idPath, "question " + id + " is already in this exam"));
                    }
                }
            }
        }
    }

    private static void checkDraw(String path, DrawCriteria draw, List<FieldProblem> problems) {
        if (draw.count() == null || draw.count() < 1) {
            problems.add(new FieldProblem(path + ".count", "is required, at least 1"));
        } else if (draw.count() > MAX_DRAW_COUNT) {
            problems.add(new FieldProblem(path + ".count", "must be at most " + MAX_DRAW_COUNT));
        }
        QuestionRules.checkTags(path + ".tags", draw.tags(), problems);
        checkDifficulty(path + ".minDifficulty", draw.minDifficulty(), problems);
        checkDifficulty(path + ".maxDifficulty", draw.maxDifficulty(), problems);
        if (draw.minDifficulty() != null && draw.maxDifficulty() != null && draw.minDifficulty() > draw.maxDifficulty()) {
            problems.add(new FieldProblem(path + ".maxDifficulty", "must not be below minDifficulty"));
        }
    }

    private static void checkDifficulty(String path, Integer difficulty, List<FieldProblem> problems) {
        if (difficulty != null && (difficulty < QuestionRules.MIN_DIFFICULTY || difficulty > QuestionRules.MAX_DIFFICULTY)) {
            problems.add(new FieldProblem(path, "must be between " + QuestionRules.MIN_DIFFICULTY + " and "
                    + QuestionRules.MAX_DIFFICULTY));
        }
    }

    private static ExamDesign withDefaults(ExamDesign d) {
        List<SectionDesign> sections = d.sections().stream()
                .map(s -> s.draw() == null
                        ? new SectionDesign(s.title(), List.copyOf(s.questionIds()), null, s.pointsPerQuestion())
                        : new SectionDesign(s.title(), null, new DrawCriteria(s.draw().count(), s.draw().type(),
                                s.draw().tags() == null ? List.of() : List.copyOf(s.draw().tags()),
                                s.draw().minDifficulty(), s.draw().maxDifficulty()), s.pointsPerQuestion()))
                .toList();
        return new ExamDesign(d.title(), d.instructions(), d.timeLimitMinutes(), d.passScore(), d.passPercent(),
                d.maxAttempts(), d.minMinutesBetweenAttempts(), sections, Boolean.TRUE.equals(d.shuffleQuestions()),
                Boolean.TRUE.equals(d.shuffleOptions()), d.availableFrom(), d.availableUntil(),
                d.certificateValidityMonths());
    }
}
