package io.certexam.questionimport.text;

import java.math.BigDecimal;

/**
 * A section as found: {@code 一、单项选择题(每题2分,共20题)}, or a bare type heading inside one such as
 * {@code 1.单选题} (whose parent is the enclosing section, if any). The header text is read once the first
 * question of the section begins.
 */
final class RawSection {

    final int line;
    final RawSection parent;
    final StringBuilder headerText = new StringBuilder();
    private SectionHeading heading;

    RawSection(int line, RawSection parent) {
        this.line = line;
        this.parent = parent;
    }

    SectionHeading heading() {
        if (heading == null) {
            heading = SectionHeading.read(headerText.toString());
        }
        return heading;
    }

    /** The kind announced here, or by the enclosing section. */
    QuestionKind kind() {
        QuestionKind own = heading().kind();
        return own != null || parent == null ? own : parent.kind();
    }

    BigDecimal pointsEach() {
        BigDecimal own = heading().pointsEach();
        return own != null || parent == null ? own : parent.pointsEach();
    }

    /** The title for the {@code module:} tag: the top-level section's, which names the part of the paper. */
    String moduleTitle() {
        if (parent != null && !parent.heading().title().isEmpty()) {
            return parent.heading().title();
        }
        return heading().title();
    }
}
