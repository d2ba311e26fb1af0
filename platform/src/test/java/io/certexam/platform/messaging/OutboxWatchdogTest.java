package io.certexam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;

import io.certexam.platform.axon.EventStoreHead;

/**
 * When the watchdog declares the service broken. The outbox processor and the event store are stubbed; the stall
 * itself, on a real service, is in bank-service's OutboxStallTest.
 */
class OutboxWatchdogTest {

    private static final Duration STALL_AFTER = Duration.ofMinutes(5);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(15);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final StreamingEventProcessor outbox = mock(StreamingEventProcessor.class);
    private final StreamableMessageSource<?> eventStore = mock(StreamableMessageSource.class);
    private final Map<Integer, EventTrackerStatus> segments = new HashMap<>();
    private final List<LivenessState> published = new ArrayList<>();
    private OutboxWatchdog watchdog;

    @BeforeEach
    void setUp() {
        when(outbox.isRunning()).thenReturn(true);
        when(outbox.processingStatus()).thenReturn(segments);
        watchdog = new OutboxWatchdog(() -> Optional.of(outbox), new EventStoreHead(eventStore::createHeadToken),
                event -> published.add((LivenessState) ((AvailabilityChangeEvent<?>) event).getState()),
                STALL_AFTER, CHECK_EVERY, clock);
    }

    @Test
    void anOutboxStandingBehindTheHeadWithoutTryingAnythingIsReportedBrokenOnceAfterTheStallTime() {
        head(120);
        segment(0, 100);
        segment(1, 95);

        watchFor(STALL_AFTER.minus(CHECK_EVERY));
        assertThat(published).isEmpty();

        watchFor(Duration.ofMinutes(2));
        assertThat(published).containsExactly(LivenessState.BROKEN);
    }

    @Test
    void anOutboxThatKeepsTryingToPublishIsNotStalledEvenIfItDoesNotMove() throws Exception {
        head(120);
        segment(0, 100);

        for (int i = 0; i < 40; i++) {
            clock.advance(CHECK_EVERY);
            if (i % 8 == 0) {
                tryToPublish();
            }
            watchdog.check();
        }

        assertThat(published).isEmpty();
    }

    @Test
    void anOutboxThatMovesSlowlyIsNotStalled() {
        head(10_000);
        for (int i = 0; i < 40; i++) {
            segment(0, 100 + i / 10);
            clock.advance(CHECK_EVERY);
            watchdog.check();
        }

        assertThat(published).isEmpty();
    }

    @Test
    void aSegmentInErrorMeansRetryingAFailedPublicationNotAStall() {
        head(120);
        segment(0, 100);
        EventTrackerStatus failing = status(100);
        when(failing.isErrorState()).thenReturn(true);
        segments.put(1, failing);

        watchFor(Duration.ofMinutes(10));

        assertThat(published).isEmpty();
    }

    @Test
    void nothingIsJudgedWithoutASegmentHereOrWithoutTheHead() {
        head(120);
        watchFor(Duration.ofMinutes(10));

        segment(0, 100);
        when(eventStore.createHeadToken()).thenThrow(new IllegalStateException("database down"));
        watchFor(Duration.ofMinutes(10));

        assertThat(published).isEmpty();
    }

    @Test
    void aCaughtUpOutboxIsNeverStalled() {
        head(120);
        segment(0, 120);
        segment(1, 118);

        watchFor(Duration.ofMinutes(10));

        assertThat(published).isEmpty();
    }

    @Test
    void aBrokenOutboxThatMovesAgainIsReportedCorrect() {
        head(120);
        segment(0, 100);
        watchFor(STALL_AFTER.plus(CHECK_EVERY));
        assertThat(published).containsExactly(LivenessState.BROKEN);

        segment(0, 110);
        watchFor(CHECK_EVERY);

        assertThat(published).containsExactly(LivenessState.BROKEN, LivenessState.CORRECT);
    }

    private void watchFor(Duration duration) {
        for (Duration watched = Duration.ZERO; watched.compareTo(duration) < 0; watched = watched.plus(CHECK_EVERY)) {
            clock.advance(CHECK_EVERY);
            watchdog.check();
        }
    }

    private void tryToPublish() throws Exception {
        InterceptorChain chain = mock(InterceptorChain.class);
        watchdog.interceptor().handle(null, chain);
    }

    private void head(long index) {
        when(eventStore.createHeadToken()).thenReturn(new GlobalSequenceTrackingToken(index));
    }

    private void segment(int id, long position) {
        segments.put(id, status(position));
    }

    private static EventTrackerStatus status(long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        return status;
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
