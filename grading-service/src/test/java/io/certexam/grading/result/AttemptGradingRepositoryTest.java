package io.certexam.grading.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.certexam.testsupport.ServiceIntegrationTest;

/** Every command loads an AttemptGrading; building it must not go through Spring's prototype bean machinery. */
@ServiceIntegrationTest
class AttemptGradingRepositoryTest {

    @Autowired
    ApplicationContext context;

    @Test
    void attemptGradingIsBuiltWithItsConstructorNotAsASpringPrototypeBean() {
        Object repository = context.getBean("attemptGradingRepository");

        assertThat(repository).isInstanceOf(EventSourcingRepository.class);
        assertThat(((EventSourcingRepository<?>) repository).getAggregateFactory())
                .isSameAs(context.getBean("attemptGradingAggregateFactory"));
    }
}
