package io.certexam.exam;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ExamServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExamServiceApplication.class, args);
    }

    /** The server's time is authoritative for starts, saves and deadlines; tests put a movable clock first. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
