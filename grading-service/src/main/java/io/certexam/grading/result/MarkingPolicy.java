package io.certexam.grading.result;

import java.math.BigDecimal;

/** How an exam's open responses are marked; exams without one are marked once. */
public record MarkingPolicy(boolean doubleMarking, BigDecimal tolerance) {

    public static final MarkingPolicy SINGLE = new MarkingPolicy(false, BigDecimal.ZERO);
}
