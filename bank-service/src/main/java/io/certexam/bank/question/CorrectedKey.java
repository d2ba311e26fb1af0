package io.certexam.bank.question;

import java.util.List;

/**
 * What a key correction left behind: the corrected version, its new key revision and, for a scenario, the
 * ids of the children whose key changed (empty for other types).
 */
public record CorrectedKey(int version, int keyRevision, List<String> changedChildren) {

    public CorrectedKey(int version, int keyRevision) {
        this(version, keyRevision, List.of());
    }
}
