package io.certexam.exam.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.certexam.contracts.bank.DrawRule;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.QuestionRef;

/**
 * Builds a candidate's paper from an exam version and a seed, deterministically: the same exam and seed
 * always give the same paper, so the seed recorded when the attempt starts rebuilds it for an audit.
 * {@link Random} is used because its algorithm is fixed by its specification, and the shuffle is written
 * out here rather than taken from {@code Collections.shuffle}, so a JDK change cannot alter old papers.
 * Every random choice is made in one pass over the sections, in order.
 */
public final class PaperBuilder {

    private PaperBuilder() {
    }

    public static DrawnPaper build(ExamPublished exam, long seed) {
        Random random = new Random(seed);
        Map<QuestionRef, QuestionContent> questions = contentByRef(exam);
        Set<String> placed = new HashSet<>();
        List<DrawnSection> sections = new ArrayList<>();
        for (ExamSection section : exam.sections()) {
            List<QuestionRef> chosen = section.draw() != null
                    ? draw(section.draw(), placed, random)
                    : fixed(section.questions(), exam.shuffleQuestions(), random);
            List<DrawnItem> items = new ArrayList<>();
            for (QuestionRef ref : chosen) {
                placed.add(ref.questionId());
                QuestionContent content = questions.get(ref);
                if (content == null) {
                    throw new IllegalArgumentException("exam " + exam.examId() + " v" + exam.version()
                            + " does not carry question " + ref.questionId() + " v" + ref.version());
                }
                BigDecimal points = section.pointsPerQuestion() != null ? section.pointsPerQuestion() : pointsOf(content);
                items.add(item(content, ref, ref.questionId(), points, exam.shuffleOptions(), random));
            }
            sections.add(new DrawnSection(section.title(), List.copyOf(items)));
        }
        return new DrawnPaper(List.copyOf(sections));
    }

    private static List<QuestionRef> fixed(List<QuestionRef> questions, boolean shuffle, Random random) {
        List<QuestionRef> chosen = new ArrayList<>(questions == null ? List.of() : questions);
        if (shuffle) {
            shuffle(chosen, random);
        }
        return chosen;
    }

    /** {@code count} questions from the pool, never one already on the paper. */
    private static List<QuestionRef> draw(DrawRule rule, Set<String> placed, Random random) {
        List<QuestionRef> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>(placed);
        for (QuestionRef ref : rule.pool() == null ? List.<QuestionRef>of() : rule.pool()) {
            if (seen.add(ref.questionId())) {
                pool.add(ref);
            }
        }
        shuffle(pool, random);
        return pool.subList(0, Math.min(rule.count(), pool.size()));
    }

    private static DrawnItem item(QuestionContent content, QuestionRef ref, String itemId, BigDecimal points,
                                  boolean shuffleOptions, Random random) {
        List<String> optionOrder = new ArrayList<>();
        for (OptionContent option : content.options() == null ? List.<OptionContent>of() : content.options()) {
            optionOrder.add(option.id());
        }
        if (shuffleOptions && QuestionTypes.isChoice(content.type())) {
            shuffle(optionOrder, random);
        }
        List<DrawnItem> children = new ArrayList<>();
        for (QuestionContent child : content.children() == null ? List.<QuestionContent>of() : content.children()) {
            children.add(item(child, ref, child.id(), pointsOf(child), shuffleOptions, random));
        }
        return new DrawnItem(itemId, ref.questionId(), ref.version(), content.type(), points, List.copyOf(optionOrder),
                content.maxResponseLength(), List.copyOf(children));
    }

    /** A question's own points; a scenario without points is worth the sum of its children. */
    static BigDecimal pointsOf(QuestionContent content) {
        if (content.points() != null) {
            return content.points();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (QuestionContent child : content.children() == null ? List.<QuestionContent>of() : content.children()) {
            sum = sum.add(pointsOf(child));
        }
        return sum;
    }

    /** Fisher–Yates from the end, as specified for {@code Collections.shuffle}. */
    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swapped = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swapped);
        }
    }

    private static Map<QuestionRef, QuestionContent> contentByRef(ExamPublished exam) {
        Map<QuestionRef, QuestionContent> byRef = new HashMap<>();
        for (ExamQuestion question : exam.questions() == null ? List.<ExamQuestion>of() : exam.questions()) {
            byRef.put(new QuestionRef(question.questionId(), question.version()), question.content());
        }
        return byRef;
    }
}
