package io.certexam.questionimport;

/**
 * The document cannot be read at all (wrong encoding, empty, not an xlsx workbook, not our JSON format).
 * The message says precisely why, in words an author can act on; the bank maps it to a 400.
 */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRejectedException(String message) {
        super(message);
    }

    public ImportRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
