package io.certexam.grading.regrade;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Applies proposals in the background. It walks the pending attempts page by page and hands them out in chunks
 * (one transaction each, see {@link RegradeChunkApplier}) to a few workers, with at most {@code concurrency}
 * chunks in flight: attempts are independent aggregates, and one at a time left the machine waiting on commits.
 *
 * <p>Guarantees: each attempt records the regrade it received and refuses it a second time, so no attempt is
 * regraded twice — not by a retry, a resumed run, nor two runners racing on the same proposal (the second
 * append to the same stream fails on its sequence number, and the retry finds the regrade recorded). Progress is
 * kept per attempt in the same transaction as its regrade; a proposal left APPLYING by a crash is picked up by
 * the resume job, which carries on with the attempts still pending.
 */
@Component
class RegradeRunner {

    private static final Logger log = LoggerFactory.getLogger(RegradeRunner.class);

    private final RegradeProposals proposals;
    private final RegradeChunkApplier chunks;
    private final int pageSize;
    private final int chunkSize;
    private final int concurrency;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("regrade-runner"));
    private final ExecutorService workers;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    RegradeRunner(RegradeProposals proposals, RegradeChunkApplier chunks,
                  @Value("${certexam.grading.regrade-batch-size:500}") int pageSize,
                  @Value("${certexam.grading.regrade-chunk-size:20}") int chunkSize,
                  @Value("${certexam.grading.regrade-concurrency:4}") int concurrency) {
        if (pageSize < 1 || chunkSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("regrade batch size, chunk size and concurrency must be at least 1");
        }
        this.proposals = proposals;
        this.chunks = chunks;
        this.pageSize = pageSize;
        this.chunkSize = chunkSize;
        this.concurrency = concurrency;
        this.workers = Executors.newFixedThreadPool(concurrency, daemon("regrade-worker"));
    }

    void runAsync(String regradeId) {
        if (running.add(regradeId)) {
            runner.submit(() -> {
                try {
                    run(regradeId);
                } catch (RuntimeException e) {
                    log.warn("Regrade {} stopped, the resume job will carry on: {}", regradeId, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.remove(regradeId);
                }
            });
        }
    }

    /** Proposals left APPLYING by a crash, a restart or attempts that failed in the last pass. */
    @Scheduled(fixedDelayString = "${certexam.grading.regrade-resume-interval:5s}")
    void resume() {
        proposals.applying().forEach(this::runAsync);
    }

    /**
     * One pass over the attempts pending now; marks the proposal APPLIED when none is left.
     *
     * @return whether the proposal is APPLIED
     */
    boolean run(String regradeId) throws InterruptedException {
        RegradeProposals.Proposal proposal = proposals.find(regradeId);
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicInteger notApplied = new AtomicInteger();
        String after = "";
        try {
            while (failure.get() == null) {
                List<String> page = proposals.pendingAttempts(regradeId, after, pageSize);
                if (page.isEmpty()) {
                    break;
                }
                for (int from = 0; from < page.size() && failure.get() == null; from += chunkSize) {
                    List<String> chunk = page.subList(from, Math.min(from + chunkSize, page.size()));
                    inFlight.acquire();
                    try {
                        workers.execute(() -> {
                            try {
                                notApplied.addAndGet(chunk.size() - chunks.apply(proposal, chunk));
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            } finally {
                                inFlight.release();
                            }
                        });
                    } catch (RuntimeException rejected) {
                        inFlight.release();
                        throw rejected;
                    }
                }
                after = page.get(page.size() - 1);
            }
        } finally {
            // every chunk handed out finishes (commits or rolls back) before the pass ends
            inFlight.acquire(concurrency);
            inFlight.release(concurrency);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (notApplied.get() > 0) {
            log.warn("Regrade {}: {} attempts could not be applied in this pass; the resume job retries them",
                    regradeId, notApplied.get());
        }
        return proposals.finish(regradeId);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
