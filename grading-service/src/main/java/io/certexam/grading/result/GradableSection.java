package io.certexam.grading.result;

import java.util.List;

/** A section of the candidate's paper, as exam-service built it. */
public record GradableSection(String title, List<GradableItem> items) {
}
