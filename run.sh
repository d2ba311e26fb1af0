#!/usr/bin/env bash
# The local stack: embedded PostgreSQL, a KRaft Kafka broker, the dev token issuer and the four services.
# State lives in .devstack/ (delete it for a clean slate). ./run.sh --demo also loads a demo bank and exam.
set -euo pipefail
cd "$(dirname "$0")"

services=(bank-service exam-service grading-service reporting-service)

needs_build() {
  [[ -d devstack/target/classes && -d devstack/target/lib ]] || return 0
  local service jars
  for service in "${services[@]}"; do
    jars=("$service"/target/"$service"-*-exec.jar)
    [[ -e "${jars[0]}" ]] || return 0
  done
  return 1
}

if needs_build; then
  echo "Building the project once (./mvnw -DskipTests package); later runs start at once."
  ./mvnw -q -DskipTests package
fi

# exam-service keeps a connection per candidate (EXAM_MAX_CONNECTIONS, 16,384 by default): raise the soft
# file-descriptor limit to the hard one, which the services inherit.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

exec java -cp "devstack/target/classes:devstack/target/lib/*" io.certexam.devstack.DevStack "$@"
