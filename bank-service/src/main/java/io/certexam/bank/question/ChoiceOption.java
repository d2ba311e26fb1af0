package io.certexam.bank.question;

/** A choice option: a stable id (what responses and keys refer to) and its text. */
public record ChoiceOption(String id, String text) {
}
