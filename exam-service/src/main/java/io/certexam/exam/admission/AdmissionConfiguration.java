package io.certexam.exam.admission;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

@Configuration
@ConditionalOnProperty(name = "certexam.exam.admission.enabled", havingValue = "true")
class AdmissionConfiguration {

    @Bean
    Admission admission(@Value("${certexam.exam.admission.limit:20}") int limit,
                        @Value("${certexam.exam.admission.queue:800}") int queue,
                        @Value("${certexam.exam.admission.wait:30s}") Duration wait, MeterRegistry meters) {
        Admission admission = new Admission(limit, queue, wait, wait);
        Gauge.builder("certexam.admission.in-flight", admission, Admission::inFlight)
                .description("API requests exam-service is working on").register(meters);
        return admission;
    }

    /**
     * After the request observation (so refusals are counted in {@code http.server.requests}) and before Spring
     * Security (so a refused request is not authenticated first).
     */
    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(Admission admission, ObjectMapper objectMapper,
                                                            @Value("${certexam.exam.admission.retry-after:5s}") Duration retryAfter,
                                                            MeterRegistry meters) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(admission, objectMapper, retryAfter, meters));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
