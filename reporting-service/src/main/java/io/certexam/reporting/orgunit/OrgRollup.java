package io.certexam.reporting.orgunit;

import java.math.BigDecimal;
import java.util.List;

import io.certexam.reporting.summary.GroupMean;

/**
 * Roll-ups under an org-path prefix, one per next path level ({@code chain-a/east} → its stores), and the
 * total of the prefix itself.
 */
public record OrgRollup(String prefix, String examId, Unit total, List<Unit> units) {

    /**
     * @param orgUnit       the org path of this group (attempts filed exactly at the prefix form a group of their own)
     * @param candidates    distinct candidates with a non-voided attempt
     * @param attempts      non-voided attempts
     * @param graded        of those, attempts whose current result is FINAL
     * @param certifiedNow  distinct candidates holding a certificate that is valid now
     * @param passRate      passed / graded, 4 decimals
     * @param meanScore     mean current FINAL score in points, 2 decimals
     * @param meanPercent   mean current FINAL percent, 2 decimals (comparable across exams)
     * @param tags          per tag: mean points and Σscore/Σmax
     */
    public record Unit(String orgUnit, long candidates, long attempts, long graded, long certifiedNow,
                       BigDecimal passRate, BigDecimal meanScore, BigDecimal meanPercent, List<GroupMean> tags) {
    }
}
