package io.certexam.grading.result;

/** Which mark of an item this is: the only one, one of two independent ones, or the moderator's. */
public enum MarkingStage {
    SINGLE, FIRST, SECOND, MODERATION
}
