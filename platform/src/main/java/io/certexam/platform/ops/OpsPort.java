package io.certexam.platform.ops;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/**
 * A second Tomcat connector, with threads of its own, for health probes and metrics scrapes. On saturated cores every
 * request thread of the main port is busy with candidates, and an {@code /actuator} request queued behind them missed
 * Prometheus's 10 s scrape timeout for minutes: a false page, and a liveness probe that times out gets a working
 * service restarted mid-sitting (docs/benchmarks.md, run 20261205162951). Serves only {@code /actuator/**}
 * ({@link OpsPortFilter}); the main port keeps serving it too (DESIGN §4).
 */
public class OpsPort {

    /** Probes and scrapes are short and few: a handful of threads, never queued behind the API. */
    static final int THREADS = 4;
    static final int MAX_CONNECTIONS = 64;

    private final Connector connector;
    /** Read from Tomcat once bound: asking the connector reads its server socket's address under a lock, and the
     *  filter asks on every request of the main port. */
    private volatile int boundPort = -1;

    OpsPort(int port) {
        connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(port);
        if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
            protocol.setMaxThreads(THREADS);
            protocol.setMinSpareThreads(1);
            protocol.setMaxConnections(MAX_CONNECTIONS);
        }
    }

    Connector connector() {
        return connector;
    }

    /** The port it listens on once the web server has started (the configured one, or the one picked for 0). */
    public int localPort() {
        int port = boundPort;
        if (port < 0) {
            port = connector.getLocalPort();
            boundPort = port;
        }
        return port;
    }
}
