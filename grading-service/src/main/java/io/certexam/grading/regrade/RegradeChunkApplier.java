package io.certexam.grading.regrade;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.certexam.grading.result.ApplyRegrade;

/**
 * Applies a regrade to a few attempts in one database transaction: one {@link ApplyRegrade} command per attempt
 * (each command's unit of work joins the transaction, as the Kafka consumers' commands join the inbox
 * transaction) and their progress rows, committed together. One commit for a chunk instead of one per attempt,
 * and no window in which an attempt is regraded but not marked, or marked but not regraded.
 */
@Component
class RegradeChunkApplier {

    private static final Logger log = LoggerFactory.getLogger(RegradeChunkApplier.class);

    private final RegradeProposals proposals;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    RegradeChunkApplier(RegradeProposals proposals, CommandGateway commands, PlatformTransactionManager transactions) {
        this.proposals = proposals;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @return how many of the attempts are applied now; the others stay pending for the resume job. A failing
     * chunk (one attempt changed concurrently by an appeal, say) is rolled back and retried one attempt per
     * transaction, so one attempt cannot hold back the others.
     */
    int apply(RegradeProposals.Proposal proposal, List<String> attemptIds) {
        try {
            applyTogether(proposal, attemptIds);
            return attemptIds.size();
        } catch (RuntimeException chunkFailure) {
            if (attemptIds.size() == 1) {
                log.warn("Regrade {} could not be applied to attempt {}, it stays pending: {}", proposal.regradeId(),
                        attemptIds.get(0), chunkFailure.toString());
                return 0;
            }
            int applied = 0;
            for (String attemptId : attemptIds) {
                applied += apply(proposal, List.of(attemptId));
            }
            return applied;
        }
    }

    private void applyTogether(RegradeProposals.Proposal proposal, List<String> attemptIds) {
        transaction.executeWithoutResult(status -> {
            for (String attemptId : attemptIds) {
                commands.sendAndWait(new ApplyRegrade(attemptId, proposal.regradeId(), proposal.questionId(),
                        proposal.version(), proposal.keyRevision(), proposal.reason(), proposal.appliedBy()));
            }
            proposals.markApplied(proposal.regradeId(), attemptIds);
        });
    }
}
