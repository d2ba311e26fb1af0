#!/usr/bin/env bash
# The load benchmark (issue 7), against an already running ./run.sh stack.
#
#   loadtest/run.sh exam-day --candidates N [--ramp S] [--save-every T] [--never-submit F] [--no-docs]
#                            [--fault kill-exam|kill-broker|pg-restart|grading-down|stall-outbox [--fault-at S]]
#   loadtest/run.sh regrade …   loadtest/run.sh rebuild …   (see loadtest/README.md)
#
# Prepares a fresh 30-item exam through bank-service, measures a raw PostgreSQL commit-rate reference (pgbench),
# runs the Gatling simulation ExamDaySimulation, prints the latency table, runs the no-loss check (which waits for
# the never-submitters' deadlines and for grading) and appends a results section to docs/benchmarks.md.
set -euo pipefail
LT="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$LT/.." && pwd)"

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ $# -ge 1 ]] || usage
what="$1"; shift
case "$what" in
  exam-day) ;;
  regrade|rebuild)
    [[ -x "$LT/$what.sh" ]] || { echo "benchmark '$what' is not here yet"; exit 2; }
    exec "$LT/$what.sh" "$@" ;;
  *) echo "unknown benchmark '$what' (exam-day, regrade, rebuild)"; usage ;;
esac

candidates=2000 ramp="" save_every=5 never_submit=0.10 docs=yes items=30 fault="" fault_at=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --candidates) candidates="$2"; shift 2 ;;
    --ramp) ramp="$2"; shift 2 ;;
    --save-every) save_every="$2"; shift 2 ;;
    --never-submit) never_submit="$2"; shift 2 ;;
    --no-docs) docs=no; shift ;;
    --fault) fault="$2"; shift 2 ;;
    --fault-at) fault_at="$2"; shift 2 ;;
    *) echo "unknown option $1"; usage ;;
  esac
done
# default ramp: the issue's 5 minutes for 10,000 candidates, scaled (at least 10 s)
[[ -n "$ramp" ]] || ramp=$(( candidates * 300 / 10000 < 10 ? 10 : candidates * 300 / 10000 ))
command_line="loadtest/run.sh exam-day --candidates $candidates --ramp $ramp --save-every $save_every --never-submit $never_submit"
if [[ -n "$fault" ]]; then
  case "$fault" in kill-exam|kill-broker|pg-restart|grading-down|stall-outbox) ;; *) echo "unknown fault '$fault'"; usage ;; esac
  [[ -n "$fault_at" ]] || fault_at=$(( ramp + 30 ))
  command_line+=" --fault $fault --fault-at $fault_at"
  pgrep -f 'io.certexam.devstack.DevStack.*--supervise' >/dev/null || [[ "$fault" == pg-restart ]] \
    || { echo "--fault $fault needs the stack started with ./run.sh --supervise"; exit 1; }
fi

for port in 8081 8082 8083 5432; do
  ss -ltn | grep -q ":$port " || { echo "nothing listens on :$port — start the stack first (./run.sh)"; exit 1; }
done
KEY="$ROOT/.devstack/jwt-key.json"
[[ -f "$KEY" ]] || { echo "no $KEY: is ./run.sh's .devstack/ here?"; exit 1; }

run_id="$(date -u +%Y%m%d%H%M%S)"
RUN="$LT/target/runs/$run_id"
mkdir -p "$RUN"
echo "run $run_id → $RUN"

echo "building the load generator…"
mvn -q -B -f "$LT/pom.xml" test-compile dependency:build-classpath -Dmdep.outputFile="$LT/target/cp.txt" -Dmdep.includeScope=runtime
CP="$LT/target/classes:$(cat "$LT/target/cp.txt")"

# The exam's time limit: long enough for every save (items plus about 20 % changes, at up to 1.5× the pause) and a minute.
limit=$(python3 -c "import math; print(max(2, math.ceil(($items * 1.2 * $save_every * 1.5 + 60) / 60)))")

# Raw PostgreSQL commit rate: one event-sized row (≈600 bytes) per transaction, 8 clients, 20 s, in a scratch database.
pg_ref="pgbench not found"
if command -v pgbench >/dev/null; then
  export PGHOST=localhost PGUSER=postgres
  psql -q -d postgres -c "drop database if exists loadtest_ref" -c "create database loadtest_ref" >/dev/null
  psql -q -d loadtest_ref -c "create table ref_event (id bigserial primary key, aggregate_id text not null, seq bigint not null, payload bytea not null, unique (aggregate_id, seq))" >/dev/null
  cat > "$RUN/pgbench-event.sql" <<'SQL'
\set agg random(1, 100000000)
insert into ref_event (aggregate_id, seq, payload) values (:agg::text, :client_id, convert_to(repeat('x', 600), 'UTF8')) on conflict do nothing;
SQL
  pgbench -n -c 8 -j 2 -T 20 -f "$RUN/pgbench-event.sql" loadtest_ref > "$RUN/pgbench.log" 2>&1 || true
  tps=$(grep -Eo 'tps = [0-9.]+' "$RUN/pgbench.log" | head -1 | awk '{print $3}')
  pg_ref="${tps:-failed} commits/s (pgbench $(pgbench --version | awk '{print $3}'), 8 clients, 20 s, one ≈600-byte row per transaction, synchronous_commit=$(psql -Atc 'show synchronous_commit' -d postgres))"
  psql -q -d postgres -c "drop database if exists loadtest_ref" >/dev/null
  echo "raw PostgreSQL reference: $pg_ref"
fi

echo "preparing a $items-item exam ($limit minutes)…"
exam_id=$(java -cp "$CP" io.certexam.loadtest.Prepare http://localhost:8081 http://localhost:8082 "$KEY" "$limit" "$items" "$run_id" | tail -1)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
others=$(pgrep -fc 'surefire|plexus-classworlds' || true)
echo "exam day: $candidates candidates over $ramp s, a save every ~$save_every s (exam $exam_id)…"
started=$(date +%s)
if [[ -n "$fault" ]]; then
  # counted from the simulation's start (it creates requests.csv), not from Maven's, which takes long on a busy machine
  ( until [[ -f "$RUN/requests.csv" ]]; do sleep 0.2; done; sleep "$fault_at"; "$LT/fault.sh" "$fault" ) > "$RUN/fault.log" 2>&1 &
  fault_pid=$!
  echo "fault $fault scheduled $fault_at s into the simulation (log: $RUN/fault.log)"
fi
set +e
mvn -B -f "$LT/pom.xml" gatling:test -DexamId="$exam_id" -Dcandidates="$candidates" -Dramp="$ramp" \
  -DsaveEvery="$save_every" -DneverSubmit="$never_submit" -DrunId="$run_id" -DkeyFile="$KEY" -DrunDir="$RUN" \
  -Dgatling.resultsFolder="$RUN/gatling" > "$RUN/gatling.log" 2>&1
gatling_rc=$?
set -e
took=$(( $(date +%s) - started ))
fault_rc=0
if [[ -n "$fault" ]]; then
  wait "$fault_pid" || fault_rc=$?
  sed 's/^/fault: /' "$RUN/fault.log"
fi
echo "simulation finished in $took s (exit $gatling_rc); Gatling's report: $(grep -Eo 'file://[^ ]*index.html' "$RUN/gatling.log" | tail -1)"
java -cp "$CP" io.certexam.loadtest.Report "$RUN/requests.csv" | tee "$RUN/latency.md"

echo "no-loss check (waits for the deadlines and for grading)…"
set +e
java -cp "$CP" io.certexam.loadtest.NoLossCheck "$RUN" $(( limit * 60 + 180 )) | tee "$RUN/check.md"
check_rc=${PIPESTATUS[0]}
set -e

saves=$(awk -F, '$1=="save"' "$RUN/requests.csv" | wc -l)
ratio=""
if [[ "${tps:-}" =~ ^[0-9.]+$ ]]; then
  mean_save_rate=$(java -cp "$CP" io.certexam.loadtest.Report "$RUN/requests.csv" | awk -F'|' '$2 == " save " {gsub(/ /,"",$10); print $10}')
  [[ "$mean_save_rate" =~ ^[0-9.]+$ ]] && ratio=$(python3 -c "print(f'{$mean_save_rate / $tps:.3f}')")
fi

if [[ "$docs" == yes ]]; then
  {
    echo
    echo "## $(date -u +%Y-%m-%d) — exam day, $candidates candidates${fault:+, fault $fault} (issue 7, run $run_id)"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(uname -sr)."
    echo "Load average before the run: $load_before; other Maven/Surefire JVMs running on the machine at the start: $others."
    echo "Stack: \`./run.sh\` (all four services, PostgreSQL and Kafka) and the Gatling JVM on the same cores."
    echo
    echo '```bash'
    echo "$command_line"
    echo '```'
    echo
    echo "Exam $exam_id: $items single-choice items, $limit minutes. Simulation: $took s (Gatling exit $gatling_rc)."
    echo "Raw PostgreSQL reference: $pg_ref."
    [[ -n "$ratio" ]] && echo "Acknowledged saves/s (mean over the save phase) ÷ raw commits/s = **$ratio** (target ≥ 0.333)."
    if [[ -n "$fault" ]]; then
      echo
      echo "Fault \`$fault\` at $fault_at s (loadtest/fault.sh, exit $fault_rc):"
      echo
      sed 's/^/    /' "$RUN/fault.log"
    fi
    echo
    cat "$RUN/latency.md"
    echo
    echo "| no-loss check | |"
    echo "|---|---|"
    cat "$RUN/check.md"
  } >> "$ROOT/docs/benchmarks.md"
  echo "appended to docs/benchmarks.md"
fi
(( fault_rc == 0 )) || { echo "the fault did not complete (exit $fault_rc): see $RUN/fault.log"; exit "$fault_rc"; }
exit "$check_rc"
