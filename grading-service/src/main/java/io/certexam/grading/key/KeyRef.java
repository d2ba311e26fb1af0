package io.certexam.grading.key;

/** Names the answer key of one published question version. */
public record KeyRef(String questionId, int version) {
}
