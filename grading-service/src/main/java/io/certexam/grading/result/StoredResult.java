package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A row of the results read model: the attempt and its current revision (none while awaiting keys). */
record StoredResult(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                    Instant submittedAt, int revision, ResultStatus status, BigDecimal score, BigDecimal maxScore,
                    BigDecimal percent, Boolean passed, List<ItemGrade> items, List<SectionGrade> sections,
                    Instant gradedAt) {
}
