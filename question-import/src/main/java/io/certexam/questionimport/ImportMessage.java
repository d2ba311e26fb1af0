package io.certexam.questionimport;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One entry of the import report. {@code line} is the document line (or JSON index / xlsx row) it is about;
 * 0 means the document as a whole.
 */
public record ImportMessage(int line, Level level, String text) {

    /** Every duplicate notice starts with this, so a caller can count skipped duplicates. */
    public static final String DUPLICATE_PREFIX = "duplicate skipped";

    public enum Level { INFO, WARNING, ERROR }

    public static ImportMessage info(int line, String text) {
        return new ImportMessage(line, Level.INFO, text);
    }

    public static ImportMessage warning(int line, String text) {
        return new ImportMessage(line, Level.WARNING, text);
    }

    public static ImportMessage error(int line, String text) {
        return new ImportMessage(line, Level.ERROR, text);
    }

    @JsonIgnore // a helper, not part of the JSON shape
    public boolean isDuplicateNotice() {
        return text != null && text.startsWith(DUPLICATE_PREFIX);
    }
}
