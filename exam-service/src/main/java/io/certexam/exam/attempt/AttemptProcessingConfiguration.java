package io.certexam.exam.attempt;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.certexam.platform.axon.ConsistentProjections;

@Configuration
class AttemptProcessingConfiguration {

    /**
     * The registry runs in the command's transaction and its failures fail the command: that is what makes
     * a concurrent second start fail on the unique index.
     */
    @Bean
    ConfigurerModule attemptRegistryInCommandTransaction() {
        return ConsistentProjections.of(AttemptRegistry.NAME);
    }
}
