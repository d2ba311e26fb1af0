package io.certexam.exam.attempt;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

record SaveResponseRequest(@NotNull Answer response, @NotNull @PositiveOrZero Long clientSeq) {
}
