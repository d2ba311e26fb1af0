package io.certexam.grading;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class GradingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GradingServiceApplication.class, args);
    }

    /** Claims expire and appeals close by the server's time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
