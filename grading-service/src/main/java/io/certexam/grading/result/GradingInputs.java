package io.certexam.grading.result;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.KeyRef;

/** The reference data grading reads at the moment it grades (injected into the aggregate's handlers). */
public interface GradingInputs {

    /** The latest known revision of each key; keys not received yet are absent. */
    Map<KeyRef, AnswerKeyRevision> latestKeys(Collection<KeyRef> refs);

    Optional<ExamPolicy> examPolicy(String examId, int version);

    /** One particular revision of a key, as a regrade names it. */
    Optional<AnswerKeyRevision> key(KeyRef ref, int keyRevision);

    /** Single marking unless an administrator asked for double marking on the exam. */
    MarkingPolicy markingPolicy(String examId);
}
