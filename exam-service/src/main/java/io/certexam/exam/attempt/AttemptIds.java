package io.certexam.exam.attempt;

import java.util.UUID;

import io.certexam.platform.problem.NotFoundException;

/**
 * Attempt ids are UUIDs and no other stream in this service has one (accommodations do not): anything else
 * is no attempt, and must be a 404 before Axon is asked to load another aggregate's stream as an attempt.
 */
final class AttemptIds {

    private AttemptIds() {
    }

    static void require(String attemptId) {
        try {
            UUID.fromString(attemptId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("attempt", attemptId);
        }
    }
}
