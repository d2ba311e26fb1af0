package io.certexam.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every expected value below is worked out by hand in the comment next to it. */
class ExamStatisticsTest {

    @Test
    void oddCountOfScores() {
        // 90 55 100 70 85 sorted: 55 70 85 90 100; sum 400 -> mean 80; median is the 3rd value, 85.
        // deviations -25 -10 5 10 20 -> squares 625 100 25 100 400 = 1250; /5 = 250; sqrt(250) = 15.8113... -> 15.81
        ExamStatistics statistics = ExamStatistics.of(scores("90", "55", "100", "70", "85"));

        assertThat(statistics.mean()).isEqualTo(new BigDecimal("80.00"));
        assertThat(statistics.median()).isEqualTo(new BigDecimal("85.00"));
        assertThat(statistics.stdDev()).isEqualTo(new BigDecimal("15.81"));
        assertThat(statistics.min()).isEqualTo(new BigDecimal("55.00"));
        assertThat(statistics.max()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void evenCountOfScoresTakesTheMeanOfTheMiddleTwo() {
        // 85 55 90 70 sorted: 55 70 85 90; sum 300 -> mean 75; median (70 + 85) / 2 = 77.5.
        // deviations -20 -5 10 15 -> squares 400 25 100 225 = 750; /4 = 187.5; sqrt(187.5) = 13.6930... -> 13.69
        ExamStatistics statistics = ExamStatistics.of(scores("85", "55", "90", "70"));

        assertThat(statistics.mean()).isEqualTo(new BigDecimal("75.00"));
        assertThat(statistics.median()).isEqualTo(new BigDecimal("77.50"));
        assertThat(statistics.stdDev()).isEqualTo(new BigDecimal("13.69"));
        assertThat(statistics.min()).isEqualTo(new BigDecimal("55.00"));
        assertThat(statistics.max()).isEqualTo(new BigDecimal("90.00"));
    }

    @Test
    void populationNotSampleStandardDeviation() {
        // 2 4 4 4 5 5 7 9: mean 40/8 = 5; squares 9 1 1 1 0 0 4 16 = 32; population 32/8 = 4 -> 2.00
        // (the sample deviation would be sqrt(32/7) = 2.14)
        ExamStatistics statistics = ExamStatistics.of(scores("2", "4", "4", "4", "5", "5", "7", "9"));

        assertThat(statistics.stdDev()).isEqualTo(new BigDecimal("2.00"));
        assertThat(statistics.median()).isEqualTo(new BigDecimal("4.50"));
    }

    @Test
    void fractionalPointsStayExact() {
        // 7.5 8.25 9: sum 24.75 -> mean 8.25; median 8.25; squares 0.5625 0 0.5625 = 1.125; /3 = 0.375;
        // sqrt(0.375) = 0.6123... -> 0.61
        ExamStatistics statistics = ExamStatistics.of(scores("7.5", "8.25", "9"));

        assertThat(statistics.mean()).isEqualTo(new BigDecimal("8.25"));
        assertThat(statistics.median()).isEqualTo(new BigDecimal("8.25"));
        assertThat(statistics.stdDev()).isEqualTo(new BigDecimal("0.61"));
        assertThat(statistics.min()).isEqualTo(new BigDecimal("7.50"));
        assertThat(statistics.max()).isEqualTo(new BigDecimal("9.00"));
    }

    @Test
    void roundsHalfUpOnlyAtTheEnd() {
        // 10 10 11: mean 31/3 = 10.333... -> 10.33. 1.125 1.125: mean 1.125 -> 1.13 (half up, not half even).
        assertThat(ExamStatistics.of(scores("10", "10", "11")).mean()).isEqualTo(new BigDecimal("10.33"));
        assertThat(ExamStatistics.of(scores("1.125", "1.125")).mean()).isEqualTo(new BigDecimal("1.13"));
    }

    @Test
    void singleScoreHasNoSpread() {
        ExamStatistics statistics = ExamStatistics.of(scores("42"));

        assertThat(statistics).isEqualTo(new ExamStatistics(new BigDecimal("42.00"), new BigDecimal("42.00"),
                new BigDecimal("0.00"), new BigDecimal("42.00"), new BigDecimal("42.00")));
    }

    @Test
    void noScoresNoStatistics() {
        assertThat(ExamStatistics.of(List.of())).isEqualTo(new ExamStatistics(null, null, null, null, null));
    }

    @Test
    void rateIsAFractionWithFourDecimals() {
        assertThat(ExamStatistics.rate(3, 4)).isEqualTo(new BigDecimal("0.7500"));
        assertThat(ExamStatistics.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(ExamStatistics.rate(0, 5)).isEqualTo(new BigDecimal("0.0000"));
        assertThat(ExamStatistics.rate(5, 5)).isEqualTo(new BigDecimal("1.0000"));
        assertThat(ExamStatistics.rate(0, 0)).isNull();
    }

    @Test
    void averageDurationInWholeSeconds() {
        // 30 min + 40 min = 4200 s / 2 = 2100 s; 1 s + 2 s = 1.5 s -> 2 s (half up)
        assertThat(ExamStatistics.averageSeconds(List.of(Duration.ofMinutes(30), Duration.ofMinutes(40)))).isEqualTo(2100L);
        assertThat(ExamStatistics.averageSeconds(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)))).isEqualTo(2L);
        assertThat(ExamStatistics.averageSeconds(List.of())).isNull();
    }

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
