package io.certexam.exam.attempt;

import java.time.Clock;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits open attempts whose deadline (and grace) has passed. Durable because it keeps nothing in memory:
 * each run asks PostgreSQL which attempts are due, so a restart, a crash or a second instance changes only
 * who sends the command, and the attempt itself decides whether it is due (an extension may have moved its
 * deadline) and closes at most once. Attempts that fell due while the service was down are closed at their
 * deadline on the first run after start-up.
 */
@Component
class DeadlineScheduler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

    private final AttemptRegistry registry;
    private final CommandGateway commands;
    private final Clock clock;
    private final int batchSize;

    DeadlineScheduler(AttemptRegistry registry, CommandGateway commands, Clock clock,
                      @Value("${certexam.exam.deadline-batch-size:200}") int batchSize) {
        this.registry = registry;
        this.commands = commands;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${certexam.exam.deadline-poll-interval:1s}")
    void submitDueAttempts() {
        List<String> due;
        do {
            due = registry.dueAt(clock.instant(), batchSize);
            int closed = 0;
            for (String attemptId : due) {
                if (submit(attemptId)) {
                    closed++;
                }
            }
            if (closed == 0) {
                return; // nothing closable now (e.g. only conflicts): try again on the next run
            }
        } while (due.size() == batchSize);
    }

    private boolean submit(String attemptId) {
        try {
            return Boolean.TRUE.equals(commands.sendAndWait(new SubmitAtDeadline(attemptId, clock.instant())));
        } catch (RuntimeException e) {
            // a save racing the deadline, or the database briefly away: the attempt stays due for the next run
            log.warn("Automatic submission of attempt {} failed, will retry: {}", attemptId, e.toString());
            return false;
        }
    }
}
