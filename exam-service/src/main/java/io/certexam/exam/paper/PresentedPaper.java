package io.certexam.exam.paper;

import java.math.BigDecimal;
import java.util.List;

/** A paper as the candidate sees it: stems, labelled options, points; never keys or explanations. */
public record PresentedPaper(List<Section> sections) {

    public record Section(String title, List<Item> items) {
    }

    /**
     * @param openResponseKind  kind of an open response (TERM_DEFINITION, SHORT_ANSWER, ESSAY, CASE_ANALYSIS)
     * @param maxResponseLength longest text accepted for an open response, in characters
     */
    public record Item(String itemId, String type, String stem, BigDecimal points, List<Option> options,
                       List<Item> children, String openResponseKind, Integer maxResponseLength) {
    }

    /** {@code id} is what a response records; {@code label} only follows the order shown. */
    public record Option(String id, String label, String text) {
    }
}
