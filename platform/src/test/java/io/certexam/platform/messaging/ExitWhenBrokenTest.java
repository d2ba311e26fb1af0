package io.certexam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.GenericApplicationContext;

/** Which availability changes end the JVM, delivered by a real Spring context (the listener's generic type matters). */
class ExitWhenBrokenTest {

    private final List<Integer> exits = new ArrayList<>();
    private final GenericApplicationContext context = new GenericApplicationContext();

    @BeforeEach
    void setUp() {
        context.registerBean(ExitWhenBroken.class, () -> new ExitWhenBroken(exits::add, Runnable::run));
        context.refresh();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void brokenLivenessExitsOnceWithAFailureStatus() {
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);

        assertThat(exits).containsExactly(ExitWhenBroken.STATUS);
        assertThat(ExitWhenBroken.STATUS).isNotZero();
    }

    @Test
    void readinessChangesAndCorrectLivenessDoNotExit() {
        AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        assertThat(exits).isEmpty();
    }
}
