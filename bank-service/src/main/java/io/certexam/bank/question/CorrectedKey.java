package io.certexam.bank.question;

/** What a key correction left behind: the corrected version and its new key revision. */
public record CorrectedKey(int version, int keyRevision) {
}
