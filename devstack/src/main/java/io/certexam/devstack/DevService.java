package io.certexam.devstack;

import java.nio.file.Path;

/** The four services the stack runs, with the ports and databases fixed by DESIGN §4. */
public enum DevService {
    BANK("bank-service", 8081, "bank", "512m"),
    // holds the attempts in use (ATTEMPT_CACHE_SIZE: up to 10,000, about 300 MB live) and a connection per candidate:
    // 512 MB ran out on a 10,000-candidate day, 1 GB at its deadline once (docs/benchmarks.md, 2026-12-05)
    EXAM("exam-service", 8082, "exam", "2g"),
    GRADING("grading-service", 8083, "grading", "512m"),
    REPORTING("reporting-service", 8084, "reporting", "512m");

    private final String moduleName;
    private final int port;
    private final String database;
    private final String maxHeap;

    DevService(String moduleName, int port, String database, String maxHeap) {
        this.moduleName = moduleName;
        this.port = port;
        this.database = database;
        this.maxHeap = maxHeap;
    }

    /** The JVM's -Xmx. */
    public String maxHeap() {
        return maxHeap;
    }

    /** The Maven module, the compose service and the log file are all named this. */
    public String moduleName() {
        return moduleName;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The ops port (OPS_PORT: /actuator on threads of its own): the service's port plus 1,000. */
    public int opsPort() {
        return port + 1000;
    }

    public String opsUrl() {
        return "http://localhost:" + opsPort();
    }

    /** The runnable jar spring-boot-maven-plugin repackages with the {@code exec} classifier (root pom). */
    public Path executableJar(Path projectRoot) {
        return projectRoot.resolve(moduleName).resolve("target")
                .resolve(moduleName + "-" + BuildInfo.projectVersion() + "-exec.jar");
    }
}
