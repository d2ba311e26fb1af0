package io.certexam.exam.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.certexam.exam.admission.Admission.Kind;

class AdmissionTest {

    private static final Duration LONG = Duration.ofMinutes(1);

    private final ExecutorService waiters = Executors.newCachedThreadPool();

    @AfterEach
    void stopWaiters() {
        waiters.shutdownNow();
    }

    @Test
    void routineRequestsLeaveAQuarterOfTheLimitToStartsAndSubmits() throws Exception {
        Admission admission = new Admission(8, 0, Duration.ZERO, Duration.ZERO);

        for (int i = 0; i < 6; i++) {
            assertThat(admission.tryEnter(Kind.ROUTINE)).as("routine request %d", i + 1).isTrue();
        }
        assertThat(admission.tryEnter(Kind.ROUTINE)).as("the seventh routine request").isFalse();
        assertThat(admission.tryEnter(Kind.PRIORITY)).isTrue();
        assertThat(admission.tryEnter(Kind.PRIORITY)).isTrue();
        assertThat(admission.tryEnter(Kind.PRIORITY)).as("past the limit").isFalse();
        assertThat(admission.inFlight()).isEqualTo(8);

        admission.leave();
        admission.leave();
        admission.leave();
        assertThat(admission.tryEnter(Kind.ROUTINE)).as("below the routine share again").isTrue();
    }

    @Test
    void aWaitingRoutineRequestGoesAheadWhenAPlaceIsFree() throws Exception {
        Admission admission = new Admission(4, 10, LONG, LONG);
        fill(admission, Kind.ROUTINE, admission.routineLimit());

        Future<Boolean> waiting = waiters.submit(() -> admission.tryEnter(Kind.ROUTINE));
        await().atMost(Duration.ofSeconds(10)).until(() -> admission.waiting(Kind.ROUTINE) == 1);
        assertThat(waiting).isNotDone();

        admission.leave();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(admission.inFlight()).isEqualTo(admission.routineLimit());
    }

    @Test
    void aFreedPlaceGoesToAWaitingSubmitBeforeAWaitingSave() throws Exception {
        Admission admission = new Admission(4, 10, LONG, LONG);
        fill(admission, Kind.PRIORITY, admission.limit());

        Future<Boolean> save = waiters.submit(() -> admission.tryEnter(Kind.ROUTINE));
        Future<Boolean> submit = waiters.submit(() -> admission.tryEnter(Kind.PRIORITY));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admission.waiting(Kind.ROUTINE) == 1 && admission.waiting(Kind.PRIORITY) == 1);

        admission.leave();
        assertThat(submit.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(admission.inFlight()).isEqualTo(admission.limit());
        assertThat(admission.waiting(Kind.ROUTINE)).as("the save still waits: the service is full").isEqualTo(1);

        admission.leave();
        admission.leave();
        assertThat(save.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRoutineRequestBeyondTheQueueIsRefusedAtOnce() throws Exception {
        Admission admission = new Admission(4, 1, LONG, LONG);
        fill(admission, Kind.ROUTINE, admission.routineLimit());
        waiters.submit(() -> admission.tryEnter(Kind.ROUTINE));
        await().atMost(Duration.ofSeconds(10)).until(() -> admission.waiting(Kind.ROUTINE) == 1);

        assertThat(admission.tryEnter(Kind.ROUTINE)).isFalse();
    }

    @Test
    void aRequestThatWaitsInVainIsRefused() throws Exception {
        Admission admission = new Admission(2, 10, Duration.ofMillis(1), Duration.ofMillis(1));
        fill(admission, Kind.PRIORITY, 2);

        assertThat(admission.tryEnter(Kind.ROUTINE)).isFalse();
        assertThat(admission.tryEnter(Kind.PRIORITY)).isFalse();
        assertThat(admission.waiting(Kind.ROUTINE) + admission.waiting(Kind.PRIORITY)).isZero();
        assertThat(admission.inFlight()).isEqualTo(2);
    }

    @Test
    void refusesASettingThatCouldNotAdmitAnything() {
        assertThatThrownBy(() -> new Admission(1, 10, LONG, LONG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Admission(4, -1, LONG, LONG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Admission(4, 1, Duration.ofSeconds(-1), LONG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void fill(Admission admission, Kind kind, int places) throws InterruptedException {
        for (int i = 0; i < places; i++) {
            assertThat(admission.tryEnter(kind)).isTrue();
        }
    }
}
