package io.certexam.grading.exam;

/** Spring application event: an exam policy was stored in the current transaction. */
public record ExamPolicyStored(String examId, int version) {
}
