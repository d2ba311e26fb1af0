package io.certexam.questionimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Skips the questions of a document that repeat an earlier one ({@link QuestionFingerprint same fingerprint}):
 * the first stays, each later copy is dropped with an INFO message on its line naming the first's line.
 * Duplicates against the bank are the bank's business (it can compare the same fingerprints).
 */
public final class DuplicateFilter {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private DuplicateFilter() {
    }

    public static ImportDocument apply(ImportDocument document) {
        Map<String, ImportedQuestion> firstByFingerprint = new HashMap<>();
        List<ImportedQuestion> kept = new ArrayList<>();
        List<ImportMessage> messages = new ArrayList<>(document.messages());
        for (ImportedQuestion question : document.questions()) {
            ImportedQuestion first = firstByFingerprint.putIfAbsent(QuestionFingerprint.of(question), question);
            if (first == null) {
                kept.add(question);
            } else {
                messages.add(ImportMessage.info(question.line(), ImportMessage.DUPLICATE_PREFIX + ": 「"
                        + preview(question.stem()) + "」 is the same question as the one on line " + first.line()));
            }
        }
        return new ImportDocument(kept, byLine(messages));
    }

    /** Messages in document order; for one line, in the order they were raised. */
    static List<ImportMessage> byLine(List<ImportMessage> messages) {
        List<ImportMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparingInt(ImportMessage::line));
        return sorted;
    }

    static String preview(String text) {
        String s = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
