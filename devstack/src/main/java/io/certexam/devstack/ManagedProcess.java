package io.certexam.devstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A child process of the stack: output to a log file, pid recorded in a {@link PidFile}, stopped with SIGTERM
 * and a grace period.
 */
final class ManagedProcess {

    /**
     * Children get their own session, so Ctrl-C in the terminal reaches only the launcher, which then stops them
     * in order (services before the broker and the database they need to shut down cleanly).
     */
    private static final List<String> NEW_SESSION = findSetsid();

    private static final int LOG_TAIL_BYTES = 64 * 1024;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final PidFile pidFile;

    private ManagedProcess(String name, Process process, Path logFile, PidFile pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command} with its output in {@code logFile} and its pid in {@code pidFile}. The log of the run
     * before is kept as {@code <logFile>.previous}: after a crash and a restart, that is the log that says why.
     * Callers stop a leftover named by that pid file first (see {@link PidFile#stopLeftover}).
     */
    static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                Path logFile, Path pidFile) {
        PidFile pids = new PidFile(pidFile);
        List<String> fullCommand = new ArrayList<>(NEW_SESSION);
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".previous"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Process process = builder.start();
            pids.record(process.pid());
            return new ManagedProcess(name, process, logFile, pids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** The java executable of the running JVM, so children run on the same JDK as the launcher. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Sends SIGTERM without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Returns true if the process stopped within {@code grace}, false if it had to be killed. */
    boolean stop(Duration grace) {
        boolean graceful = !process.isAlive() || ProcessTermination.terminate(process.toHandle(), grace);
        pidFile.delete();
        return graceful;
    }

    /** The last lines of the log, for error messages. */
    String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - LOG_TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private static List<String> findSetsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate);
            }
        }
        return List.of();
    }
}
