package io.certexam.exam.accommodation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/**
 * A candidate's extra time on one exam (DESIGN §4: deadline = start + limit + accommodation), granted by a
 * proctor or an administrator before the attempt starts. Its stream is the record of who granted what, and why.
 */
@Aggregate
public class Accommodation {

    static final int MAX_PERCENT = 200;
    static final int MAX_MINUTES = 600;
    static final int MAX_REASON_LENGTH = 1000;

    @AggregateIdentifier
    private String accommodationId;

    protected Accommodation() {
        // for event sourcing
    }

    /** One stream per exam and candidate. */
    public static String idOf(String examId, String candidateId) {
        return "accommodation:" + examId + ":" + candidateId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(GrantAccommodation command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.extraPercent() < 0 || command.extraPercent() > MAX_PERCENT) {
            problems.add(new FieldProblem("extraPercent", "must be between 0 and " + MAX_PERCENT));
        }
        if (command.extraMinutes() < 0 || command.extraMinutes() > MAX_MINUTES) {
            problems.add(new FieldProblem("extraMinutes", "must be between 0 and " + MAX_MINUTES));
        }
        if (command.reason() == null || command.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "a reason is required"));
        } else if (command.reason().length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "at most " + MAX_REASON_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the accommodation is not valid", problems);
        }
        apply(new AccommodationGranted(command.accommodationId(), command.examId(), command.candidateId(),
                command.extraPercent(), command.extraMinutes(), command.reason().strip(), command.grantedBy(),
                command.requestedAt()));
    }

    @EventSourcingHandler
    void on(AccommodationGranted event) {
        accommodationId = event.accommodationId();
    }
}
