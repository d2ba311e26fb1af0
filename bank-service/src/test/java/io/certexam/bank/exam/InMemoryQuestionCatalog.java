package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.certexam.bank.question.ChoiceOption;
import io.certexam.bank.question.PublishedQuestion;
import io.certexam.bank.question.QuestionStanding;
import io.certexam.bank.question.QuestionType;

/** A question bank held in memory, for publishing exams in aggregate tests. */
class InMemoryQuestionCatalog implements QuestionCatalog {

    private final Map<String, QuestionStanding> standings = new LinkedHashMap<>();

    static PublishedQuestion question(String id, int version, QuestionType type, List<String> tags, Integer difficulty) {
        List<ChoiceOption> options = type == QuestionType.TRUE_FALSE ? List.of()
                : List.of(new ChoiceOption("A", "yes"), new ChoiceOption("B", "no"));
        return new PublishedQuestion(id, version, type, "stem of " + id + " v" + version, options, BigDecimal.ONE,
                null, tags, difficulty, "zh");
    }

    InMemoryQuestionCatalog published(PublishedQuestion question) {
        standings.put(question.questionId(), new QuestionStanding(question.questionId(), false, question));
        return this;
    }

    InMemoryQuestionCatalog draftOnly(String id) {
        standings.put(id, new QuestionStanding(id, false, null));
        return this;
    }

    InMemoryQuestionCatalog retired(PublishedQuestion question) {
        standings.put(question.questionId(), new QuestionStanding(question.questionId(), true, question));
        return this;
    }

    @Override
    public Optional<QuestionStanding> standing(String questionId) {
        return Optional.ofNullable(standings.get(questionId));
    }

    @Override
    public List<PublishedQuestion> publishedMatching(DrawCriteria criteria) {
        return standings.values().stream()
                .filter(s -> !s.retired() && s.latestPublished() != null)
                .map(QuestionStanding::latestPublished)
                .filter(q -> criteria.type() == null || q.type() == criteria.type())
                .filter(q -> q.tags().containsAll(criteria.tags()))
                .filter(q -> criteria.minDifficulty() == null
                        || q.difficulty() != null && q.difficulty() >= criteria.minDifficulty())
                .filter(q -> criteria.maxDifficulty() == null
                        || q.difficulty() != null && q.difficulty() <= criteria.maxDifficulty())
                .sorted(Comparator.comparing(PublishedQuestion::questionId))
                .toList();
    }
}
