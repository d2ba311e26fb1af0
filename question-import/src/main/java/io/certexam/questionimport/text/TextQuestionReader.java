package io.certexam.questionimport.text;

import io.certexam.questionimport.ImportDocument;
import io.certexam.questionimport.ImportMessage;
import io.certexam.questionimport.ImportedQuestion;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the questions of a decoded paper: walk its structure, then assemble questions. Duplicates are left in
 * (see {@link io.certexam.questionimport.TextImporter}, which skips them), so callers can see everything the
 * paper holds.
 */
public final class TextQuestionReader {

    private TextQuestionReader() {
    }

    public static ImportDocument read(String text, String sourceName) {
        DocumentWalker.Result walk = new DocumentWalker().walk(text);
        QuestionAssembler assembler = new QuestionAssembler(sourceName);
        List<ImportedQuestion> questions = assembler.assemble(walk);
        List<ImportMessage> messages = new ArrayList<>(assembler.messages());
        if (questions.isEmpty()) {
            messages.add(ImportMessage.warning(0, "no questions found in the document: nothing looks like a numbered "
                    + "question with options, an answer key or a reference answer"));
        }
        return new ImportDocument(questions, messages);
    }
}
