package io.certexam.grading.result;

import org.axonframework.config.ConfigurerModule;
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
}
