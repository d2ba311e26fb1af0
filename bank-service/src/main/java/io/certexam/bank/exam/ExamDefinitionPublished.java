package io.certexam.bank.exam;

import java.util.List;

import io.certexam.bank.question.PublishedQuestion;

/**
 * {@code version} of the exam is open for attempts. {@code sections} freeze the exact question versions each
 * section uses or draws from; {@code questions} holds their content (never keys), each version once.
 */
public record ExamDefinitionPublished(String examId, int version, ExamDesign design, List<FrozenSection> sections,
                                      List<PublishedQuestion> questions, String publishedBy) {
}
