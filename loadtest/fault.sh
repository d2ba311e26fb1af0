#!/usr/bin/env bash
# One fault against a running `./run.sh --supervise` stack (issue 7). The supervisor restarts what dies.
#
#   loadtest/fault.sh kill-exam       kill -9 exam-service; the supervisor starts it again
#   loadtest/fault.sh kill-broker     kill -9 the Kafka broker; the supervisor starts it again
#   loadtest/fault.sh pg-restart      PostgreSQL fast restart (pg_ctl restart -m fast)
#   loadtest/fault.sh grading-down    kill -9 grading-service and keep it down for DOWN seconds (default 60)
#   loadtest/fault.sh stall-outbox    stop exam-service's event store reader (a Java agent); its outbox watchdog
#                                     reports it broken after OUTBOX_STALL_AFTER, the supervisor restarts it (D22)
#
# Prints one line per step with a UTC timestamp, ending with how long the victim was unavailable.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="$ROOT/.devstack"
DOWN="${DOWN:-60}"

say() { echo "$(date -u +%H:%M:%S.%3N) $*"; }
pid_of() { cat "$1" 2>/dev/null || { echo "no pid file $1: is ./run.sh --supervise running here?" >&2; exit 1; }; }
healthy() { curl -fs -o /dev/null "http://localhost:$1/actuator/health"; }
# a new broker process (the supervisor rotated the dead one's log) that has finished starting; the port alone
# answers too early — it may still be the dying process's, or the new one's before it can serve
broker_restarted() { [[ "$(cat "$STATE/kafka.pid" 2>/dev/null)" != "$1" ]] \
  && grep -qs "Kafka Server started" "$STATE/logs/kafka.log"; }
await() { # what timeout-seconds command…
  local what="$1" timeout="$2"; shift 2
  local until=$(( $(date +%s) + timeout ))
  until "$@"; do
    (( $(date +%s) < until )) || { say "$what: not back within $timeout s"; exit 1; }
    sleep 0.5
  done
}
# a pid file that names another process than the given one
replaced() { local now; now=$(cat "$1" 2>/dev/null) && [[ -n "$now" && "$now" != "$2" ]]; }
supervised() { pgrep -f 'io.certexam.devstack.DevStack.*--supervise' >/dev/null \
  || { echo "the stack must run with ./run.sh --supervise, or nothing restarts what this kills" >&2; exit 1; }; }

[[ $# -eq 1 ]] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
started=$(date +%s.%N)
case "$1" in
  kill-exam)
    supervised
    pid=$(pid_of "$STATE/pids/exam-service.pid")
    say "kill -9 exam-service (pid $pid)"
    kill -9 "$pid"
    await "exam-service" 240 healthy 8082
    ;;
  kill-broker)
    supervised
    pid=$(pid_of "$STATE/kafka.pid")
    say "kill -9 Kafka broker (pid $pid)"
    kill -9 "$pid"
    await "Kafka broker" 240 broker_restarted "$pid"
    ;;
  pg-restart)
    data="$STATE/postgres"
    bin=$(dirname "$(ps -eo args= | awk -v d="$data" '$0 ~ /bin\/postgres / && index($0, d) {print $1; exit}')")
    [[ -x "$bin/pg_ctl" ]] || { echo "no PostgreSQL running on $data" >&2; exit 1; }
    as_postgres=()
    [[ $(id -u) -eq 0 ]] && as_postgres=(unshare --user --map-user=65534 --map-group=65534 --)
    say "pg_ctl restart -m fast ($data)"
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$data" restart -m fast -w -t 120 > "$STATE/logs/pg-restart.log" 2>&1
    ;;
  grading-down)
    supervised
    mkdir -p "$STATE/hold" && touch "$STATE/hold/grading-service"
    pid=$(pid_of "$STATE/pids/grading-service.pid")
    say "kill -9 grading-service (pid $pid), kept down for $DOWN s"
    kill -9 "$pid"
    sleep "$DOWN"
    rm -f "$STATE/hold/grading-service"
    say "grading-service released to the supervisor"
    await "grading-service" 240 healthy 8083
    ;;
  stall-outbox)
    supervised
    pid=$(pid_of "$STATE/pids/exam-service.pid")
    java_home=$(dirname "$(dirname "$(readlink -f "/proc/$pid/exe")")") # the service's own JDK
    agent="$ROOT/loadtest/target/stall-outbox-agent.jar"
    printf 'Agent-Class: io.certexam.loadtest.StallOutboxAgent\n' > "$ROOT/loadtest/target/stall-outbox-agent.mf"
    "$java_home/bin/jar" cfm "$agent" "$ROOT/loadtest/target/stall-outbox-agent.mf" \
      -C "$ROOT/loadtest/target/classes" io/certexam/loadtest/StallOutboxAgent.class
    say "stopping exam-service's event store reader (pid $pid)"
    "$java_home/bin/jcmd" "$pid" JVMTI.agent_load "$java_home/lib/libinstrument.so" "$agent" >/dev/null
    say "exam-service answers, its outbox stands still; waiting for its watchdog and the supervisor"
    await "exam-service restarted" 900 replaced "$STATE/pids/exam-service.pid" "$pid"
    say "exam-service reported itself broken and was restarted (pid $(cat "$STATE/pids/exam-service.pid"))"
    await "exam-service" 240 healthy 8082
    ;;
  *) echo "unknown fault '$1'"; exit 2 ;;
esac
say "$1: back after $(python3 -c "import time; print(f'{time.time() - $started:.1f}')") s"
