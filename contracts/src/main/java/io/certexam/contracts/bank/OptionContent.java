package io.certexam.contracts.bank;

/** A choice option as authored: a stable id (recorded in responses) and its text. */
public record OptionContent(String id, String text) {
}
