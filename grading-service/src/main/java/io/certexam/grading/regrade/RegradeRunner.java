package io.certexam.grading.regrade;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.certexam.grading.result.ApplyRegrade;

import jakarta.annotation.PreDestroy;

/**
 * Applies proposals in the background, in bounded batches. Progress is kept per attempt in PostgreSQL and
 * each attempt records the regrade it received, so after a crash the resume job carries on where the batch
 * stopped and no attempt is regraded twice (the attempt says no to a regrade it already has).
 */
@Component
class RegradeRunner {

    private static final Logger log = LoggerFactory.getLogger(RegradeRunner.class);

    private final RegradeProposals proposals;
    private final CommandGateway commands;
    private final int batchSize;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "regrade-runner");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    RegradeRunner(RegradeProposals proposals, CommandGateway commands,
                  @Value("${certexam.grading.regrade-batch-size:500}") int batchSize) {
        this.proposals = proposals;
        this.commands = commands;
        this.batchSize = batchSize;
    }

    void runAsync(String regradeId) {
        if (running.add(regradeId)) {
            executor.submit(() -> {
                try {
                    run(regradeId);
                } catch (RuntimeException e) {
                    log.warn("Regrade {} stopped, the resume job will carry on: {}", regradeId, e.toString());
                } finally {
                    running.remove(regradeId);
                }
            });
        }
    }

    /** Proposals left APPLYING by a crash or a restart. */
    @Scheduled(fixedDelayString = "${certexam.grading.regrade-resume-interval:5s}")
    void resume() {
        proposals.applying().forEach(this::runAsync);
    }

    private void run(String regradeId) {
        RegradeProposals.Proposal proposal = proposals.find(regradeId);
        while (true) {
            List<String> batch = proposals.pendingAttempts(regradeId, batchSize);
            if (batch.isEmpty()) {
                proposals.finish(regradeId);
                return;
            }
            for (String attemptId : batch) {
                commands.sendAndWait(new ApplyRegrade(attemptId, regradeId, proposal.questionId(), proposal.version(),
                        proposal.keyRevision(), proposal.reason(), proposal.appliedBy()));
            }
            proposals.markApplied(regradeId, batch);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
