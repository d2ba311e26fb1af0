package io.certexam.grading.result;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.KeyRef;

/** Grading inputs for aggregate tests: keys and pass marks "arrive" when the test adds them. */
class InMemoryGradingInputs implements GradingInputs {

    private final Map<KeyRef, AnswerKeyRevision> keys = new HashMap<>();
    private final Map<String, AnswerKeyRevision> revisions = new HashMap<>();
    private final Map<String, ExamPolicy> policies = new HashMap<>();
    private MarkingPolicy marking = MarkingPolicy.SINGLE;

    InMemoryGradingInputs marking(MarkingPolicy policy) {
        marking = policy;
        return this;
    }

    @Override
    public Optional<AnswerKeyRevision> key(KeyRef ref, int keyRevision) {
        return Optional.ofNullable(revisions.get(ref + "#" + keyRevision));
    }

    @Override
    public MarkingPolicy markingPolicy(String examId) {
        return marking;
    }

    InMemoryGradingInputs add(AnswerKeyRevision key) {
        revisions.put(key.ref() + "#" + key.keyRevision(), key);
        keys.merge(key.ref(), key, (old, added) -> added.keyRevision() > old.keyRevision() ? added : old);
        return this;
    }

    InMemoryGradingInputs add(ExamPolicy policy) {
        policies.put(policy.examId() + "/" + policy.version(), policy);
        return this;
    }

    @Override
    public Map<KeyRef, AnswerKeyRevision> latestKeys(Collection<KeyRef> refs) {
        Map<KeyRef, AnswerKeyRevision> found = new HashMap<>();
        refs.stream().filter(keys::containsKey).forEach(ref -> found.put(ref, keys.get(ref)));
        return found;
    }

    @Override
    public Optional<ExamPolicy> examPolicy(String examId, int version) {
        return Optional.ofNullable(policies.get(examId + "/" + version));
    }
}
