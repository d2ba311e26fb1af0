package io.certexam.exam.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.QuestionRef;

/**
 * Renders a drawn paper with the texts of the exam version it was drawn from. Only what
 * {@link QuestionContent} carries can appear, and that contract holds no keys or explanations.
 */
public final class PaperPresenter {

    /** Applies to open responses whose question sets no limit of its own. */
    public static final int DEFAULT_MAX_RESPONSE_LENGTH = 20_000;

    private PaperPresenter() {
    }

    public static PresentedPaper present(DrawnPaper paper, ExamPublished exam) {
        Map<QuestionRef, QuestionContent> questions = new HashMap<>();
        for (ExamQuestion question : exam.questions()) {
            questions.put(new QuestionRef(question.questionId(), question.version()), question.content());
        }
        List<PresentedPaper.Section> sections = new ArrayList<>();
        for (DrawnSection section : paper.sections()) {
            List<PresentedPaper.Item> items = new ArrayList<>();
            for (DrawnItem item : section.items()) {
                QuestionContent content = questions.get(new QuestionRef(item.questionId(), item.questionVersion()));
                if (content == null) {
                    throw new IllegalStateException("exam " + exam.examId() + " v" + exam.version()
                            + " lacks question " + item.questionId() + " v" + item.questionVersion());
                }
                items.add(item(item, content));
            }
            sections.add(new PresentedPaper.Section(section.title(), items));
        }
        return new PresentedPaper(sections);
    }

    private static PresentedPaper.Item item(DrawnItem item, QuestionContent content) {
        Map<String, String> optionTexts = new HashMap<>();
        for (OptionContent option : content.options() == null ? List.<OptionContent>of() : content.options()) {
            optionTexts.put(option.id(), option.text());
        }
        List<PresentedPaper.Option> options = new ArrayList<>();
        for (int i = 0; i < item.optionOrder().size(); i++) {
            String id = item.optionOrder().get(i);
            options.add(new PresentedPaper.Option(id, label(i), optionTexts.get(id)));
        }
        Map<String, QuestionContent> childContent = new HashMap<>();
        for (QuestionContent child : content.children() == null ? List.<QuestionContent>of() : content.children()) {
            childContent.put(child.id(), child);
        }
        List<PresentedPaper.Item> children = new ArrayList<>();
        for (DrawnItem child : item.children()) {
            children.add(item(child, childContent.get(child.itemId())));
        }
        boolean open = QuestionTypes.OPEN_RESPONSE.equals(item.type());
        return new PresentedPaper.Item(item.itemId(), item.type(), content.stem(), item.points(), options, children,
                open ? content.openResponseKind() : null, open ? maxResponseLength(item) : null);
    }

    public static int maxResponseLength(DrawnItem item) {
        return item.maxResponseLength() != null ? item.maxResponseLength() : DEFAULT_MAX_RESPONSE_LENGTH;
    }

    /** A, B, … Z, AA, AB, … like spreadsheet columns. */
    static String label(int index) {
        StringBuilder label = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            label.insert(0, (char) ('A' + n % 26));
        }
        return label.toString();
    }
}
