package io.certexam.questionimport.text;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what papers write into a stem besides the question itself, and takes it out: a leading
 * {@code [单选题 - 2分]} marker, a {@code (多选)} note, a {@code (2分)} note, a {@code 新零售认知例题:} topic
 * prefix, and — for choice and true/false questions — the key, either in brackets ({@code 暂停( D)天},
 * {@code ( ABD )}, {@code （√）}) or right after the stem ({@code …造成的?A}, {@code …（ ）B}).
 *
 * <p>A key in brackets leaves a blank {@code （）} behind, where the candidate's answer goes.
 */
final class StemReader {

    private static final Pattern TYPE_MARKER = Pattern.compile(
            "^[\\s:]*\\[\\s*(" + QuestionKind.NAMES + ")题?\\s*(?:[-–—:,]?\\s*(\\d+(?:\\.\\d+)?)\\s*分)?\\s*]\\s*:?");
    private static final Pattern KIND_NOTE = Pattern.compile("\\(\\s*(单选|多选|不定项|判断)题?\\s*\\)");
    private static final Pattern POINTS_NOTE = Pattern.compile("\\(\\s*(?:本(?:小)?题)?\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*\\)");
    private static final Pattern TOPIC_PREFIX = Pattern.compile("^(.{0,24}?)(例题|案例)\\s*:");
    private static final Pattern NOT_A_TOPIC = Pattern.compile("[,。.?!;:“”\"]|以下|下列|如下|下面|阅读|根据");
    private static final Pattern BRACKET_LETTERS = Pattern.compile("\\(\\s*([A-F](?:\\s*[,、]?\\s*[A-F]){0,5})\\s*\\)");
    private static final Pattern BRACKET_ANY_KEY = Pattern.compile(
            "\\(\\s*([A-F](?:\\s*[,、]?\\s*[A-F]){0,5}|√|×|对|错|正确|错误)\\s*\\)");
    private static final Pattern TRAILING_LETTERS = Pattern.compile("(?<![A-Za-z0-9])([A-F]{1,6})\\s*$");
    private static final Pattern TRAILING_MARK = Pattern.compile("(√|×)\\s*$");
    private static final Pattern TRAILING_TF_WORD = Pattern.compile("(?<=[\\s。.!?)\\]])(正确|错误|对|错)\\s*$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:：]+");

    /** The stem with its annotations taken out. */
    record Stem(String text, QuestionKind kind, BigDecimal points, String topic) {
    }

    static Stem read(CharSequence rawStem) {
        String text = TextCleaner.inline(rawStem);
        QuestionKind kind = null;
        BigDecimal points = null;
        String topic = null;

        Matcher marker = TYPE_MARKER.matcher(Folding.fold(text));
        if (marker.find()) {
            kind = QuestionKind.of(marker.group(1));
            points = marker.group(2) == null ? null : new BigDecimal(marker.group(2));
            text = text.substring(marker.end());
        }
        Matcher note = KIND_NOTE.matcher(Folding.fold(text));
        if (note.find()) {
            kind = QuestionKind.of(note.group(1));
            text = cut(text, note.start(), note.end(), "");
        }
        Matcher pointsNote = POINTS_NOTE.matcher(Folding.fold(text));
        if (pointsNote.find()) {
            points = new BigDecimal(pointsNote.group(1));
            text = cut(text, pointsNote.start(), pointsNote.end(), "");
        }
        text = LEADING_PUNCTUATION.matcher(text).replaceFirst("");
        Matcher prefix = TOPIC_PREFIX.matcher(Folding.fold(text));
        if (prefix.find()) {
            String candidate = text.substring(0, prefix.start(2)).strip();
            if (!NOT_A_TOPIC.matcher(Folding.fold(candidate)).find()) {
                topic = candidate.isEmpty() ? null : candidate;
                text = text.substring(prefix.end());
            }
        }
        return new Stem(TextCleaner.inline(text), kind, points, topic);
    }

    /** A key written into the stem, and the stem without it. */
    record KeyInStem(String stem, String key) {
    }

    /**
     * Takes the key out of a choice or true/false stem. True/false words ({@code 对}, {@code 正确}) at the end
     * only count in a true/false question, where they cannot be part of an ordinary sentence ending.
     */
    static KeyInStem takeKey(String stem, boolean trueFalse) {
        String folded = Folding.fold(stem);
        Matcher bracket = (trueFalse ? BRACKET_ANY_KEY : BRACKET_LETTERS).matcher(folded);
        if (bracket.find()) {
            // the key leaves the blank it filled; a true/false mark at the end leaves nothing
            boolean atEnd = folded.substring(bracket.end()).isBlank();
            String blank = trueFalse && atEnd ? "" : isMostlyAscii(stem) ? "( )" : "（）";
            return new KeyInStem(TextCleaner.inline(cut(stem, bracket.start(), bracket.end(), blank)), bracket.group(1));
        }
        for (Pattern trailing : trueFalse
                ? new Pattern[] {TRAILING_LETTERS, TRAILING_MARK, TRAILING_TF_WORD}
                : new Pattern[] {TRAILING_LETTERS}) {
            Matcher m = trailing.matcher(folded);
            if (m.find()) {
                return new KeyInStem(TextCleaner.inline(stem.substring(0, m.start())), m.group(1));
            }
        }
        return new KeyInStem(stem, null);
    }

    static boolean isMostlyAscii(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long ascii = text.codePoints().filter(cp -> cp < 128 && Character.isLetter(cp)).count();
        return letters > 0 && ascii * 2 > letters;
    }

    private static String cut(String text, int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
