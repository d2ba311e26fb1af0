package io.certexam.loadtest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the load generator saw, one CSV line per event, written from Gatling's threads:
 * {@code acks.csv} (attemptId,itemId,clientSeq,sha256 of the body sent,outcome: ACK | REJECTED-&lt;status&gt; | INDETERMINATE),
 * {@code attempts.csv} (attemptId,candidateId,outcome: STARTED | SUBMITTED | SUBMIT-FAILED-&lt;status&gt; | NEVER-SUBMITS),
 * {@code requests.csv} (request,status or 0,response time ms or -1,epoch ms at the end).
 */
public final class RunLog implements AutoCloseable {

    private final BufferedWriter acks;
    private final BufferedWriter attempts;
    private final BufferedWriter requests;

    public RunLog(Path dir) {
        try {
            Files.createDirectories(dir);
            acks = Files.newBufferedWriter(dir.resolve("acks.csv"), StandardCharsets.UTF_8);
            attempts = Files.newBufferedWriter(dir.resolve("attempts.csv"), StandardCharsets.UTF_8);
            requests = Files.newBufferedWriter(dir.resolve("requests.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void save(String attemptId, String itemId, long clientSeq, String sha256, String outcome) {
        write(acks, attemptId + "," + itemId + "," + clientSeq + "," + sha256 + "," + outcome);
    }

    public void attempt(String attemptId, String candidateId, String outcome) {
        write(attempts, attemptId + "," + candidateId + "," + outcome);
    }

    public void request(String name, int status, long millis) {
        write(requests, name + "," + status + "," + millis + "," + System.currentTimeMillis());
    }

    private static void write(BufferedWriter w, String line) {
        synchronized (w) {
            try {
                w.write(line);
                w.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        for (BufferedWriter w : new BufferedWriter[] {acks, attempts, requests}) {
            synchronized (w) {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
