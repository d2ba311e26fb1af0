package io.certexam.bank.exam;

/**
 * The exam's design now reads {@code design}. Before the first publication it replaces the draft; after it,
 * it is the draft of the next version, while the published version stays open for attempts until then.
 */
public record ExamDefinitionRevised(String examId, ExamDesign design, String revisedBy) {
}
