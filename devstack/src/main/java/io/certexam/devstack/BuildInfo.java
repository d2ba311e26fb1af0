package io.certexam.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version Maven filtered into the build, so jar names follow the pom instead of a copy of it. */
final class BuildInfo {

    private static final String RESOURCE = "/devstack-build.properties";

    private BuildInfo() {
    }

    static String projectVersion() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: build devstack with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("project.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
