package io.certexam.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.grading.ItemScore;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.contracts.grading.SectionScore;

/** What an integrator with a plain Jackson mapper sees: ISO times, exact decimals, no stray fields. */
class JsonRoundTripTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void resultPublishedRoundTripsWithExactDecimals() throws Exception {
        ResultPublished result = new ResultPublished(ResultPublished.SCHEMA_VERSION, "att-1", "exam-1", 2, "cand-1",
                "chain-a/east/store-042", 1, "FINAL", new BigDecimal("7.67"), new BigDecimal("10.00"),
                new BigDecimal("76.70"), true,
                List.of(new ItemScore("q1", "q1", 1, 0, new BigDecimal("2.00"), new BigDecimal("3.00"), false, List.of())),
                List.of(new SectionScore("Theory", new BigDecimal("7.67"), new BigDecimal("10.00"))), List.of(),
                "initial grading", null, Instant.parse("2026-11-23T09:30:00Z"), Instant.parse("2026-11-23T09:30:02Z"));

        String json = mapper.writeValueAsString(result);
        JsonNode tree = mapper.readTree(json);

        assertThat(tree.has("subject")).isFalse();
        assertThat(tree.get("submittedAt").asText()).isEqualTo("2026-11-23T09:30:00Z");
        assertThat(tree.get("score").decimalValue()).isEqualByComparingTo("7.67");
        assertThat(mapper.readValue(json, ResultPublished.class)).isEqualTo(result);
    }
}
