package io.certexam.exam.attempt;

/** The answer an item had when the attempt was handed in. */
public record FinalAnswer(String itemId, Answer answer) {
}
