package io.certexam.contracts.exam;

import java.util.List;

/** The paper a candidate got: which question versions, in which order, worth how much. */
public record Paper(List<PaperSection> sections) {
}
