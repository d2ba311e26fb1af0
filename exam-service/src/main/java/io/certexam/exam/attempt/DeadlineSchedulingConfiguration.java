package io.certexam.exam.attempt;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** {@code certexam.exam.deadline-scheduler.enabled=false} turns the automatic submission off (one instance only). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "certexam.exam.deadline-scheduler.enabled", matchIfMissing = true)
class DeadlineSchedulingConfiguration {
}
