package io.certexam.exam.attempt;

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
}
