package io.certexam.questionimport.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered item as the walker found it, before anyone decided whether it is a question: the text that
 * followed its number (stem), its options, and whatever followed an answer, explanation or reference-answer
 * marker. {@code (1)} sub-items of a case are its children.
 */
final class RawItem {

    final int line;
    final String label;
    final boolean parenthesised;
    final RawSection section;
    final StringBuilder stem = new StringBuilder();
    final List<RawOption> options = new ArrayList<>();
    final StringBuilder answer = new StringBuilder();
    final StringBuilder explanation = new StringBuilder();
    final StringBuilder reference = new StringBuilder();
    final List<RawItem> children = new ArrayList<>();
    /** Unmarked text after an options line: the wrapped end of the last option, or stray text. */
    final StringBuilder pendingAfterOptions = new StringBuilder();

    RawItem(int line, String label, boolean parenthesised, RawSection section) {
        this.line = line;
        this.label = label;
        this.parenthesised = parenthesised;
        this.section = section;
    }

    /** Nothing but a heading-like stem: no options, no answers, no children. */
    boolean isBare() {
        return options.isEmpty() && children.isEmpty() && answer.toString().isBlank()
                && explanation.toString().isBlank() && reference.toString().isBlank();
    }

    static final class RawOption {
        final String letter;
        final StringBuilder text = new StringBuilder();

        RawOption(String letter) {
            this.letter = letter;
        }
    }
}
