#!/usr/bin/env bash
# Checks GradFlow's image with podman, from the repository root:  docker/test-container.sh
#
# 1. H2: builds the image, runs it as docker/compose.yaml's gradflow service does (GRADFLOW_DATABASE
#    =auto, no PostgreSQL on its network, the data volume), waits until healthy, and checks: not
#    root; health UP; GradFlow's meters on /actuator/prometheus; /actuator/env closed; a run trains
#    through the REST API and is saved; after a restart the saved experiment is still there (the
#    volume), through the API and its page /x/{slug}; without an instructor token class mode is off.
# 2. PostgreSQL: docker/compose.yaml with podman-compose, services `postgres` and `gradflow` named
#    explicitly (podman-compose 1.0.3 knows no profiles); GRADFLOW_DATABASE=auto finds PostgreSQL;
#    a saved experiment survives a restart of gradflow, and its row is in PostgreSQL; the instructor
#    token exported in the shell reaches the server (class mode on), and a class survives the restart.
#
# Prints PASS/FAIL lines and the measurements (build time, time to healthy, memory), and exits 1 if
# anything failed. Without podman or podman-compose it says so and exits 0.
# Containers and the test's volumes are removed at the start and at the end, so every run begins
# from empty volumes; images stay, so a rerun builds from cache. GRADFLOW_TEST_PORT (18080) is the
# host port used; GRADFLOW_TEST_KEEP=1 leaves the PostgreSQL variant running at the end.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

if ! command -v podman >/dev/null || ! command -v podman-compose >/dev/null; then
  echo "SKIP: docker/test-container.sh needs podman and podman-compose (on Debian: apt-get install podman podman-compose)"
  exit 0
fi

export BUILDAH_ISOLATION=${BUILDAH_ISOLATION:-chroot}
# The docker image format keeps the images' HEALTHCHECK (the OCI format has none).
export BUILDAH_FORMAT=docker
port=${GRADFLOW_TEST_PORT:-18080}
base=http://127.0.0.1:$port
h2=gradflow-test-h2
project=gradflow-test
compose=(podman-compose -p "$project" -f docker/compose.yaml)
pg_app=${project}_gradflow_1
pg_db=${project}_postgres_1
failures=0
work=$(mktemp -d)

pass() { echo "PASS: $*"; }
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
note() { echo "      $*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

cleanup() {
  podman rm -f -v -t 5 "$h2" "$pg_app" "$pg_db" >/dev/null 2>&1
  podman network rm -f "$h2" "${project}_default" >/dev/null 2>&1
  podman volume rm -f gradflow-test-data "${project}_gradflow-data" "${project}_gradflow-postgres" >/dev/null 2>&1
}
finish() {
  if [[ ${GRADFLOW_TEST_KEEP:-} != 1 ]]; then cleanup; fi
  rm -rf "$work"
}
trap finish EXIT

# Waits until the container's own health check passes (podman runs no health checks by itself
# without systemd, so this runs them); fails when the container exits or after $2 seconds.
wait_healthy() {
  local container=$1 limit=${2:-180} start
  start=$(now)
  while true; do
    if podman healthcheck run "$container" >/dev/null 2>&1; then
      return 0
    fi
    if [[ $(podman inspect -f '{{.State.Running}}' "$container" 2>/dev/null) != true ]]; then
      echo "      $container is not running; its last log lines:"
      podman logs --tail 30 "$container" 2>&1 | sed 's/^/      | /'
      return 1
    fi
    if awk -v a="$start" -v b="$(now)" -v l="$limit" 'BEGIN { exit !(b - a > l) }'; then
      echo "      $container is not healthy after $limit s; its last log lines:"
      podman logs --tail 30 "$container" 2>&1 | sed 's/^/      | /'
      return 1
    fi
    sleep 0.5
  done
}

# curl that prints the status code, with the body in $work/body.
http() {
  curl -s -o "$work/body" -w '%{http_code}' "$@"
}

# Runs a podman command; its stderr (podman without systemd complains about health-check timers on
# every start) is shown only when the command fails.
quiet() {
  if ! "$@" >/dev/null 2>"$work/stderr"; then
    echo "      '$*' failed:"
    sed 's/^/      | /' "$work/stderr"
    return 1
  fi
}

json() { python3 -c "import json,sys; d=json.load(open('$work/body')); print($1)"; }

rss_of() {
  local pid
  pid=$(podman inspect -f '{{.State.Pid}}' "$1")
  awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$pid/status"
}

# A small run: trains in about a second.
spec='{"task": {"kind": "adding", "length": 20}, "layers": [{"cell": "lstm", "hidden": 16}],
       "training": {"steps": 300, "batchSize": 16}, "probeEvery": 20, "seed": 7}'

# Trains the spec through the REST API and saves the run; sets $slug (empty on failure).
train_and_save() {
  local label=$1 code id status
  slug=
  code=$(http -X POST "$base/api/runs" -H 'Content-Type: application/json' -d "$spec")
  if [[ $code != 201 ]]; then
    fail "$label: POST /api/runs answered $code: $(head -c 300 "$work/body")"
    return
  fi
  id=$(json 'd["id"]')
  for _ in $(seq 1 240); do
    http "$base/api/runs/$id" >/dev/null
    status=$(json 'd["status"]')
    [[ $status == finished || $status == diverged || $status == failed || $status == cancelled ]] && break
    sleep 0.5
  done
  if [[ $status == finished ]]; then
    pass "$label: run $id trained through the REST API to step $(json 'd["step"]') (baseline $(json 'round(d["baseline"], 3)'), last loss $(json 'round(d["lossCurve"][-1]["loss"], 3)' 2>/dev/null))"
  else
    fail "$label: run $id ended $status"
    return
  fi
  code=$(http -X POST "$base/api/experiments?runId=$id")
  if [[ $code == 201 ]]; then
    slug=$(json 'd["slug"]')
    pass "$label: saved the run as experiment $slug"
  else
    fail "$label: POST /api/experiments?runId=$id answered $code: $(head -c 300 "$work/body")"
  fi
}

# The saved experiment answers through the API (with its recorded results) and its page.
check_saved() {
  local label=$1 code page
  code=$(http "$base/api/experiments/$slug")
  if [[ $code == 200 ]] && [[ $(json '"yes" if d.get("results") else "no"') == yes ]]; then
    pass "$label: GET /api/experiments/$slug is 200, with its recorded run"
  else
    fail "$label: GET /api/experiments/$slug answered $code: $(head -c 300 "$work/body")"
  fi
  page=$(http "$base/x/$slug")
  if [[ $page == 200 ]]; then pass "$label: /x/$slug is 200"; else fail "$label: /x/$slug answered $page"; fi
}

# podman stop with the image's grace period; reports how long the JVM took to shut down.
restart() {
  local container=$1 label=$2 start code
  start=$(now)
  quiet podman stop -t 40 "$container"
  note "$label: stopped in $(since "$start") s (exit code $(podman inspect -f '{{.State.ExitCode}}' "$container"))"
  start=$(now)
  quiet podman start "$container"
  if wait_healthy "$container" 180; then
    pass "$label: healthy again $(since "$start") s after the restart"
  else
    fail "$label: not healthy after the restart"
  fi
}

cleanup
# A network's own certificate authorities (docker/build-ca/README.md): what this machine trusts.
shopt -s nullglob
extra_cas=(/usr/local/share/ca-certificates/*.crt)
if ((${#extra_cas[@]})); then
  cp "${extra_cas[@]}" docker/build-ca/
  note "build: trusting this machine's own certificate authorities too (${#extra_cas[@]} in docker/build-ca/)"
fi

echo "== build"
start=$(now)
if podman build -q -f docker/Dockerfile -t gradflow:latest . >"$work/build.log" 2>&1; then
  pass "image gradflow:latest built in $(since "$start") s ($(podman image inspect -f '{{.Size}}' gradflow:latest | awk '{ printf "%.0f MB", $1 / 1e6 }'))"
else
  fail "podman build of docker/Dockerfile failed:"
  tail -30 "$work/build.log" | sed 's/^/      | /'
  exit 1
fi
start=$(now)
if podman build -q -t gradflow-postgres:17 docker/postgres >"$work/build-pg.log" 2>&1; then
  pass "image gradflow-postgres:17 built in $(since "$start") s ($(podman image inspect -f '{{.Size}}' gradflow-postgres:17 | awk '{ printf "%.0f MB", $1 / 1e6 }'))"
else
  fail "podman build of docker/postgres failed:"
  tail -30 "$work/build-pg.log" | sed 's/^/      | /'
  exit 1
fi

echo "== H2 (docker/compose.yaml's gradflow service without the postgres profile)"
quiet podman network create "$h2"
start=$(now)
quiet podman run -d --name "$h2" --network "$h2" -p "$port:8080" -v gradflow-test-data:/srv/gradflow/data \
  -e GRADFLOW_DATABASE=auto --stop-timeout 40 gradflow:latest
if wait_healthy "$h2" 180; then
  pass "healthy (the image's own HEALTHCHECK) $(since "$start") s after podman run; RSS $(rss_of "$h2")"
else
  fail "the container did not become healthy"
  exit 1
fi
chose=$(podman logs "$h2" 2>&1 | grep -m1 'gradflow-entrypoint: database:')
if [[ $chose == *"H2 in /srv/gradflow/data"* ]]; then pass "entrypoint chose H2: ${chose#*: }"; else fail "entrypoint's choice: $chose"; fi
uid=$(podman exec "$h2" id -u)
if [[ $uid != 0 ]]; then pass "runs as $(podman exec "$h2" id -un) (uid $uid), not root"; else fail "runs as root"; fi
code=$(http "$base/actuator/health")
if [[ $code == 200 ]] && [[ $(json 'd["status"]') == UP ]]; then pass "/actuator/health is UP"; else fail "/actuator/health: $code $(head -c 200 "$work/body")"; fi
train_and_save "H2"
saved_h2=$slug
code=$(http "$base/actuator/prometheus")
meters=$(grep -o '^gradflow_[a-z_]*' "$work/body" | sort -u | tr '\n' ' ')
if [[ $code == 200 && -n $meters ]]; then pass "/actuator/prometheus has $meters"; else fail "/actuator/prometheus: $code, meters: '$meters'"; fi
code=$(http "$base/actuator/env")
if [[ $code == 404 ]]; then pass "/actuator/env is 404"; else fail "/actuator/env answered $code"; fi
code=$(http -X POST -H 'Content-Type: application/json' -H 'X-Instructor-Token: guess' \
  -d '{"title": "Period 3", "start": "eigenvalues"}' "$base/api/classes")
if [[ $code == 404 ]] && [[ $(json 'd["error"]') == "class mode off" ]]; then
  pass "without GRADFLOW_INSTRUCTOR_TOKEN class mode is off (POST /api/classes: 404 class mode off)"
else
  fail "class mode without a token: $code $(head -c 200 "$work/body")"
fi
note "RSS after a run: $(rss_of "$h2")"
if [[ -n $saved_h2 ]]; then
  restart "$h2" "H2"
  slug=$saved_h2
  check_saved "H2 after the restart"
fi
quiet podman rm -f -v -t 40 "$h2"

echo "== PostgreSQL (docker/compose.yaml with podman-compose: services postgres and gradflow)"
start=$(now)
# The instructor token from the shell, as the README has it, through the compose file's ${...}.
class_token=container-test-$RANDOM$RANDOM
if ! GRADFLOW_PORT=$port GRADFLOW_INSTRUCTOR_TOKEN=$class_token "${compose[@]}" up -d postgres gradflow >"$work/compose.log" 2>&1; then
  fail "podman-compose up failed:"
  tail -30 "$work/compose.log" | sed 's/^/      | /'
  exit 1
fi
if wait_healthy "$pg_db" 120; then pass "postgres healthy $(since "$start") s after podman-compose up"; else fail "postgres is not healthy"; fi
if wait_healthy "$pg_app" 180; then
  pass "gradflow healthy $(since "$start") s after podman-compose up; RSS $(rss_of "$pg_app")"
else
  fail "gradflow on PostgreSQL did not become healthy"
  exit 1
fi
chose=$(podman logs "$pg_app" 2>&1 | grep -m1 'gradflow-entrypoint: database:')
if [[ $chose == *"PostgreSQL at postgres:5432"* ]]; then pass "entrypoint chose PostgreSQL: ${chose#*: }"; else fail "entrypoint's choice: $chose"; fi
uid=$(podman exec "$pg_db" id -u)
if [[ $uid != 0 ]]; then pass "postgres runs as uid $uid, not root"; else fail "postgres runs as root"; fi
train_and_save "PostgreSQL"
code=$(http -X POST -H 'Content-Type: application/json' -H "X-Instructor-Token: $class_token" \
  -d '{"title": "Period 3", "start": "eigenvalues"}' "$base/api/classes")
class_code=
if [[ $code == 201 ]]; then
  class_code=$(json 'd["code"]')
  pass "class mode on with the token passed through podman-compose: class $class_code created"
else
  fail "creating a class with the instructor token: $code $(head -c 200 "$work/body")"
fi
if [[ -n $slug ]]; then
  restart "$pg_app" "PostgreSQL"
  if [[ -n $class_code ]]; then
    code=$(http "$base/api/classes/$class_code")
    if [[ $code == 200 ]] && [[ $(json 'd["title"]') == "Period 3" ]]; then
      pass "class $class_code is still there after the restart"
    else
      fail "class $class_code after the restart: $code $(head -c 200 "$work/body")"
    fi
  fi
  check_saved "PostgreSQL after the restart of gradflow"
  rows=$(podman exec "$pg_db" psql -h /run/postgresql -U postgres -d gradflow -tAc \
    "SELECT count(*) FROM saved_experiment WHERE slug = '$slug'" 2>&1)
  if [[ $rows == 1 ]]; then pass "the experiment's row is in PostgreSQL"; else fail "PostgreSQL has '$rows' rows for $slug"; fi
fi
# Stopped gracefully here; the exit trap then removes containers, volumes and networks.
[[ ${GRADFLOW_TEST_KEEP:-} == 1 ]] || quiet podman stop -t 40 "$pg_app" "$pg_db"

echo
if ((failures)); then
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
echo "PASS: every check passed"
