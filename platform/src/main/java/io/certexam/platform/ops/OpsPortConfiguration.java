package io.certexam.platform.ops;

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ops port ({@link OpsPort}) when {@code certexam.ops-port} ({@code OPS_PORT}) is 0 or more: 0 picks a free port
 * (tests), unset or negative leaves it out.
 */
@AutoConfiguration
@ConditionalOnClass(Tomcat.class)
@ConditionalOnExpression("${certexam.ops-port:-1} >= 0")
public class OpsPortConfiguration {

    @Bean
    OpsPort opsPort(Environment environment) {
        return new OpsPort(environment.getRequiredProperty("certexam.ops-port", Integer.class));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> opsPortConnector(OpsPort opsPort) {
        return factory -> factory.addAdditionalTomcatConnectors(opsPort.connector());
    }

    @Bean
    FilterRegistrationBean<OpsPortFilter> opsPortFilter(OpsPort opsPort, ObjectMapper objectMapper) {
        FilterRegistrationBean<OpsPortFilter> registration =
                new FilterRegistrationBean<>(new OpsPortFilter(opsPort, objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
