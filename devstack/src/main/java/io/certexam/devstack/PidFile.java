package io.certexam.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the pid of a child process, because children outlive a {@code kill -9} of the stack and would
 * keep holding their ports (or answer health checks in place of the new process) on the next start.
 */
final class PidFile {

    private static final Logger log = LoggerFactory.getLogger(PidFile.class);

    private final Path path;

    PidFile(Path path) {
        this.path = path;
    }

    /**
     * Stops the process this file names if it is still alive and its command line contains {@code signature};
     * the signature check keeps us from killing an unrelated process that was given the same pid later.
     */
    void stopLeftover(String name, String signature, Duration grace) {
        Optional<ProcessHandle> leftover = recordedPid()
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().map(line -> line.contains(signature)).orElse(false));
        leftover.ifPresent(handle -> {
            log.warn("Stopping {} (pid {}) left over from an earlier run", name, handle.pid());
            ProcessTermination.terminate(handle, grace);
        });
        delete();
    }

    void record(long pid) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("cannot delete {}", path, e);
        }
    }

    private Optional<Long> recordedPid() {
        try {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(path).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
