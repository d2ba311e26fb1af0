package io.certexam.questionimport.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks a paper line by line and marker by marker, and collects its sections and numbered items.
 *
 * <p>Papers pasted from the web rarely keep one question per line, so structure is recognised from markers
 * anywhere in a line, and whether a candidate marker counts depends on what was read before it: a question
 * number mid-line must continue the numbering ({@code 2.} after question 1), an option letter must be the next
 * letter of the current question, a section numeral inside an answer text must continue the section numbering.
 * That is what keeps {@code 2、3季度}, {@code 精準營銷(A)} or an essay's own {@code 一、二、} from being taken
 * for structure.
 *
 * <p>The walker decides nothing about question types; {@link QuestionAssembler} does that from the raw items.
 */
final class DocumentWalker {

    /** Where the text being read belongs. */
    private enum Field { NONE, HEADER, STEM, OPTION, AFTER_OPTIONS, ANSWER, EXPLANATION, REFERENCE }

    private static final Set<Field> PAST_STEM =
            EnumSet.of(Field.OPTION, Field.AFTER_OPTIONS, Field.ANSWER, Field.EXPLANATION, Field.REFERENCE);
    private static final Set<Field> ANSWER_TEXT = EnumSet.of(Field.ANSWER, Field.EXPLANATION, Field.REFERENCE);
    private static final String BULLETS = "-•·*□■◆◇●○▪►▶";
    private static final String BOUNDARY_PUNCTUATION = "。.!?;:,)]」』”\"'…";
    private static final Pattern KEY_AHEAD = Pattern.compile("\\s*(?:[A-F]{1,6}(?![A-Za-z])|正确|错误|对|错|√|×)");
    private static final Pattern KIND_AHEAD = Pattern.compile("\\s*(?:" + QuestionKind.NAMES + ")");

    private final MarkerScanner scanner = new MarkerScanner();
    private final List<RawSection> sections = new ArrayList<>();
    private final List<RawItem> items = new ArrayList<>();

    private RawSection top;
    private RawSection sub;
    private RawItem item;
    private RawItem child;
    private Field field = Field.NONE;
    private int lastNumeral;
    private int lastNumber;
    private int lastParen;
    private boolean sectionFresh;
    private boolean inDocumentList;
    /** The last "一、" numeral refused inside the current answer text: its successors are the answer's too. */
    private int answerEnumeration;

    record Result(List<RawSection> sections, List<RawItem> items) {
    }

    Result walk(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            readLine(i + 1, PinyinDebris.strip(lines[i]));
        }
        endItem();
        return new Result(sections, items);
    }

    private void readLine(int lineNo, String line) {
        String folded = Folding.fold(line);
        if (inDocumentList && (folded.isBlank() || Boilerplate.isBullet(folded))) {
            return;
        }
        inDocumentList = false;
        if (Boilerplate.opensDocumentList(folded)) {
            endItem();
            inDocumentList = true;
            return;
        }
        if (Boilerplate.isBoilerplate(folded)) {
            endItem();
            return;
        }
        if (folded.isBlank()) {
            endOfLine();
            return;
        }
        List<Marker> markers = scanner.scan(folded);
        int contentStart = contentStart(folded, markers);
        int pos = contentStart;
        for (Marker marker : markers) {
            if (marker.start() < pos || !accept(marker, folded, marker.start() == contentStart)) {
                continue;
            }
            append(line.substring(pos, marker.start()));
            apply(marker, lineNo);
            pos = marker.end();
        }
        append(line.substring(pos));
        endOfLine();
    }

    private boolean accept(Marker marker, String folded, boolean atLineStart) {
        char prev = atLineStart ? '\n' : folded.charAt(marker.start() - 1);
        boolean boundary = atLineStart || Character.isWhitespace(prev) || BOUNDARY_PUNCTUATION.indexOf(prev) >= 0;
        RawItem current = current();
        return switch (marker.type()) {
            case SECTION -> {
                boolean accepted = acceptSection(marker.number(), boundary, atLineStart, folded, marker.end());
                if (!accepted && ANSWER_TEXT.contains(field)) {
                    answerEnumeration = marker.number();
                }
                yield accepted;
            }
            case NUMBER -> acceptNumber(marker, prev, boundary, atLineStart, folded);
            case PAREN_NUMBER -> acceptParenNumber(marker.number(), boundary, atLineStart);
            case OPTION -> current != null && acceptOption(marker, folded, current);
            case ANSWER -> current != null && (!isAnswerStatement(marker, folded)
                    || field != Field.STEM && ahead(KEY_AHEAD, folded, marker.end()));
            case EXPLANATION -> current != null;
            case REFERENCE -> current != null && (!isShortReference(marker, folded) || boundary);
        };
    }

    private boolean acceptSection(int numeral, boolean boundary, boolean atLineStart, String folded, int end) {
        if (!boundary || !atLineStart && blankFrom(folded, end)) {
            return false;
        }
        if (atLineStart && !ANSWER_TEXT.contains(field) || ahead(KIND_AHEAD, folded, end)) {
            return true; // "二、多选题" is a header wherever it stands
        }
        if (ANSWER_TEXT.contains(field) && answerEnumeration > 0 && numeral == answerEnumeration + 1) {
            return false; // the answer's own "一、…二、…" goes on
        }
        boolean freeToRestart = field == Field.NONE || field == Field.HEADER || field == Field.OPTION
                || field == Field.AFTER_OPTIONS;
        return numeral == lastNumeral + 1 || numeral == 1 && freeToRestart;
    }

    private boolean acceptNumber(Marker marker, char prev, boolean boundary, boolean atLineStart, String folded) {
        int n = marker.number();
        if (!atLineStart && (prev < 128 && Character.isLetterOrDigit(prev) || prev == '.' || prev == '%')) {
            return false;
        }
        if (atLineStart) {
            return !ANSWER_TEXT.contains(field) || n == lastNumber + 1;
        }
        if (boundary) {
            return n == lastNumber + 1 || n == 1 && sectionFresh;
        }
        // run together after a Chinese character: only where a question may end (or a header's text), and only
        // the next number
        char separator = folded.charAt(marker.end() - 1);
        return separator == '.' && n == lastNumber + 1 && (PAST_STEM.contains(field) || field == Field.HEADER);
    }

    private boolean acceptParenNumber(int n, boolean boundary, boolean atLineStart) {
        if (ANSWER_TEXT.contains(field)) {
            // "(1)…(2)…" inside an answer enumerates points; only an established sequence of items continues
            return boundary && lastParen >= 1 && n == lastParen + 1;
        }
        return atLineStart || n == lastParen + 1 || n == 1;
    }

    private boolean acceptOption(Marker marker, String folded, RawItem current) {
        if (field != Field.STEM && field != Field.OPTION && field != Field.AFTER_OPTIONS) {
            return false;
        }
        char letter = marker.value().charAt(0);
        char expected = current.options.isEmpty()
                ? 'A' : (char) (current.options.get(current.options.size() - 1).letter.charAt(0) + 1);
        if (letter != expected || insideBrackets(folded, marker)) {
            return false;
        }
        if (marker.start() == 0) {
            return true;
        }
        char prev = folded.charAt(marker.start() - 1);
        boolean asciiBefore = prev < 128 && Character.isLetterOrDigit(prev);
        if (!asciiBefore) {
            return true;
        }
        char separator = folded.charAt(marker.end() - 1);
        if (letter == 'A') {
            return keyLettersBefore(folded, marker.start());
        }
        // "…CRMB.xxx": the next letter run into the previous option's Latin text
        return separator != ':';
    }

    private static boolean blankFrom(String folded, int from) {
        for (int i = from; i < folded.length(); i++) {
            if (!Character.isWhitespace(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code pattern} matches right after {@code end}, without copying the rest of a long line. */
    private static boolean ahead(Pattern pattern, String folded, int end) {
        return pattern.matcher(folded).region(end, folded.length()).lookingAt();
    }

    /** "( A、C )" is a key in brackets, not option A. */
    private static boolean insideBrackets(String folded, Marker marker) {
        int open = -1;
        for (int i = marker.start() - 1; i >= Math.max(0, marker.start() - 8) && open < 0; i--) {
            char c = folded.charAt(i);
            if (c == ')') {
                return false;
            }
            if (c == '(') {
                open = i;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = marker.end(); i < Math.min(folded.length(), marker.end() + 12); i++) {
            char c = folded.charAt(i);
            if (c == ')') {
                return true;
            }
            if (c == '(') {
                return false;
            }
        }
        return false;
    }

    /** "…造成的?AA.延迟发货": the answer letters run straight into option A. */
    private static boolean keyLettersBefore(String folded, int at) {
        int i = at - 1;
        while (i >= 0 && folded.charAt(i) >= 'A' && folded.charAt(i) <= 'F') {
            i--;
        }
        return i < 0 || !(folded.charAt(i) < 128 && Character.isLetterOrDigit(folded.charAt(i)));
    }

    /** "答案为C" / "答案是C" — only a marker when a key follows, and never inside a stem ("以下哪个答案是…"). */
    private static boolean isAnswerStatement(Marker marker, String folded) {
        char last = folded.charAt(marker.end() - 1);
        return last == '为' || last == '是';
    }

    /** "例:" and "答:" are ordinary words after a Chinese character (案例:, 回答:). */
    private static boolean isShortReference(Marker marker, String folded) {
        char first = folded.charAt(marker.start());
        return first == '例' || first == '答';
    }

    private void apply(Marker marker, int lineNo) {
        switch (marker.type()) {
            case SECTION -> {
                endItem();
                top = new RawSection(lineNo, null);
                sub = null;
                sections.add(top);
                field = Field.HEADER;
                lastNumeral = marker.number();
                lastNumber = 0;
                lastParen = 0;
                sectionFresh = true;
            }
            case NUMBER -> {
                endItem();
                item = new RawItem(lineNo, marker.value(), false, section());
                items.add(item);
                field = Field.STEM;
                lastNumber = marker.number();
                lastParen = 0;
                sectionFresh = false;
            }
            case PAREN_NUMBER -> {
                String label = "(" + marker.value() + ")";
                if (opensChild()) {
                    child = new RawItem(lineNo, label, true, item.section);
                    item.children.add(child);
                } else {
                    endItem();
                    item = new RawItem(lineNo, label, true, section());
                    items.add(item);
                }
                field = Field.STEM;
                lastParen = marker.number();
                sectionFresh = false;
            }
            case OPTION -> {
                RawItem current = current();
                if (!current.options.isEmpty() && !current.pendingAfterOptions.isEmpty()) {
                    current.options.get(current.options.size() - 1).text.append(' ').append(current.pendingAfterOptions);
                }
                current.pendingAfterOptions.setLength(0);
                current.options.add(new RawItem.RawOption(marker.value()));
                field = Field.OPTION;
            }
            case ANSWER -> startText(Field.ANSWER, current().answer);
            case EXPLANATION -> startText(Field.EXPLANATION, current().explanation);
            case REFERENCE -> startText(Field.REFERENCE, current().reference);
        }
    }

    /** A {@code (1)} belongs to the current numbered item while that item is a case still being read. */
    private boolean opensChild() {
        if (item == null || item.parenthesised) {
            return false;
        }
        if (child != null) {
            return true;
        }
        return field == Field.STEM && item.options.isEmpty() && !isBareTypeHeading(item);
    }

    private void startText(Field target, StringBuilder into) {
        current().pendingAfterOptions.setLength(0);
        answerEnumeration = 0;
        if (!into.isEmpty()) {
            into.append('\n');
        }
        field = target;
    }

    private void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        RawItem current = current();
        switch (field) {
            case HEADER -> sections.get(sections.size() - 1).headerText.append(text);
            case STEM -> current.stem.append(text);
            case OPTION -> current.options.get(current.options.size() - 1).text.append(text);
            case AFTER_OPTIONS -> current.pendingAfterOptions.append(text);
            case ANSWER -> current.answer.append(text);
            case EXPLANATION -> current.explanation.append(text);
            case REFERENCE -> current.reference.append(text);
            case NONE -> {
                // text outside any question: article prose, titles, site chrome
            }
        }
    }

    private void endOfLine() {
        switch (field) {
            // an option ends with its line; what follows is either its wrapped end (if more options come) or stray
            case OPTION -> field = Field.AFTER_OPTIONS;
            case HEADER -> sections.get(sections.size() - 1).headerText.append('\n');
            case STEM -> current().stem.append('\n');
            case ANSWER -> current().answer.append('\n');
            case EXPLANATION -> current().explanation.append('\n');
            case REFERENCE -> current().reference.append('\n');
            default -> {
            }
        }
    }

    /**
     * Closes the current item. An item that turns out to be nothing but a type name ({@code 1.单选题} before
     * {@code (1)…}) was a sub-section heading, and becomes one.
     */
    private void endItem() {
        if (item != null && isBareTypeHeading(item)) {
            items.remove(item);
            sub = new RawSection(item.line, top);
            sub.headerText.append(item.stem);
            sections.add(sub);
            sectionFresh = true;
        }
        item = null;
        child = null;
        field = Field.NONE;
        answerEnumeration = 0;
    }

    private static boolean isBareTypeHeading(RawItem candidate) {
        return !candidate.parenthesised && candidate.isBare()
                && QuestionKind.isBareTitle(Folding.fold(TextCleaner.inline(candidate.stem)));
    }

    private RawItem current() {
        return child != null ? child : item;
    }

    private RawSection section() {
        return sub != null ? sub : top;
    }

    /**
     * Where the line's content begins: after indentation and bullets, and after a lone {@code ?} in front of a
     * marker ({@code ?例:}), which is what a bullet glyph becomes when a page is copied badly.
     */
    private static int contentStart(String folded, List<Marker> markers) {
        int i = 0;
        while (i < folded.length() && (Character.isWhitespace(folded.charAt(i)) || BULLETS.indexOf(folded.charAt(i)) >= 0)) {
            i++;
        }
        if (i < folded.length() && folded.charAt(i) == '?') {
            int next = i + 1;
            if (markers.stream().anyMatch(m -> m.start() == next)) {
                return next;
            }
        }
        return i;
    }
}
