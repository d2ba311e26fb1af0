package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.certexam.exam.paper.DrawnPaper;

/**
 * An attempt as its events tell it, folded from the event store: always consistent with the aggregate,
 * and the same fold, cut at an instant, gives the audit's state "as of".
 */
final class AttemptState {

    private AttemptBegun start;
    private final Map<String, ResponseRecorded> latest = new LinkedHashMap<>();
    private Instant submittedAt;

    static AttemptState fold(List<?> events) {
        AttemptState state = new AttemptState();
        for (Object event : events) {
            if (event instanceof AttemptBegun begun) {
                state.start = begun;
            } else if (event instanceof ResponseRecorded recorded) {
                state.latest.put(recorded.itemId(), recorded);
            } else if (event instanceof AttemptHandedIn handedIn) {
                state.submittedAt = handedIn.submittedAt();
            }
        }
        if (state.start == null) {
            throw new IllegalStateException("an attempt's stream must begin with AttemptBegun");
        }
        return state;
    }

    String attemptId() {
        return start.attemptId();
    }

    String examId() {
        return start.examId();
    }

    int examVersion() {
        return start.examVersion();
    }

    String candidateId() {
        return start.candidateId();
    }

    Instant startedAt() {
        return start.startedAt();
    }

    Instant deadline() {
        return start.deadline();
    }

    DrawnPaper paper() {
        return start.paper();
    }

    Instant submittedAt() {
        return submittedAt;
    }

    AttemptStatus status() {
        return submittedAt == null ? AttemptStatus.IN_PROGRESS : AttemptStatus.SUBMITTED;
    }

    /** The latest answer of each answered item, in paper order. */
    List<ResponseRecorded> responses() {
        return paper().flattened()
                .filter(item -> latest.containsKey(item.itemId()))
                .map(item -> latest.get(item.itemId()))
                .toList();
    }
}
