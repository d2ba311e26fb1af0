package io.certexam.exam.paper;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * One item of a drawn paper.
 *
 * @param itemId            what responses name: the question id, or a scenario child's own id
 * @param questionId        the question (for a scenario child: its scenario's question)
 * @param optionOrder       option ids in the order shown; labels A, B, C… follow this order
 * @param maxResponseLength the question's own limit for free text, if it has one
 */
public record DrawnItem(String itemId, String questionId, int questionVersion, String type, BigDecimal points,
                        List<String> optionOrder, Integer maxResponseLength, List<DrawnItem> children) {

    Stream<DrawnItem> withChildren() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(DrawnItem::withChildren));
    }
}
