package io.certexam.reporting.itemanalysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.grading.ItemScore;
import io.certexam.reporting.SqlTime;
import io.certexam.reporting.itemanalysis.ItemStatistics.Attempt;
import io.certexam.reporting.itemanalysis.ItemStatistics.ItemInfo;
import io.certexam.reporting.itemanalysis.ItemStatistics.ItemRef;
import io.certexam.reporting.itemanalysis.ItemStatistics.Observation;

/**
 * Gathers the inputs of {@link ItemStatistics} for one exam: the current FINAL result of every non-voided
 * attempt (only the latest revision counts), its final responses, the options and current keys of the
 * question versions, and the time spent per item, estimated from the ResponseSaved times: each save is
 * credited with the time since the attempt's previous save (or its start) and an item gets the sum of its
 * saves' credit.
 */
@Component
class ItemAnalysisQuery {

    private static final TypeReference<List<ItemScore>> ITEMS = new TypeReference<>() { };
    private static final TypeReference<List<String>> OPTIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ItemAnalysisQuery(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Empty when nothing is known about the exam. */
    Optional<ItemAnalysis> analyse(String examId) {
        boolean known = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM exam_version WHERE exam_id = :examId)
                            OR EXISTS (SELECT 1 FROM current_result WHERE exam_id = :examId)""")
                .param("examId", examId).query(Boolean.class).single();
        if (!known) {
            return Optional.empty();
        }
        Map<String, Map<String, List<String>>> responses = finalResponses(examId);
        Map<String, Instant> startedAt = new HashMap<>();
        Map<String, Map<String, ItemRef>> refsByItemId = new HashMap<>();
        List<Attempt> graded = jdbc.sql("""
                        SELECT c.attempt_id, r.score, r.items::text AS items, a.started_at
                        FROM current_result c
                        JOIN result_revision r ON r.attempt_id = c.attempt_id AND r.revision = c.revision
                        LEFT JOIN attempt a ON a.attempt_id = c.attempt_id
                        WHERE c.exam_id = ? AND r.status = 'FINAL' AND r.score IS NOT NULL
                          AND a.status IS DISTINCT FROM 'VOIDED'""")
                .param(examId)
                .query((row, n) -> {
                    String attemptId = row.getString("attempt_id");
                    startedAt.put(attemptId, SqlTime.instant(row, "started_at"));
                    Map<ItemRef, Observation> items = new LinkedHashMap<>();
                    Map<String, ItemRef> refs = new HashMap<>();
                    for (ItemScore item : read(row.getString("items"), ITEMS)) {
                        if (item == null || item.questionId() == null || item.score() == null) {
                            continue;
                        }
                        ItemRef ref = new ItemRef(item.questionId(), item.questionVersion() == null ? 0 : item.questionVersion());
                        items.put(ref, new Observation(item.score(), item.maxScore(), item.omitted(),
                                responses.getOrDefault(attemptId, Map.of()).get(item.itemId())));
                        refs.put(item.itemId(), ref);
                    }
                    refsByItemId.put(attemptId, refs);
                    return new Attempt(attemptId, row.getBigDecimal("score"), items);
                })
                .list();
        ItemStatistics.Analysis analysis = ItemStatistics.analyse(graded, info(examId),
                secondsSpent(examId, startedAt, refsByItemId));
        return Optional.of(new ItemAnalysis(examId, graded.size(), analysis.reliability(), analysis.items()));
    }

    private Map<String, Map<String, List<String>>> finalResponses(String examId) {
        Map<String, Map<String, List<String>>> responses = new HashMap<>();
        // the final responses as the AttemptSubmitted on the timeline carries them; an item listed twice counts once,
        // with its last response
        jdbc.sql("""
                        SELECT t.attempt_id, r.response->>'itemId' AS item_id,
                               (r.response->'response'->'optionIds')::text AS option_ids
                        FROM attempt_timeline t
                        JOIN current_result c ON c.attempt_id = t.attempt_id
                        CROSS JOIN LATERAL json_array_elements(CASE WHEN json_typeof(t.detail->'responses') = 'array'
                                                                    THEN t.detail->'responses' ELSE '[]' END)
                                           WITH ORDINALITY AS r (response, n)
                        WHERE c.exam_id = ? AND t.type = 'AttemptSubmitted' AND r.response->>'itemId' IS NOT NULL
                        ORDER BY t.attempt_id, r.n""")
                .param(examId)
                .query((row, n) -> {
                    String options = row.getString("option_ids");
                    responses.computeIfAbsent(row.getString("attempt_id"), k -> new HashMap<>())
                            .put(row.getString("item_id"), options == null ? null : read(options, OPTIONS));
                    return 1;
                })
                .list();
        return responses;
    }

    private Map<ItemRef, ItemInfo> info(String examId) {
        Map<ItemRef, List<String>> options = new HashMap<>();
        jdbc.sql("SELECT DISTINCT question_id, question_version, option_ids::text AS option_ids FROM exam_question WHERE exam_id = ?")
                .param(examId)
                .query((row, n) -> options.put(new ItemRef(row.getString("question_id"), row.getInt("question_version")),
                        read(row.getString("option_ids"), OPTIONS)))
                .list();
        Map<ItemRef, Set<String>> keys = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (k.question_id, k.version) k.question_id, k.version, k.option_ids::text AS option_ids
                        FROM answer_key k
                        WHERE (k.question_id, k.version) IN
                              (SELECT question_id, question_version FROM exam_question WHERE exam_id = ?)
                        ORDER BY k.question_id, k.version, k.key_revision DESC""")
                .param(examId)
                .query((row, n) -> keys.put(new ItemRef(row.getString("question_id"), row.getInt("version")),
                        Set.copyOf(read(row.getString("option_ids"), OPTIONS))))
                .list();
        Map<ItemRef, ItemInfo> info = new HashMap<>();
        options.forEach((ref, list) -> info.put(ref, new ItemInfo(list, keys.get(ref))));
        return info;
    }

    private Map<ItemRef, List<Long>> secondsSpent(String examId, Map<String, Instant> startedAt,
                                                  Map<String, Map<String, ItemRef>> refsByItemId) {
        Map<String, Map<String, Duration>> spent = new LinkedHashMap<>();
        Map<String, Instant> previous = new HashMap<>(startedAt);
        jdbc.sql("""
                        SELECT t.attempt_id, t.item_id, t.occurred_at FROM attempt_timeline t
                        JOIN current_result c ON c.attempt_id = t.attempt_id
                        WHERE c.exam_id = ? AND t.type = 'ResponseSaved' AND t.item_id IS NOT NULL
                        ORDER BY t.attempt_id, t.occurred_at, t.kafka_offset""")
                .param(examId)
                .query((row, n) -> {
                    String attemptId = row.getString("attempt_id");
                    Instant savedAt = SqlTime.instant(row, "occurred_at");
                    Instant before = previous.get(attemptId);
                    if (before != null && !savedAt.isBefore(before)) {
                        spent.computeIfAbsent(attemptId, k -> new LinkedHashMap<>())
                                .merge(row.getString("item_id"), Duration.between(before, savedAt), Duration::plus);
                    }
                    previous.put(attemptId, savedAt);
                    return 1;
                })
                .list();
        Map<ItemRef, List<Long>> seconds = new HashMap<>();
        spent.forEach((attemptId, byItem) -> byItem.forEach((itemId, duration) -> {
            ItemRef ref = refsByItemId.getOrDefault(attemptId, Map.of()).get(itemId);
            if (ref != null) {
                seconds.computeIfAbsent(ref, k -> new ArrayList<>())
                        .add(BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(1000), 0,
                                java.math.RoundingMode.HALF_UP).longValue());
            }
        }));
        return seconds;
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stored json", e);
        }
    }
}
