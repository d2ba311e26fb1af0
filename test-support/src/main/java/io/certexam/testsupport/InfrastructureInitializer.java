package io.certexam.testsupport;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import io.certexam.embedded.postgres.EmbeddedPostgres;

/**
 * Points a service under test at the shared infrastructure: its own database (named by the service's
 * {@code certexam.database}) in the shared PostgreSQL, the shared broker and the test token issuer.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = context.getEnvironment().getRequiredProperty("certexam.database");
        EmbeddedPostgres postgres = TestInfrastructure.postgres();
        postgres.createDatabaseIfMissing(database);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("certexamTestInfrastructure", Map.of(
                "spring.datasource.url", postgres.jdbcUrl(database),
                "spring.datasource.username", EmbeddedPostgres.SUPERUSER,
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", TestInfrastructure.bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestInfrastructure.tokens().jwksUri(),
                "certexam.kafka.retry-interval", "100ms",
                "certexam.ops-port", "0")));
        context.getBeanFactory().addBeanPostProcessor(new QuickProducerClose());
    }

    /**
     * At the end of a test JVM the shared broker's shutdown hook may stop it before Spring's closes the
     * context; a producer then waits its whole close timeout (30 s) for a broker that is gone. In tests there
     * is nothing left worth waiting for.
     */
    private static final class QuickProducerClose implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DefaultKafkaProducerFactory<?, ?> factory) {
                factory.setPhysicalCloseTimeout(1);
            }
            return bean;
        }
    }
}
