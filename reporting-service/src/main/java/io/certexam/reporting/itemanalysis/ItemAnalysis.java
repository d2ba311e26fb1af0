package io.certexam.reporting.itemanalysis;

import java.util.List;

/**
 * Item analysis of one exam (DESIGN §6 shape, with a few added fields).
 *
 * @param attempts graded, non-voided attempts whose current result is FINAL
 */
record ItemAnalysis(String examId, int attempts, ItemStatistics.Reliability reliability,
                    List<ItemStatistics.ItemResult> items) {
}
