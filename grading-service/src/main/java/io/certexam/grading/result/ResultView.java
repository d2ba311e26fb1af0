package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/results/{attemptId}}. {@code candidateId} and {@code orgPath} are left out entirely
 * for graders, who grade blind.
 */
record ResultView(String attemptId, String examId, int examVersion, ResultStatus status, int revision,
                  BigDecimal score, BigDecimal maxScore, BigDecimal percent, Boolean passed, List<ItemView> items,
                  List<SectionGrade> sections, Instant submittedAt, Instant gradedAt,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String candidateId,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String orgPath) {

    static ResultView of(StoredResult result, boolean withIdentity) {
        return new ResultView(result.attemptId(), result.examId(), result.examVersion(), result.status(),
                result.revision(), result.score(), result.maxScore(), result.percent(), result.passed(),
                ItemView.of(result.items()), result.sections(), result.submittedAt(), result.gradedAt(),
                withIdentity ? result.candidateId() : null, withIdentity ? result.orgPath() : null);
    }

    /** {@code keyRevision} names the answer-key revision the score was computed with. */
    record ItemView(String itemId, String questionId, int questionVersion, Integer keyRevision, BigDecimal score,
                    BigDecimal maxScore, boolean omitted,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<ItemView> children) {

        static List<ItemView> of(List<ItemGrade> items) {
            if (items == null) {
                return null;
            }
            return items.stream().map(item -> new ItemView(item.itemId(), item.questionId(), item.questionVersion(),
                    item.keyRevision(), item.score(), item.maxScore(), item.omitted(), of(item.children()))).toList();
        }
    }
}
