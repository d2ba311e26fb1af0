package io.certexam.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

import io.certexam.platform.axon.EventStoreHead;

/**
 * Declares the service broken (liveness DOWN, {@code /actuator/health/liveness} answers 503) when its outbox has
 * stopped: events are waiting to be published, and for {@code stallAfter} the outbox has neither moved nor tried to
 * publish anything. That happened once: an OutOfMemoryError killed the event store's reader thread, the outbox
 * waited for ever and results went missing until exam-service was restarted (D21). Only a restart brings such a
 * thread back, so the orchestrator is asked for one (D22).
 * <p>
 * A broker that is down is not a stall and must never restart the service mid-exam: the outbox then keeps trying
 * (every try passes {@link #interceptor()}), and its failing segments are in error or released between tries.
 */
public class OutboxWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWatchdog.class);

    private final Supplier<Optional<StreamingEventProcessor>> outbox;
    private final EventStoreHead head;
    private final ApplicationEventPublisher events;
    private final Duration stallAfter;
    private final Duration checkEvery;
    private final Clock clock;

    private volatile boolean triedSinceLastCheck;
    private Instant lastActivity;
    private long lastPosition = -1;
    private boolean broken;
    private ScheduledExecutorService scheduler;

    /**
     * @param outbox the outbox processor, if this service has one
     * @param head   the event store's head (the processor's supplier and the head read lazily: both come from Axon's
     *               configuration, which itself needs {@link #interceptor()})
     */
    public OutboxWatchdog(Supplier<Optional<StreamingEventProcessor>> outbox, EventStoreHead head,
                          ApplicationEventPublisher events, Duration stallAfter, Duration checkEvery, Clock clock) {
        this.outbox = outbox;
        this.head = head;
        this.events = events;
        this.stallAfter = stallAfter;
        this.checkEvery = checkEvery;
        this.clock = clock;
        this.lastActivity = clock.instant();
    }

    /** Registered on the outbox processor: notes that it is handling (publishing, or trying to) an event. */
    public MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            triedSinceLastCheck = true;
            return chain.proceed();
        };
    }

    /** One look at the outbox; scheduled every {@code checkEvery}. */
    synchronized void check() {
        Instant now = clock.instant();
        boolean tried = triedSinceLastCheck;
        triedSinceLastCheck = false;
        Optional<Long> behind = positionWhileBehind();
        if (behind.isEmpty() || behind.get() != lastPosition || tried) {
            lastActivity = now;
            lastPosition = behind.orElse(-1L);
            if (broken) {
                broken = false;
                log.warn("The outbox ({}) is moving again", OutboxProcessor.NAME);
                AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
            }
            return;
        }
        if (!broken && !Duration.between(lastActivity, now).minus(stallAfter).isNegative()) {
            broken = true;
            log.error("The outbox ({}) has stood at event {} with later events to publish, and tried nothing, since {}: "
                    + "its event stream is dead. Reporting the service as broken (liveness DOWN) so it is restarted.",
                    OutboxProcessor.NAME, lastPosition, lastActivity);
            AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
        }
    }

    /**
     * The position of the outbox's most advanced segment in this instance, when the event store has later events.
     * Empty when there is nothing to judge or the outbox is busy: caught up, not running here, holding no segment,
     * a segment in error (retrying a failed publication), or the store's head unknown (database down).
     */
    private Optional<Long> positionWhileBehind() {
        Optional<StreamingEventProcessor> processor = outbox.get();
        if (processor.isEmpty() || !processor.get().isRunning()) {
            return Optional.empty();
        }
        Collection<EventTrackerStatus> segments = processor.get().processingStatus().values();
        if (segments.isEmpty() || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return Optional.empty();
        }
        long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1)).max().orElse(-1);
        OptionalLong headPosition = head.position();
        return headPosition.isPresent() && position < headPosition.getAsLong() ? Optional.of(position) : Optional.empty();
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkSafely, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Could not check the outbox: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
