package io.certexam.contracts.bank;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/**
 * The key of a published question version was wrong and has been corrected. Drives regrading;
 * {@code keyRevision} counts corrections of this version (the first published key is revision 0).
 */
public record AnswerKeyCorrected(int schemaVersion, String questionId, int version, int keyRevision,
                                 AnswerKey oldKey, AnswerKey newKey, String reason, String correctedBy,
                                 Instant correctedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return questionId;
    }
}
