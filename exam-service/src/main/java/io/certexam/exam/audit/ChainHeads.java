package io.certexam.exam.audit;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.exam.attempt.AttemptRegistry;

/**
 * Keeps the hash of each attempt stream's newest event, in the appending transaction (the registry's
 * subscribing group): without it, changing the last event — typically the hand-in with the final answers —
 * would leave no trace, as no later event records its hash.
 */
@Component
@ProcessingGroup(AttemptRegistry.NAME)
class ChainHeads {

    private final JdbcClient jdbc;
    private final AttemptChain chain;

    ChainHeads(JdbcClient jdbc, AttemptChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!"ExamAttempt".equals(message.getType())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO attempt_chain_head (attempt_id, sequence, hash) VALUES (?, ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash""")
                .params(message.getAggregateIdentifier(), message.getSequenceNumber(), chain.hashOf(message))
                .update();
    }

    Optional<Head> of(String attemptId) {
        return jdbc.sql("SELECT sequence, hash FROM attempt_chain_head WHERE attempt_id = ?")
                .param(attemptId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    record Head(long sequence, String hash) {
    }
}
