package io.certexam.bank;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.certexam.bank.exam.ExamProjection;
import io.certexam.bank.question.QuestionProjection;
import io.certexam.platform.axon.ConsistentProjections;

/**
 * The read models run in the command's transaction: a GET right after a POST sees the write, and exam
 * publishing reads an up-to-date question read model.
 */
@Configuration
class BankProcessingConfiguration {

    @Bean
    ConfigurerModule consistentReadModels() {
        return ConsistentProjections.of(QuestionProjection.GROUP, ExamProjection.GROUP);
    }
}
