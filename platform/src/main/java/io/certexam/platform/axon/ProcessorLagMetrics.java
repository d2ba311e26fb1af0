package io.certexam.platform.axon;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far behind the event store each event processor of this instance is: the gauge
 * {@code certexam.processor.lag{processor=…}} ({@code certexam_processor_lag_events} on {@code /actuator/prometheus}),
 * the events stored after the least advanced segment this instance holds. On an exam day the outbox's
 * ({@code integration-publisher}) is the one to watch: answers and hand-ins that are stored but not yet on Kafka, so
 * not yet graded. Read when scraped (one {@code max(globalIndex)} query per processor); empty (NaN) while the
 * instance holds no segment of the processor or the database is away.
 * <p>
 * Registered once the application has started: Axon builds its processors with its configuration, which must not
 * be forced early from a meter binder.
 */
public class ProcessorLagMetrics implements ApplicationListener<ApplicationStartedEvent> {

    static final String NAME = "certexam.processor.lag";

    private final Supplier<EventProcessingConfiguration> processing;
    private final EventStoreHead head;
    private final Supplier<MeterRegistry> meters;

    /** @param meters the registry, or null where there is none (a service without the actuator) */
    public ProcessorLagMetrics(Supplier<EventProcessingConfiguration> processing, EventStoreHead head,
                               Supplier<MeterRegistry> meters) {
        this.processing = processing;
        this.head = head;
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        MeterRegistry registry = meters.get();
        if (registry == null) {
            return;
        }
        processing.get().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder(NAME, streaming, this::lag)
                        .tag("processor", name)
                        .baseUnit("events")
                        .description("Events stored after the least advanced segment of this processor held here")
                        .register(registry);
            }
        });
    }

    double lag(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        OptionalLong headPosition = head.position();
        if (headPosition.isEmpty()) {
            return Double.NaN;
        }
        long leastAdvanced = segments.stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1)).min().orElse(-1);
        return Math.max(0, headPosition.getAsLong() - leastAdvanced);
    }
}
