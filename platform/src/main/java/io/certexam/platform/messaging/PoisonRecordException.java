package io.certexam.platform.messaging;

/** A record that can never be processed (unknown type, unreadable payload): straight to the dead-letter topic. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonRecordException(String message) {
        super(message);
    }
}
