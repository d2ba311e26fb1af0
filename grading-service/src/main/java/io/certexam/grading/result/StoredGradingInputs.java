package io.certexam.grading.result;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.certexam.grading.exam.ExamPolicies;
import io.certexam.grading.marking.MarkingPolicies;
import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.AnswerKeys;
import io.certexam.grading.key.KeyRef;

@Component
class StoredGradingInputs implements GradingInputs {

    private final AnswerKeys answerKeys;
    private final ExamPolicies examPolicies;
    private final MarkingPolicies markingPolicies;

    StoredGradingInputs(AnswerKeys answerKeys, ExamPolicies examPolicies, MarkingPolicies markingPolicies) {
        this.answerKeys = answerKeys;
        this.examPolicies = examPolicies;
        this.markingPolicies = markingPolicies;
    }

    @Override
    public Optional<AnswerKeyRevision> key(KeyRef ref, int keyRevision) {
        return answerKeys.revision(ref, keyRevision);
    }

    @Override
    public MarkingPolicy markingPolicy(String examId) {
        return markingPolicies.of(examId);
    }

    @Override
    public Map<KeyRef, AnswerKeyRevision> latestKeys(Collection<KeyRef> refs) {
        return answerKeys.latest(refs);
    }

    @Override
    public Optional<ExamPolicy> examPolicy(String examId, int version) {
        return examPolicies.find(examId, version);
    }
}
