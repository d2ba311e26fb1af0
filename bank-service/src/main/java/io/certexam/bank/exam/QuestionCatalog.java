package io.certexam.bank.exam;

import java.util.List;
import java.util.Optional;

import io.certexam.bank.question.PublishedQuestion;
import io.certexam.bank.question.QuestionStanding;

/**
 * What publishing an exam needs to know about the question bank. Injected into the publish command handler,
 * so the aggregate asks for exactly what its own sections reference, within the command's transaction.
 */
public interface QuestionCatalog {

    Optional<QuestionStanding> standing(String questionId);

    /** The latest published version of every non-retired question matching {@code criteria}, in a stable order. */
    List<PublishedQuestion> publishedMatching(DrawCriteria criteria);
}
