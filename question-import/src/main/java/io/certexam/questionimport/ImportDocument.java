package io.certexam.questionimport;

import java.util.List;

/**
 * What a document holds: the questions (in document order, duplicates within the document already skipped)
 * and the report messages. A question with an ERROR message on its line is kept so the report can show it,
 * but the bank's validation will refuse it.
 */
public record ImportDocument(List<ImportedQuestion> questions, List<ImportMessage> messages) {

    public ImportDocument {
        questions = List.copyOf(questions);
        messages = List.copyOf(messages);
    }

    /** How many questions were skipped because an earlier one in the same document is the same. */
    public long duplicatesSkipped() {
        return messages.stream().filter(ImportMessage::isDuplicateNotice).count();
    }
}
