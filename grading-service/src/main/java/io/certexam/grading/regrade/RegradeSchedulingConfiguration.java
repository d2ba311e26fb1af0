package io.certexam.grading.regrade;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The resume job of {@link RegradeRunner}. */
@Configuration
@EnableScheduling
class RegradeSchedulingConfiguration {
}
