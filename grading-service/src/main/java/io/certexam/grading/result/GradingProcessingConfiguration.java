package io.certexam.grading.result;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.certexam.grading.appeal.AppealProjection;
import io.certexam.grading.marking.GradingTaskProjection;
import io.certexam.grading.regrade.RegradeIndex;
import io.certexam.platform.axon.ConsistentProjections;

@Configuration
class GradingProcessingConfiguration {

    /**
     * The waits and the grading tasks change in the grading transaction itself; a failure there rolls the
     * grading back.
     */
    @Bean
    ConfigurerModule gradingWaitsInTheCommandTransaction() {
        return ConsistentProjections.of(GradingWaitProjection.GROUP, GradingTaskProjection.GROUP, RegradeIndex.GROUP,
                AppealProjection.GROUP);
    }

    /**
     * AttemptGrading takes nothing from Spring (its handlers' parameters are resolved per call), so it is built with
     * its constructor. Axon's default for an {@code @Aggregate} bean, used unless a bean of this name exists, creates
     * a Spring prototype bean on every load: 7.6 % of the regrade workers' CPU samples, paid again for every command
     * of the first grading. Not {@code GenericAggregateFactory}: it inspects the handlers with the classpath's
     * parameter resolvers, which cannot resolve the Spring beans they take.
     */
    @Bean
    AggregateFactory<AttemptGrading> attemptGradingAggregateFactory() {
        return new AggregateFactory<>() {
            @Override
            public AttemptGrading createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
                return new AttemptGrading();
            }

            @Override
            public Class<AttemptGrading> getAggregateType() {
                return AttemptGrading.class;
            }
        };
    }
}
