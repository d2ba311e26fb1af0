package io.certexam.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started on a random port against real PostgreSQL and real Kafka. Keep the annotation
 * alone on test classes (no per-class properties) so all classes share one application context.
 * <p>
 * Metrics are exported as in the packaged service (Spring Boot's tests turn that off by default): the services'
 * {@code /actuator/prometheus} is part of what they serve.
 * <p>
 * Tagged so Maven runs these classes in their own Surefire execution, without axon-test on the classpath.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("service")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@AutoConfigureObservability(tracing = false)
public @interface ServiceIntegrationTest {
}
