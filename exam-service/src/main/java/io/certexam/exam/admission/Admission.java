package io.certexam.exam.admission;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many requests exam-service works on at once, and in which order the waiting ones go. Past the machine's
 * capacity Tomcat's own queue made a submit wait behind every autosave (on a saturated exam day: submit p99 15 s).
 * With this gate at most {@code limit} requests are in flight. A routine request (a save, a flag, a read) waits
 * for its turn behind at most {@code queue} others, up to {@code routineWait}, and is otherwise refused, to be
 * sent again after Retry-After. Starts and submits are never held back by routine requests: a quarter of the
 * limit is kept for them, a freed place goes to a waiting one first, and they wait up to {@code priorityWait}.
 * Long waits beat quick refusals: a candidate's page sends its next save only when the last one is answered, so
 * waiting is back-pressure, while a refusal comes back after Retry-After. Off by default: on a saturated machine
 * it still cost acknowledged saves (docs/decisions.md D16 has the runs).
 */
final class Admission {

    enum Kind {
        /** Starting and submitting an attempt. */
        PRIORITY,
        ROUTINE
    }

    private final int limit;
    private final int routineLimit;
    private final int queue;
    private final long routineWaitNanos;
    private final long priorityWaitNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition priorityTurn = lock.newCondition();
    private final Condition routineTurn = lock.newCondition();
    private int inFlight;
    private int priorityWaiting;
    private int routineWaiting;

    Admission(int limit, int queue, Duration routineWait, Duration priorityWait) {
        if (limit < 2 || queue < 0 || routineWait.isNegative() || priorityWait.isNegative()) {
            throw new IllegalArgumentException("the admission limit must be at least 2, the queue and waits not negative");
        }
        this.limit = limit;
        this.routineLimit = limit - Math.max(1, limit / 4);
        this.queue = queue;
        this.routineWaitNanos = routineWait.toNanos();
        this.priorityWaitNanos = priorityWait.toNanos();
    }

    /**
     * Waits for a turn. Every {@code true} must be followed by one {@link #leave()}.
     *
     * @return whether the request may go ahead; {@code false} when it should be refused
     */
    boolean tryEnter(Kind kind) throws InterruptedException {
        boolean priority = kind == Kind.PRIORITY;
        int capacity = priority ? limit : routineLimit;
        lock.lock();
        try {
            if (inFlight < capacity) {
                inFlight++;
                return true;
            }
            if (!priority && routineWaiting >= queue) {
                return false;
            }
            long remaining = priority ? priorityWaitNanos : routineWaitNanos;
            Condition turn = priority ? priorityTurn : routineTurn;
            if (priority) {
                priorityWaiting++;
            } else {
                routineWaiting++;
            }
            try {
                while (inFlight >= capacity) {
                    if (remaining <= 0) {
                        return false;
                    }
                    remaining = turn.awaitNanos(remaining);
                }
                inFlight++;
                return true;
            } finally {
                if (priority) {
                    priorityWaiting--;
                } else {
                    routineWaiting--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** A request admitted by {@link #tryEnter} is done; the freed place goes to a waiting start or submit first. */
    void leave() {
        lock.lock();
        try {
            inFlight--;
            if (priorityWaiting > 0) {
                priorityTurn.signal();
            } else if (inFlight < routineLimit) {
                routineTurn.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    int waiting(Kind kind) {
        lock.lock();
        try {
            return kind == Kind.PRIORITY ? priorityWaiting : routineWaiting;
        } finally {
            lock.unlock();
        }
    }

    int routineLimit() {
        return routineLimit;
    }

    int limit() {
        return limit;
    }
}
