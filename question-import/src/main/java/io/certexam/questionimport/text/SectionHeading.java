package io.certexam.questionimport.text;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a section header such as {@code 一、单项选择题(每题2分,共20题)} or
 * {@code 三、情景模擬模塊:還原複雜服務場景…}: a short title for the {@code module:} tag, the kind of question
 * it announces, the points per question and the number of questions it promises.
 */
record SectionHeading(String title, QuestionKind kind, BigDecimal pointsEach, Integer promisedCount) {

    private static final Pattern POINTS_EACH = Pattern.compile("每(?:小|道)?题\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern COUNT = Pattern.compile("共\\s*(\\d{1,4})\\s*(?:小|道)?题");
    /** The title ends where the explanation, the scoring rule or the first sentence begins. */
    private static final Pattern TITLE_END = Pattern.compile("[(:,;。.?!\\[\\s]|要求");
    private static final int MAX_TITLE = 40;

    static SectionHeading read(String headerText) {
        String original = TextCleaner.inline(headerText);
        String folded = Folding.fold(original);
        Matcher end = TITLE_END.matcher(folded);
        int cut = end.find() ? end.start() : folded.length();
        String title = original.substring(0, Math.min(cut, MAX_TITLE)).strip();
        QuestionKind kind = QuestionKind.inTitle(Folding.fold(title));
        Matcher points = POINTS_EACH.matcher(folded);
        Matcher count = COUNT.matcher(folded);
        return new SectionHeading(title, kind,
                points.find() ? new BigDecimal(points.group(1)) : null,
                count.find() ? Integer.valueOf(count.group(1)) : null);
    }
}
