#!/usr/bin/env bash
# The regrade benchmark (issue 7): N graded attempts sharing one item, one key correction, preview and apply.
#
#   loadtest/run.sh regrade [--attempts N] [--jfr DIR] [--pgstat] [--pgexplain MS] [--no-docs]
#
# Runs grading-service's RegradeBenchmark harness (grading-service/src/test/…/regrade/RegradeBenchmark.java, not part
# of ./mvnw verify): one grading-service in-process on its own durable PostgreSQL and an embedded KRaft broker. The
# attempts arrive as AttemptStarted + AttemptSubmitted on exam.attempts.v1 — the documented fast path: exam-service's
# REST sitting is skipped, everything from the topic on is the real path — and are graded by the real consumer; then
# the key of the item on every paper is corrected on bank.answer-keys.v1, the proposal is previewed and applied over
# REST. Prints and appends to docs/benchmarks.md: time to grade, to the preview, to APPLIED and until every revised
# result is on grading.results.v1. Needs no running stack (and does not disturb one).
set -euo pipefail
LT="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$LT/.." && pwd)"
attempts=100000 jfr="" pgstat=false pgexplain="" docs=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
    --attempts) attempts="$2"; shift 2 ;;
    --jfr) jfr="$2"; shift 2 ;;
    --pgstat) pgstat=true; shift ;;
    --pgexplain) pgexplain="$2"; shift 2 ;;
    --no-docs) docs=no; shift ;;
    *) sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
command_line="loadtest/run.sh regrade --attempts $attempts${jfr:+ --jfr $jfr}$([[ $pgstat == true ]] && echo ' --pgstat' || true)${pgexplain:+ --pgexplain $pgexplain}"
report="$ROOT/grading-service/target/regrade-benchmark.txt"
rm -f "$report"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cd "$ROOT"
# With --jfr, a recording also runs from the JVM's start: starting the first one mid-run invalidates compiled code
# and the phase's profile shows the JIT's warm-up again (docs/benchmarks.md, rebuild 2026-12-02).
jvm_args=""
[[ -n "$jfr" ]] && jvm_args="-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording:settings=profile,maxage=2m"
./mvnw -B -q -pl grading-service -am test -Dtest=RegradeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.attempts="$attempts" -Dbench.pgstat="$pgstat" ${pgexplain:+-Dbench.pgexplain="$pgexplain"} ${jfr:+-Dbench.jfr="$(realpath -m "$jfr")"} \
  ${jvm_args:+"-Dbench.jvm.args=$jvm_args"} -DtrimStackTrace=false
cat "$report"
if [[ "$docs" == yes ]]; then
  {
    echo
    echo "## $(date -u +%Y-%m-%d) — regrade, $attempts attempts (issue 7)"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(uname -sr)."
    echo "Load average before the run: $load_before."
    echo
    echo '```bash'
    echo "$command_line"
    echo '```'
    echo
    sed 's/^/    /' "$report"
  } >> "$ROOT/docs/benchmarks.md"
  echo "appended to docs/benchmarks.md"
fi
