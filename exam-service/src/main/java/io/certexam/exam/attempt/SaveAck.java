package io.certexam.exam.attempt;

import java.time.Instant;

/** What a save acknowledges: the clientSeq now stored for the item and when it was saved. */
public record SaveAck(long clientSeq, Instant savedAt) {
}
