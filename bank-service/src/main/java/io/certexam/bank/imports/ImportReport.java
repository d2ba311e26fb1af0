package io.certexam.bank.imports;

import java.util.List;

import io.certexam.questionimport.ImportMessage;

/**
 * What an import did (DESIGN §6): counts, one entry per question found (with its source line and what
 * happened to it) and the messages, each pointing at a line.
 */
record ImportReport(int created, int duplicates, int rejected, boolean committed, List<Entry> questions,
                    List<ImportMessage> messages) {

    /** NOT_IMPORTED: valid, but the import was all-or-nothing and other questions were rejected. */
    enum Outcome { CREATED, DUPLICATE, REJECTED, NOT_IMPORTED }

    /** {@code id}: the new question, or for a duplicate the question the bank already holds. */
    record Entry(String id, String type, int line, Outcome outcome) {
    }
}
