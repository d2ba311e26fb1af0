package io.certexam.questionimport;

import io.certexam.questionimport.text.DocumentText;
import io.certexam.questionimport.text.TextQuestionReader;

/**
 * Imports a plain-text exam paper in the conventions our users' documents follow (see
 * docs/question-import.md): strictly UTF-8, pinyin debris and site boilerplate removed, duplicates within the
 * document skipped. Thread-safe and stateless.
 */
public final class TextImporter {

    private TextImporter() {
    }

    /**
     * @param document   the uploaded bytes
     * @param sourceName the document's name, for the {@code source:} tag (may be null)
     * @throws ImportRejectedException when the bytes are not readable UTF-8 text, or empty
     */
    public static ImportDocument parse(byte[] document, String sourceName) {
        String text = DocumentText.decode(document);
        return DuplicateFilter.apply(TextQuestionReader.read(text, sourceName));
    }
}
