package io.certexam.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers the shared problem+json advice before Spring MVC's own, which then backs off. */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
public class ProblemConfiguration {

    @Bean
    ProblemHandling problemHandling() {
        return new ProblemHandling();
    }
}
