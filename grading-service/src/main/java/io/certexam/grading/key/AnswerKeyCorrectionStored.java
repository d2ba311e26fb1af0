package io.certexam.grading.key;

import java.time.Instant;

/** Spring application event: a corrected key revision was stored in the current transaction. */
public record AnswerKeyCorrectionStored(KeyRef ref, int keyRevision, String reason, String correctedBy,
                                        Instant correctedAt) {
}
