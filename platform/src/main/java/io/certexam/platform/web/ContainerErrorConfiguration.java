package io.certexam.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Installs {@link ProblemErrorReportValve} on Tomcat's host. It is added after any error report valve
 * Spring Boot adds, so it reports first, and it is named as the host's error report valve class so
 * Tomcat does not add its HTML one.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration")
@ConditionalOnClass(StandardHost.class)
public class ContainerErrorConfiguration {

    /** Errors that reach Spring but no controller (the security firewall, {@code sendError}). */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }


    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonContainerErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }
}
