package io.certexam.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The lag gauges, on a stubbed processor and event store. */
class ProcessorLagMetricsTest {

    private final StreamingEventProcessor outbox = mock(StreamingEventProcessor.class);
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final Map<Integer, EventTrackerStatus> segments = new HashMap<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Supplier<TrackingToken> head = () -> new GlobalSequenceTrackingToken(120);

    @BeforeEach
    void setUp() {
        when(outbox.processingStatus()).thenReturn(segments);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(
                "integration-publisher", outbox, "subscribing", mock(SubscribingEventProcessor.class)));
        new ProcessorLagMetrics(() -> processing, new EventStoreHead(() -> head.get()), () -> meters)
                .onApplicationEvent(null);
    }

    @Test
    void theLagIsCountedFromTheLeastAdvancedSegmentHeldHere() {
        segment(0, 100);
        segment(1, 95);

        assertThat(lag()).isEqualTo(25);
    }

    @Test
    void aProcessorThatHasCaughtUpHasNoLag() {
        segment(0, 120);
        segment(1, 120);

        assertThat(lag()).isZero();
    }

    @Test
    void aSegmentThatHasReadNothingYetCountsTheWholeStore() {
        segment(0, -1);

        assertThat(lag()).isEqualTo(121);
    }

    @Test
    void noValueWithoutSegmentsHereOrWithoutTheDatabase() {
        assertThat(lag()).isNaN();

        segment(0, 100);
        head = () -> {
            throw new IllegalStateException("connection refused");
        };
        assertThat(lag()).isNaN();
    }

    @Test
    void onlyStreamingProcessorsHaveAGauge() {
        assertThat(meters.find(ProcessorLagMetrics.NAME).gauges()).hasSize(1)
                .allSatisfy(gauge -> assertThat(gauge.getId().getTag("processor")).isEqualTo("integration-publisher"));
    }

    @Test
    void aServiceWithoutARegistryStartsWithoutGauges() {
        assertThatCode(() -> new ProcessorLagMetrics(() -> processing, new EventStoreHead(() -> head.get()), () -> null)
                .onApplicationEvent(null)).doesNotThrowAnyException();
    }

    private double lag() {
        return meters.get(ProcessorLagMetrics.NAME).tag("processor", "integration-publisher").gauge().value();
    }

    private void segment(int id, long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(position < 0 ? OptionalLong.empty() : OptionalLong.of(position));
        segments.put(id, status);
    }
}
