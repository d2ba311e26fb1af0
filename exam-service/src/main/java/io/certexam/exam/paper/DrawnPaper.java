package io.certexam.exam.paper;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The structure of one candidate's paper: which question versions, in which order, with which option
 * order and points. Recorded in the attempt's start event; stems and option texts stay in the exam
 * version it was drawn from, so the event stays small and the paper can be rendered from either.
 */
public record DrawnPaper(List<DrawnSection> sections) {

    /** Every item in the order shown, a scenario followed by its children. */
    public Stream<DrawnItem> flattened() {
        return sections.stream().flatMap(section -> section.items().stream()).flatMap(DrawnItem::withChildren);
    }

    public Optional<DrawnItem> find(String itemId) {
        return flattened().filter(item -> item.itemId().equals(itemId)).findFirst();
    }
}
