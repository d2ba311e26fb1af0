package io.certexam.contracts.bank;

import java.math.BigDecimal;

public record RubricCriterion(String criterion, BigDecimal points) {
}
