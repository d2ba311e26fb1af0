package io.certexam.bank;

import java.util.List;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.certexam.bank.exam.ExamProjection;
import io.certexam.bank.question.QuestionProjection;

/**
 * The read models are subscribing processors: they run in the command's transaction, so a GET right after
 * a POST sees the write, and exam publishing reads an up-to-date question read model. A failing projection
 * fails the command (and rolls back its events) instead of silently diverging.
 */
@Configuration
class BankProcessingConfiguration {

    static final List<String> READ_MODELS = List.of(QuestionProjection.GROUP, ExamProjection.GROUP);

    @Bean
    ConfigurerModule subscribingReadModels() {
        return configurer -> READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(group)
                .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance()));
    }
}
