package io.certexam.questionimport;

/** A choice option as it will be authored: a stable id (A, B, …) and its text. */
public record ImportedOption(String id, String text) {
}
