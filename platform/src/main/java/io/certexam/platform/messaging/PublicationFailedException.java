package io.certexam.platform.messaging;

public class PublicationFailedException extends RuntimeException {

    public PublicationFailedException(String eventId, Throwable cause) {
        super("event " + eventId + " was not acknowledged by Kafka", cause);
    }
}
