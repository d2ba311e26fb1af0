package io.certexam.bank.exam;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.certexam.bank.question.PublishedQuestion;
import io.certexam.bank.question.QuestionQueries;
import io.certexam.bank.question.QuestionStanding;

/** The catalog as the question read model holds it (kept in the same transactions as the question events). */
@Component
class ReadModelQuestionCatalog implements QuestionCatalog {

    private final QuestionQueries questions;

    ReadModelQuestionCatalog(QuestionQueries questions) {
        this.questions = questions;
    }

    @Override
    public Optional<QuestionStanding> standing(String questionId) {
        return questions.standing(questionId);
    }

    @Override
    public List<PublishedQuestion> publishedMatching(DrawCriteria criteria) {
        return questions.publishedMatching(criteria.type(), criteria.tags(), criteria.minDifficulty(),
                criteria.maxDifficulty());
    }
}
