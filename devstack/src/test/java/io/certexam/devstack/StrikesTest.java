package io.certexam.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StrikesTest {

    /** Equal by name, like a service and its restarted self. */
    private record Service(String name) {
    }

    private final Strikes<Service> strikes = new Strikes<>(3);
    private final Service exam = new Service("exam");
    private final Service grading = new Service("grading");

    @Test
    void aThingIsOutOnlyAfterFailingTheLimitInARow() {
        Set<Service> failing = Set.of(exam);

        assertThat(strikes.check(List.of(exam, grading), failing::contains)).isEmpty();
        assertThat(strikes.check(List.of(exam, grading), failing::contains)).isEmpty();
        assertThat(strikes.check(List.of(exam, grading), failing::contains)).containsExactly(exam);
    }

    @Test
    void oneGoodCheckStartsTheCountAgain() {
        strikes.check(List.of(exam), e -> true);
        strikes.check(List.of(exam), e -> true);
        strikes.check(List.of(exam), e -> false);

        assertThat(strikes.check(List.of(exam), e -> true)).isEmpty();
        assertThat(strikes.check(List.of(exam), e -> true)).isEmpty();
        assertThat(strikes.check(List.of(exam), e -> true)).containsExactly(exam);
    }

    @Test
    void aRestartedThingStartsWithNoStrikesEvenIfEqualToTheOldOne() {
        strikes.check(List.of(exam), e -> true);
        strikes.check(List.of(exam), e -> true);
        Service restarted = new Service("exam");

        assertThat(strikes.check(List.of(restarted), e -> true)).isEmpty();
        assertThat(strikes.check(List.of(restarted), e -> true)).isEmpty();
        assertThat(strikes.check(List.of(restarted), e -> true)).containsExactly(restarted);
    }
}
