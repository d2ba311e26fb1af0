package io.certexam.exam.attempt;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Clock;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.exam.accommodation.AccommodationRegister;
import io.certexam.exam.catalog.CatalogExam;
import io.certexam.exam.catalog.PublishedExams;
import io.certexam.exam.paper.PaperBuilder;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;
import io.certexam.platform.security.Actor;

/**
 * Starts an attempt on the newest version of an exam: looks up what the aggregate cannot know (the
 * catalogue, the candidate's earlier attempts), draws the paper, and sends the command.
 */
@Service
class AttemptStarter {

    private final PublishedExams exams;
    private final AttemptRegistry registry;
    private final CommandGateway commands;
    private final AccommodationRegister accommodations;
    private final Clock clock;
    private final int graceSeconds;
    private final SecureRandom seeds = new SecureRandom();

    AttemptStarter(PublishedExams exams, AttemptRegistry registry, CommandGateway commands,
                   AccommodationRegister accommodations, Clock clock,
                   @Value("${certexam.exam.save-grace:10s}") Duration saveGrace) {
        this.exams = exams;
        this.registry = registry;
        this.commands = commands;
        this.accommodations = accommodations;
        this.clock = clock;
        this.graceSeconds = Math.toIntExact(saveGrace.toSeconds());
    }

    /** @return the new attempt's id */
    String start(String examId, Actor candidate) {
        CatalogExam exam = exams.latest(examId).orElseThrow(() -> new NotFoundException("exam", examId));
        if (exam.retired()) {
            throw new RuleViolationException("exam-retired", "exam " + examId + " takes no new attempts");
        }
        if (registry.hasOpenAttempt(examId, candidate.id())) {
            throw alreadyOpen(examId);
        }
        ExamPublished content = exam.content();
        long seed = seeds.nextLong();
        StartAttempt command = new StartAttempt(UUID.randomUUID().toString(), examId, exam.version(), candidate.id(),
                candidate.org(), registry.attemptsMade(examId, candidate.id()) + 1,
                registry.lastAttemptEndedAt(examId, candidate.id()).orElse(null),
                new ExamTerms(content.timeLimitMinutes(), content.maxAttempts(), content.minMinutesBetweenAttempts(),
                        content.availableFrom(), content.availableUntil()),
                accommodations.extraMinutes(examId, candidate.id(), content.timeLimitMinutes()), graceSeconds,
                seed, PaperBuilder.build(content, seed), clock.instant());
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            // a concurrent start won the race: the registry's unique index rejected this one
            if (causedBy(e, DuplicateKeyException.class)) {
                throw alreadyOpen(examId);
            }
            throw e;
        }
        return command.attemptId();
    }

    private static RuleViolationException alreadyOpen(String examId) {
        return new RuleViolationException("attempt-already-open",
                "you already have an attempt in progress on exam " + examId);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
