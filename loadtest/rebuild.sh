#!/usr/bin/env bash
# The reporting rebuild benchmark (issue 7), against an already running ./run.sh stack.
#
#   loadtest/run.sh rebuild [--events N] [--no-docs]
#
# With --events N, first writes about N synthetic but valid integration events straight onto the topics (the fast
# path, io.certexam.reporting.rebuild.SyntheticExamDay from reporting-service's test classes: one exam, then per
# attempt AttemptStarted, 30 ResponseSaved, AttemptSubmitted and ResultPublished, then ExamRetired) and waits until
# every consumer group has caught up. Then POST /api/admin/rebuild on reporting-service (:8084), polls the GET
# every 0.5 s until caughtUp, prints the records re-read and events/s, and appends a section to docs/benchmarks.md.
set -euo pipefail
LT="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$LT/.." && pwd)"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
events=0 docs=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || usage; events="$2"; shift 2 ;;
    --no-docs) docs=no; shift ;;
    -h|--help) usage ;;
    *) echo "unknown option $1"; usage ;;
  esac
done
command_line="loadtest/run.sh rebuild"
[[ $events -gt 0 ]] && command_line+=" --events $events"
[[ $docs == no ]] && command_line+=" --no-docs"

REPORTING="http://localhost:${REPORTING_PORT:-8084}"
BOOTSTRAP="localhost:${DEVSTACK_KAFKA_PORT:-9092}"
for port in "${REPORTING_PORT:-8084}" "${DEVSTACK_KAFKA_PORT:-9092}" "${DEVSTACK_PG_PORT:-5432}"; do
  ss -ltn | grep -q ":$port " || { echo "nothing listens on :$port — start the stack first (./run.sh)"; exit 1; }
done
TOKENS="$ROOT/.devstack/tokens.env"
[[ -f "$TOKENS" ]] || { echo "no $TOKENS: is ./run.sh's .devstack/ here?"; exit 1; }
# shellcheck disable=SC1090
source "$TOKENS"
[[ -n "${ADMIN_TOKEN:-}" ]] || { echo "$TOKENS has no ADMIN_TOKEN"; exit 1; }

run_id="$(date -u +%Y%m%d%H%M%S)"
RUN="$LT/target/runs/rebuild-$run_id"
mkdir -p "$RUN"
echo "run $run_id → $RUN"

# The Kafka tools live in reporting-service's test classes; build them (offline, into reporting-service/target).
echo "building the event tools (reporting-service test classes)…"
"$ROOT/mvnw" -B -q -o -f "$ROOT/pom.xml" -pl reporting-service test-compile dependency:build-classpath \
  -Dmdep.outputFile="$RUN/cp.txt" -Dmdep.includeScope=test > "$RUN/build.log" 2>&1 \
  || { cat "$RUN/build.log"; echo "build failed (needs the project's modules installed: ./mvnw -o install -DskipTests)"; exit 1; }
CP="$ROOT/reporting-service/target/test-classes:$ROOT/reporting-service/target/classes:$(cat "$RUN/cp.txt")"
tool() { java -cp "$CP" "io.certexam.reporting.rebuild.$1" "${@:2}"; }

generated="none"
if [[ $events -gt 0 ]]; then
  echo "writing about $events synthetic events onto the topics, then waiting for every consumer group…"
  tool SyntheticExamDay "$BOOTSTRAP" "$events" await-consumers | tee "$RUN/generate.log"
  generated="$(grep -Eo '^sent [0-9]+' "$RUN/generate.log" | awk '{print $2}') events ($(grep -Eo 'in [0-9.]+ s' "$RUN/generate.log" | head -1 | cut -c4-))"
fi

records=$(tool ConsumedRecords "$BOOTSTRAP")
echo "reporting's topics hold $records records; rebuilding…"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
others=$(pgrep -fc 'surefire|plexus-classworlds' || true)

get() { curl -sf "$REPORTING/api/admin/rebuild" -H "Authorization: Bearer $ADMIN_TOKEN"; }
started_ns=$(date +%s%N)
curl -sf -X POST "$REPORTING/api/admin/rebuild" -H "Authorization: Bearer $ADMIN_TOKEN" > "$RUN/started.json" \
  || { echo "POST /api/admin/rebuild failed"; exit 1; }
: > "$RUN/progress.log"
while true; do
  sleep 0.5
  progress="$(get || echo '{}')"
  elapsed_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
  echo "$elapsed_ms $progress" >> "$RUN/progress.log"
  [[ "$(jq -r '.caughtUp // false' <<< "$progress")" == true ]] && break
  (( elapsed_ms % 5000 < 500 )) && echo "  $(( elapsed_ms / 1000 )) s: $(jq -r '.lag // "?"' <<< "$progress") behind"
  (( elapsed_ms > 3600000 )) && { echo "not caught up after an hour"; exit 1; }
done
seconds=$(awk "BEGIN {printf \"%.1f\", $elapsed_ms / 1000}")
rate=$(awk "BEGIN {printf \"%.0f\", $records * 1000 / $elapsed_ms}")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
applied=$(PGHOST=localhost PGPORT="${DEVSTACK_PG_PORT:-5432}" PGUSER=postgres psql -Atq -d reporting \
  -c "select (select count(*) from processed_event where consumer like 'reporting.%')
             + (select count(*) from attempt_timeline)" 2>/dev/null || echo "?")
timeline_rows=$(PGHOST=localhost PGPORT="${DEVSTACK_PG_PORT:-5432}" PGUSER=postgres psql -Atq -d reporting \
  -c "select count(*) from attempt_timeline" 2>/dev/null || echo "?")

table="| what | result |
|---|---|
| synthetic events written first | $generated |
| records on reporting's topics (bank.exams, bank.answer-keys, exam.attempts, grading.results) | $records |
| events applied after the rebuild (audit timeline rows of the attempt and result consumers + processed_event rows of the others) | $applied |
| audit timeline rows after the rebuild | $timeline_rows |
| rebuild request → caughtUp (GET polled every 0.5 s) | $seconds s |
| **events/s** (records ÷ time) | **$rate** |"
echo
echo "$table"

if [[ $docs == yes ]]; then
  {
    echo
    echo "## $(date -u +%Y-%m-%d) — reporting rebuild (issue 7, run $run_id)"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1), Linux $(uname -r)."
    echo "Load average before / after: $load_before / $load_after; other Maven/Surefire JVMs at the start: $others."
    echo "Stack: \`./run.sh\` (all four services, PostgreSQL and Kafka on the same cores)."
    echo
    echo '```bash'
    echo "$command_line"
    echo '```'
    echo
    echo "$table"
  } >> "$ROOT/docs/benchmarks.md"
  echo "appended to docs/benchmarks.md"
fi
