package io.certexam.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * What a benchmark harness (test sources run by loadtest/*.sh, not by {@code ./mvnw verify}) reports: its lines,
 * printed and appended to a file in {@code target/} for the script to pick up, and with {@code -Dbench.jfr=DIR} a
 * JFR recording (settings "profile") per phase.
 */
public final class BenchmarkRecord {

    private final Path file;
    private final List<String> lines = new ArrayList<>();

    /** @param fileName in the module's {@code target/} */
    public BenchmarkRecord(String fileName) {
        this.file = Path.of("target", fileName);
    }

    public void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        lines.add(text);
    }

    public void save() throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * A started recording written to DIR/phase.jfr, or null without {@code -Dbench.jfr}. Run the JVM with a
     * recording from its start as well ({@code -XX:StartFlightRecording:settings=profile,maxage=2m} in
     * {@code -Dbench.jvm.args}): the first recording started mid-run invalidates compiled code, and the phase
     * would profile the JIT's warm-up instead of the work.
     */
    public static Recording profile(String phase) throws IOException, ParseException {
        String dir = System.getProperty("bench.jfr");
        if (dir == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        Files.createDirectories(Path.of(dir));
        recording.setDestination(Path.of(dir, phase + ".jfr"));
        recording.start();
        return recording;
    }

    public static void stop(Recording recording) {
        if (recording != null) {
            recording.stop();
            recording.close();
        }
    }
}
