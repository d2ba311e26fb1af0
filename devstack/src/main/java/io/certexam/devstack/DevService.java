package io.certexam.devstack;

import java.nio.file.Path;

/** The four services the stack runs, with the ports and databases fixed by DESIGN §4. */
public enum DevService {
    BANK("bank-service", 8081, "bank"),
    EXAM("exam-service", 8082, "exam"),
    GRADING("grading-service", 8083, "grading"),
    REPORTING("reporting-service", 8084, "reporting");

    private final String moduleName;
    private final int port;
    private final String database;

    DevService(String moduleName, int port, String database) {
        this.moduleName = moduleName;
        this.port = port;
        this.database = database;
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

    /** The runnable jar spring-boot-maven-plugin repackages with the {@code exec} classifier (root pom). */
    public Path executableJar(Path projectRoot) {
        return projectRoot.resolve(moduleName).resolve("target")
                .resolve(moduleName + "-" + BuildInfo.projectVersion() + "-exec.jar");
    }
}
