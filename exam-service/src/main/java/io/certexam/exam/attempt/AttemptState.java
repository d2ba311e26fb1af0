package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.certexam.exam.paper.DrawnPaper;

/**
 * An attempt as its events tell it, folded from the event store: always consistent with the aggregate,
 * and the same fold, cut at an instant, gives the audit's state "as of".
 */
final class AttemptState {

    private AttemptBegun start;
    private Instant deadline;
    private final Map<String, ResponseRecorded> latest = new LinkedHashMap<>();
    private final Set<String> flagged = new LinkedHashSet<>();
    private String currentItem;
    private AttemptHandedIn handedIn;
    private AttemptNullified voided;

    static AttemptState fold(List<?> events) {
        AttemptState state = new AttemptState();
        for (Object event : events) {
            state.apply(event);
        }
        if (state.start == null) {
            throw new IllegalStateException("an attempt's stream must begin with AttemptBegun");
        }
        return state;
    }

    private void apply(Object event) {
        if (event instanceof AttemptBegun begun) {
            start = begun;
            deadline = begun.deadline();
        } else if (event instanceof ResponseRecorded recorded) {
            latest.put(recorded.itemId(), recorded);
        } else if (event instanceof ItemFlagChanged flag) {
            if (flag.flagged()) {
                flagged.add(flag.itemId());
            } else {
                flagged.remove(flag.itemId());
            }
        } else if (event instanceof ItemOpened opened) {
            currentItem = opened.itemId();
        } else if (event instanceof DeadlineExtended extended) {
            deadline = extended.newDeadline();
        } else if (event instanceof AttemptHandedIn in) {
            handedIn = in;
        } else if (event instanceof AttemptNullified nullified) {
            voided = nullified;
        }
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

    /** Including the accommodation and every extension so far. */
    Instant deadline() {
        return deadline;
    }

    int accommodationMinutes() {
        return start.accommodationMinutes();
    }

    DrawnPaper paper() {
        return start.paper();
    }

    Instant submittedAt() {
        return handedIn == null ? null : handedIn.submittedAt();
    }

    boolean autoSubmitted() {
        return handedIn != null && handedIn.auto();
    }

    AttemptNullified voided() {
        return voided;
    }

    AttemptStatus status() {
        if (voided != null) {
            return AttemptStatus.VOIDED;
        }
        return handedIn == null ? AttemptStatus.IN_PROGRESS : AttemptStatus.SUBMITTED;
    }

    Set<String> flagged() {
        return flagged;
    }

    String currentItem() {
        return currentItem;
    }

    /** The latest answer of each answered item, in paper order. */
    List<ResponseRecorded> responses() {
        return paper().flattened()
                .filter(item -> latest.containsKey(item.itemId()))
                .map(item -> latest.get(item.itemId()))
                .toList();
    }
}
