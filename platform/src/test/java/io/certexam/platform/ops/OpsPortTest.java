package io.certexam.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web server whose main port has a single request thread, held by a slow API request, as on saturated cores where
 * every thread is busy with candidates: the ops port still answers.
 */
@SpringBootTest(classes = OpsPortTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"certexam.ops-port=0", "server.tomcat.threads.max=1", "server.tomcat.threads.min-spare=1"})
class OpsPortTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int mainPort;

    @Autowired
    OpsPort opsPort;

    @AfterEach
    void releaseTheSlowRequest() {
        Endpoints.release.countDown();
    }

    @Test
    void theOpsPortAnswersWhileTheMainPortsOnlyThreadIsBusy() throws Exception {
        Endpoints.release = new CountDownLatch(1);
        Endpoints.entered = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> slow = HTTP.sendAsync(get(mainPort, "/api/slow"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Endpoints.entered.await(10, TimeUnit.SECONDS)).as("the slow request holds the main port's thread").isTrue();

        HttpResponse<String> probe = HTTP.send(get(opsPort.localPort(), "/actuator/probe"), HttpResponse.BodyHandlers.ofString());

        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(probe.body()).isEqualTo("up");
        assertThat(slow).isNotDone();
        Endpoints.release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("done");
    }

    @Test
    void theOpsPortServesNothingButTheActuator() throws Exception {
        for (String path : new String[] {"/api/slow", "/actuatorish", "/"}) {
            HttpResponse<String> response = HTTP.send(get(opsPort.localPort(), path), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"code\":\"not-found\"", "the ops port serves /actuator only");
        }
    }

    @Test
    void theMainPortStillServesTheActuatorToo() throws Exception {
        HttpResponse<String> response = HTTP.send(get(mainPort, "/actuator/probe"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(opsPort.localPort()).isPositive().isNotEqualTo(mainPort);
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build();
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            OpsPortConfiguration.class})
    @Import(Endpoints.class)
    static class App {
    }

    @RestController
    static class Endpoints {

        static volatile CountDownLatch entered = new CountDownLatch(1);
        static volatile CountDownLatch release = new CountDownLatch(1);

        @GetMapping("/api/slow")
        String slow() throws InterruptedException {
            entered.countDown();
            release.await(30, TimeUnit.SECONDS);
            return "done";
        }

        @GetMapping("/actuator/probe")
        String probe() {
            return "up";
        }
    }
}
