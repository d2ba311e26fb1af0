package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import io.certexam.platform.problem.RuleViolationException;
import io.certexam.platform.security.Actor;
import io.certexam.platform.security.Role;

/**
 * Across service instances, two saves to one attempt can append at the same sequence number; the loser
 * is decided again. (Within one instance Axon's per-aggregate lock already serializes them.)
 */
class AttemptControllerConflictTest {

    private static final String ATTEMPT = "6f1c1f0e-6f0a-4c7e-9d1e-2a7d3c4b5a60";
    private static final Actor CANDIDATE = new Actor("cand-1", Set.of(Role.CANDIDATE), null);
    private static final SaveResponseRequest REQUEST =
            new SaveResponseRequest(new Answer(List.of("A"), null, null), 1L);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final AttemptController controller = new AttemptController(null, commands, null, null,
            Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSaveThatLostAnAppendRaceIsDecidedAgain() {
        SaveAck ack = new SaveAck(1, Instant.parse("2025-06-01T09:00:00Z"));
        when(commands.sendAndWait(any(SaveResponse.class)))
                .thenThrow(new ConcurrencyException("sequence number taken"))
                .thenReturn(ack);

        assertThat(controller.save(ATTEMPT, "item-1", REQUEST, CANDIDATE)).isEqualTo(ack);
        verify(commands, times(2)).sendAndWait(any(SaveResponse.class));
    }

    @Test
    void retriesAreBoundedAndOtherFailuresAreNotRetried() {
        when(commands.sendAndWait(any(SaveResponse.class))).thenThrow(new ConcurrencyException("always"));
        assertThatThrownBy(() -> controller.save(ATTEMPT, "item-1", REQUEST, CANDIDATE))
                .isInstanceOf(ConcurrencyException.class);
        verify(commands, times(5)).sendAndWait(any(SaveResponse.class));

        when(commands.sendAndWait(any(SubmitAttempt.class)))
                .thenThrow(new RuleViolationException("attempt-closed", "closed"));
        assertThatThrownBy(() -> controller.submit(ATTEMPT, CANDIDATE)).isInstanceOf(RuleViolationException.class);
        verify(commands, times(1)).sendAndWait(any(SubmitAttempt.class));
    }
}
