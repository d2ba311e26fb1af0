package io.certexam.reporting;

/**
 * What an id in a report path may look like (exam, attempt and candidate ids are UUIDs or token
 * subjects): anything else is answered with 400 before a query runs.
 */
public final class Identifiers {

    public static final String PATTERN = "[\\p{L}\\p{N}._:@|+-]{1,128}";
    public static final String MESSAGE = "must be 1 to 128 letters, digits or . _ : @ | + -";

    private Identifiers() {
    }
}
