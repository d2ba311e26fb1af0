package io.certexam.bank.question;

import java.math.BigDecimal;

/** One criterion graders score an open response against, worth {@code points}. */
public record RubricEntry(String criterion, BigDecimal points) {
}
