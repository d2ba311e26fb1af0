package io.certexam.exam.attempt;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.certexam.exam.accommodation.AccommodationRegister;
import io.certexam.platform.axon.ConsistentProjections;

@Configuration
class AttemptProcessingConfiguration {

    /**
     * The registers run in the command's transaction and their failures fail the command: that is what makes
     * a concurrent second start fail on the unique index, and what lets a start see a grant made just before.
     */
    @Bean
    ConfigurerModule attemptRegistryInCommandTransaction() {
        return ConsistentProjections.of(AttemptRegistry.NAME, AccommodationRegister.NAME);
    }

    /**
     * Autosave makes streams long; a snapshot every {@code threshold} events bounds what a save has to
     * replay (docs/benchmarks.md has the measurement behind the default).
     */
    @Bean
    SnapshotTriggerDefinition attemptSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${certexam.exam.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * A candidate saves into the same attempt every few seconds, so attempts in use stay in memory instead of being
     * replayed from the event store on every save (replaying was 40 % of exam-service's CPU on exam day, see
     * docs/benchmarks.md). Bounded by {@code ATTEMPT_CACHE_SIZE}: the attempts saved into most recently.
     * <p>
     * The cache never decides what is stored. Axon drops an attempt from it when a command's unit of work rolls
     * back. An attempt cached by this instance while another instance appended to it is stale: its next append
     * claims a sequence number that exists, fails with a {@code ConcurrencyException}, is dropped, and the
     * controller decides the request again on a fresh load. The one thing a stale attempt can do is refuse a save
     * once against a deadline another instance has just extended; route requests by attempt id, or set
     * {@code ATTEMPT_CACHE=false}, when that matters.
     */
    @Bean
    Cache attemptCache(@Value("${certexam.exam.attempt-cache:true}") boolean enabled,
                       @Value("${certexam.exam.attempt-cache-size:10000}") int size) {
        return enabled ? new RecentAttemptsCache(size) : NoCache.INSTANCE;
    }
}
