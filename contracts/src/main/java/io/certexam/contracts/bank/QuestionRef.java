package io.certexam.contracts.bank;

public record QuestionRef(String questionId, int version) {
}
