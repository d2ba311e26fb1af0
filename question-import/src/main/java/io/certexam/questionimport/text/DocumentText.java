package io.certexam.questionimport.text;

import io.certexam.questionimport.ImportRejectedException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text, strictly: a text import must be UTF-8 (a byte-order mark is fine).
 * Guessing an encoding would silently turn a GBK paper into mojibake questions, so anything else is refused
 * with a message that says what the bytes look like and what to do.
 */
public final class DocumentText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private DocumentText() {
    }

    public static String decode(byte[] document) {
        if (document == null || document.length == 0) {
            throw new ImportRejectedException("the document is empty");
        }
        if (startsWith(document, 'P', 'K', 3, 4)) {
            throw new ImportRejectedException(
                    "the document is not text but a zip archive (an .xlsx or .docx file?); import spreadsheets with "
                            + "format=xlsx, and paste Word documents as UTF-8 text");
        }
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, document);
        } catch (CharacterCodingException notUtf8) {
            throw new ImportRejectedException(notUtf8Message(document), notUtf8);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportRejectedException("the document contains NUL bytes: it is binary, not UTF-8 text");
        }
        if (text.isBlank()) {
            throw new ImportRejectedException("the document is empty (it holds only whitespace)");
        }
        return text;
    }

    private static String notUtf8Message(byte[] document) {
        String base = "the document is not UTF-8 text";
        try {
            String asGb = strict(GB18030, document);
            long han = asGb.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
            if (han > 0 && han * 5 >= asGb.codePoints().filter(cp -> !Character.isWhitespace(cp)).count()) {
                return base + ": it looks like GBK/GB18030-encoded Chinese; save it as UTF-8 and import it again";
            }
        } catch (CharacterCodingException notGbEither) {
            // fall through: we cannot say more than "not UTF-8"
        }
        return base + " (invalid UTF-8 byte sequence); save it as UTF-8 and import it again";
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
