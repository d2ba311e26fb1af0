package io.certexam.bank.question;

import java.time.Instant;
import java.util.List;

/**
 * Everything that happened to a question, version by version. {@code status} is the question's; each
 * version's {@code status} is its own (DRAFT or PUBLISHED), even once the question is retired.
 */
public record QuestionHistory(String id, QuestionStatus status, int latestVersion, Integer publishedVersion,
                              String createdBy, Instant createdAt, String retiredBy, Instant retiredAt,
                              List<VersionHistory> versions) {

    /**
     * @param author      who last wrote this version's content (null for versions written before history was kept)
     * @param keyRevision the current key revision: 0 as published, n after n corrections
     */
    public record VersionHistory(int version, QuestionStatus status, String author, Instant createdAt,
                                 Instant updatedAt, String publishedBy, Instant publishedAt, int keyRevision,
                                 List<KeyCorrection> keyCorrections) {
    }

    /** @param changedChildren the ids of a scenario's children whose key changed (empty for other types) */
    public record KeyCorrection(int keyRevision, String reason, String correctedBy, Instant correctedAt,
                                List<String> changedChildren) {
    }
}
