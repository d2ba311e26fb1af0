package io.certexam.exam;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.certexam.testsupport.InfrastructureInitializer;

/** An exam-service of its own on a free port and the test JVM's database, for tests of restarts and of instances. */
public final class ExamServiceInstance {

    private ExamServiceInstance() {
    }

    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ExamServiceApplication.class)
                .initializers(new InfrastructureInitializer())
                .run("--server.port=0");
    }

    public static Api api(ConfigurableApplicationContext instance) {
        String port = instance.getEnvironment().getRequiredProperty("local.server.port");
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }
}
