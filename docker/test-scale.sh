#!/usr/bin/env bash
# Checks the scale-out, docker/compose.scale.yaml (two GradFlow replicas, one PostgreSQL, HAProxy),
# with podman and podman-compose, from the repository root:  docker/test-scale.sh
#
#  (a) affinity: several sessions through the proxy, each with its own cookie jar, train at once
#      through the REST API; every answer of a session comes from one replica (X-GradFlow-Replica,
#      cookie GRADFLOW_REPLICA), and the run is unknown to the other replica. Then the same with real
#      browsers: gradflow.ops.ProxyAffinityCheck opens several Chromium contexts, presses Train in
#      each and watches the heatmaps update over push (skipped with a message when there is no
#      Chromium; GRADFLOW_TEST_SCALE_BROWSER=0 skips it too).
#  (b) an experiment saved through one replica opens through the other (forced by its cookie).
#  (c) `podman stop` of one replica: no saved experiment is lost, its sessions and new sessions are
#      served by the other replica with 200; requests sent during the stop are counted. Then the
#      replica starts again and takes new sessions again.
#
# Prints PASS/FAIL lines with the numbers and exits 1 if anything failed; without podman or
# podman-compose it says so and exits 0. The containers and the PostgreSQL volume are removed at the
# start and the end (every run starts empty); the images stay, so a rerun builds from cache.
# GRADFLOW_TEST_SCALE_PORT (18081) is the proxy's host port; GRADFLOW_TEST_KEEP=1 keeps it running.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

if ! command -v podman >/dev/null || ! command -v podman-compose >/dev/null; then
  echo "SKIP: docker/test-scale.sh needs podman and podman-compose (on Debian: apt-get install podman podman-compose)"
  exit 0
fi

export BUILDAH_ISOLATION=${BUILDAH_ISOLATION:-chroot}
export BUILDAH_FORMAT=docker
port=${GRADFLOW_TEST_SCALE_PORT:-18081}
base=http://127.0.0.1:$port
project=gradflow-scale-test
compose=(podman-compose -p "$project" -f docker/compose.scale.yaml)
r1=${project}_gradflow-1_1
r2=${project}_gradflow-2_1
db=${project}_postgres_1
lb=${project}_haproxy_1
sessions=${GRADFLOW_TEST_SCALE_SESSIONS:-4}
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
  podman rm -f -v -t 5 "$lb" "$r1" "$r2" "$db" >/dev/null 2>&1
  podman volume rm -f "${project}_gradflow-postgres" >/dev/null 2>&1
  podman network rm -f "${project}_default" >/dev/null 2>&1
}
finish() {
  jobs -p | xargs -r kill 2>/dev/null
  if [[ ${GRADFLOW_TEST_KEEP:-} != 1 ]]; then cleanup; fi
  rm -rf "$work"
}
trap finish EXIT

quiet() {
  if ! "$@" >/dev/null 2>"$work/stderr"; then
    echo "      '$*' failed:"
    sed 's/^/      | /' "$work/stderr"
    return 1
  fi
}

# Waits until the container's own health check passes (podman runs none by itself without systemd).
wait_healthy() {
  local container=$1 limit=${2:-180} start
  start=$(now)
  while ! podman healthcheck run "$container" >/dev/null 2>&1; do
    if [[ $(podman inspect -f '{{.State.Running}}' "$container" 2>/dev/null) != true ]] \
      || awk -v a="$start" -v b="$(now)" -v l="$limit" 'BEGIN { exit !(b - a > l) }'; then
      echo "      $container is not healthy; its last log lines:"
      podman logs --tail 30 "$container" 2>&1 | sed 's/^/      | /'
      return 1
    fi
    sleep 0.5
  done
}

# GET through the proxy forced to a replica by its cookie; prints "status replica".
via() {
  local replica=$1 path=$2
  curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -b "GRADFLOW_REPLICA=$replica" "$base$path"
  echo " $(replica_of "$work/headers")"
}
replica_of() { tr -d '\r' <"$1" | awk -F': ' 'tolower($1) == "x-gradflow-replica" { print $2 }' | tail -n 1; }
json() { python3 -c "import json,sys; d=json.load(open('${2:-$work/body}')); print($1)"; }

# Waits until HAProxy's health checks have both replicas in: each answers for itself.
wait_balanced() {
  local limit=${1:-60} start
  start=$(now)
  until [[ $(via gradflow-1 /actuator/health/readiness) == "200 gradflow-1" \
    && $(via gradflow-2 /actuator/health/readiness) == "200 gradflow-2" ]]; do
    if awk -v a="$start" -v b="$(now)" -v l="$limit" 'BEGIN { exit !(b - a > l) }'; then
      return 1
    fi
    sleep 0.5
  done
}

# A run that trains for several seconds, so that a session polls it many times.
spec='{"task": {"kind": "adding", "length": 20}, "layers": [{"cell": "lstm", "hidden": 16}],
       "training": {"steps": 1500, "batchSize": 16}, "probeEvery": 50, "seed": 3}'

# One REST session with its own cookie jar: trains the spec, polling until it ends; writes
# "replicas that answered|answers|status|step|run id|seconds" to $work/session-$1.
rest_session() {
  local n=$1 jar=$work/jar-$1 out=$work/session-$1 code id status=none answers=0 start
  start=$(now)
  : >"$work/replicas-$n"
  for _ in $(seq 1 60); do
    code=$(curl -s -o "$work/body-$n" -D "$work/headers-$n" -w '%{http_code}' -c "$jar" -b "$jar" \
      -X POST "$base/api/runs" -H 'Content-Type: application/json' -d "$spec")
    replica_of "$work/headers-$n" >>"$work/replicas-$n"
    answers=$((answers + 1))
    [[ $code == 429 ]] || break
    sleep 1 # the replica's runs are full for now; its answer says to retry
  done
  if [[ $code != 201 ]]; then
    echo "$(sort -u "$work/replicas-$n" | paste -sd, -)|$answers|POST answered $code|0|-|$(since "$start")" >"$out"
    return
  fi
  id=$(json 'd["id"]' "$work/body-$n")
  for _ in $(seq 1 600); do
    code=$(curl -s -o "$work/body-$n" -D "$work/headers-$n" -w '%{http_code}' -c "$jar" -b "$jar" "$base/api/runs/$id")
    replica_of "$work/headers-$n" >>"$work/replicas-$n"
    answers=$((answers + 1))
    if [[ $code != 200 ]]; then
      status="GET answered $code"
      break
    fi
    status=$(json 'd["status"]' "$work/body-$n")
    [[ $status == finished || $status == diverged || $status == failed || $status == cancelled ]] && break
    sleep 0.2
  done
  echo "$(sort -u "$work/replicas-$n" | paste -sd, -)|$answers|$status|$(json 'd.get("step", 0)' "$work/body-$n" 2>/dev/null)|$id|$(since "$start")" >"$out"
}

saved=() # slugs saved during the test

# Saves a spec through a replica (forced by cookie); appends the slug to saved[].
save_via() {
  local replica=$1 seed=$2 code
  code=$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -b "GRADFLOW_REPLICA=$replica" \
    -X POST "$base/api/experiments" -H 'Content-Type: application/json' \
    -d "{\"task\": {\"kind\": \"copy\"}, \"layers\": [{\"cell\": \"gru\", \"hidden\": 12}], \"seed\": $seed}")
  if [[ $code == 201 && $(replica_of "$work/headers") == "$replica" ]]; then
    saved+=("$(json 'd["slug"]')")
    return 0
  fi
  echo "      save via $replica answered $code from '$(replica_of "$work/headers")': $(head -c 200 "$work/body")"
  return 1
}

cleanup
shopt -s nullglob
extra_cas=(/usr/local/share/ca-certificates/*.crt)
if ((${#extra_cas[@]})); then
  cp "${extra_cas[@]}" docker/build-ca/
  note "build: trusting this machine's own certificate authorities too (docker/build-ca/README.md)"
fi

echo "== build"
for image in "gradflow:latest -f docker/Dockerfile ." "gradflow-postgres:17 docker/postgres" "gradflow-haproxy:3.0 docker/haproxy"; do
  read -r tag rest <<<"$image"
  start=$(now)
  # shellcheck disable=SC2086
  if podman build -q -t "$tag" $rest >"$work/build.log" 2>&1; then
    pass "image $tag built in $(since "$start") s"
  else
    fail "podman build of $tag failed:"
    tail -30 "$work/build.log" | sed 's/^/      | /'
    exit 1
  fi
done

echo "== up: docker/compose.scale.yaml"
start=$(now)
if ! GRADFLOW_PORT=$port "${compose[@]}" up -d >"$work/compose.log" 2>&1; then
  fail "podman-compose up failed:"
  tail -30 "$work/compose.log" | sed 's/^/      | /'
  exit 1
fi
for container in "$db" "$r1" "$r2" "$lb"; do
  if wait_healthy "$container" 180; then
    pass "${container#"${project}"_} healthy $(since "$start") s after podman-compose up"
  else
    fail "${container#"${project}"_} did not become healthy"
    exit 1
  fi
done
if wait_balanced 60; then
  pass "HAProxy serves both replicas $(since "$start") s after podman-compose up"
else
  fail "HAProxy does not reach both replicas: $(via gradflow-1 /actuator/health/readiness), $(via gradflow-2 /actuator/health/readiness)"
  exit 1
fi
for container in "$r1" "$r2"; do
  chose=$(podman logs "$container" 2>&1 | grep -m1 'gradflow-entrypoint: database:')
  note "${container#"${project}"_}: ${chose#*: }"
done

echo "== (a) affinity: $sessions REST sessions train at once through the proxy"
# Each session's first answer (the playground page) comes from the replica that HAProxy chose for
# it, in turn; from then on its cookie keeps it there.
for n in $(seq 1 "$sessions"); do
  curl -s -o /dev/null -c "$work/jar-$n" "$base/"
done
for n in $(seq 1 "$sessions"); do
  rest_session "$n" &
done
wait
declare -A per_replica=()
ok_sessions=0
for n in $(seq 1 "$sessions"); do
  IFS='|' read -r replicas answers status step id seconds <"$work/session-$n"
  cookie=$(awk '$6 == "GRADFLOW_REPLICA" { print $7 }' "$work/jar-$n")
  other=gradflow-1
  [[ $cookie == gradflow-1 ]] && other=gradflow-2
  elsewhere=$(via "$other" "/api/runs/$id")
  line="session $n: cookie $cookie; $answers answers, from $replicas; run $id $status at step $step in $seconds s; $other answers ${elsewhere%% *} for it"
  if [[ $replicas == "$cookie" && $status == finished && ${elsewhere%% *} == 404 ]]; then
    pass "$line"
    ok_sessions=$((ok_sessions + 1))
    per_replica[$cookie]=$((${per_replica[$cookie]:-0} + 1))
  else
    fail "$line"
  fi
done
spread=$(for r in "${!per_replica[@]}"; do echo "$r: ${per_replica[$r]}"; done | sort | tr '\n' ' ')
if ((${#per_replica[@]} == 2)); then
  pass "sessions per replica: $spread"
else
  fail "sessions per replica: $spread (expected both replicas to serve some)"
fi

if [[ ${GRADFLOW_TEST_SCALE_BROWSER:-1} == 0 ]]; then
  echo "SKIP: browser affinity check (GRADFLOW_TEST_SCALE_BROWSER=0)"
elif [[ ! -x ${GRADFLOW_CHROMIUM:-/usr/bin/chromium} ]]; then
  echo "SKIP: browser affinity check: no Chromium at ${GRADFLOW_CHROMIUM:-/usr/bin/chromium} (apt-get install chromium)"
else
  echo "== (a) affinity with Chromium: gradflow.ops.ProxyAffinityCheck, $sessions browser contexts"
  start=$(now)
  (
    # shellcheck source=bin/env.sh
    source bin/env.sh 2>/dev/null
    GRADFLOW_PROXY_URL=$base GRADFLOW_AFFINITY_SESSIONS=$sessions \
      ./mvnw -q -B -Pbench -Dbench.main=gradflow.ops.ProxyAffinityCheck
  ) >"$work/browser.log" 2>&1
  browser_rc=$?
  grep -E '^\{|^console error|^session' "$work/browser.log" | sed 's/^/      /'
  verdict=$(grep -m1 '^affinity:' "$work/browser.log")
  if [[ $browser_rc == 0 && $verdict == "affinity: PASS"* ]]; then
    pass "${verdict#affinity: PASS: } ($(since "$start") s with the Maven build)"
  else
    fail "browser affinity check (exit $browser_rc): ${verdict:-no verdict}"
    tail -30 "$work/browser.log" | sed 's/^/      | /'
  fi
fi

echo "== (b) an experiment saved through one replica opens through the other"
for pair in "gradflow-1 gradflow-2" "gradflow-2 gradflow-1"; do
  read -r from to <<<"$pair"
  if save_via "$from" "$((RANDOM))"; then
    slug=${saved[-1]}
    api=$(via "$to" "/api/experiments/$slug")
    page=$(via "$to" "/x/$slug")
    if [[ $api == "200 $to" && $page == "200 $to" ]]; then
      pass "saved through $from as $slug; through $to: GET /api/experiments/$slug $api, /x/$slug $page"
    else
      fail "saved through $from as $slug; through $to: API '$api', page '$page'"
    fi
  else
    fail "could not save through $from"
  fi
done
for i in 1 2 3 4 5 6; do
  save_via "gradflow-$(((i % 2) + 1))" "$((1000 + i))" || fail "save $i"
done
note "${#saved[@]} experiments saved, through both replicas"

echo "== (c) podman stop of gradflow-1"
# Traffic goes on during the stop: four clients, each a request every 0.1 s: two new sessions
# (without cookies) and two of gradflow-1's sessions (its cookie), reading saved experiments.
traffic=()
for client in 1 2 3 4; do
  (
    cookie=()
    ((client > 2)) && cookie=(-b GRADFLOW_REPLICA=gradflow-1)
    while true; do
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 "${cookie[@]}" "$base/api/experiments/${saved[client]}"
      sleep 0.1
    done
  ) >"$work/during-stop-$client" &
  traffic+=($!)
done
sleep 2
start=$(now)
quiet podman stop -t 40 "$r1"
note "gradflow-1 stopped in $(since "$start") s (exit code $(podman inspect -f '{{.State.ExitCode}}' "$r1"))"
sleep 8 # HAProxy's health check takes it out within 2 × 3 s
kill "${traffic[@]}" 2>/dev/null
wait "${traffic[@]}" 2>/dev/null
cat "$work"/during-stop-* >"$work/during-stop"
total=$(wc -l <"$work/during-stop")
bad=$(grep -vc '^200$' "$work/during-stop")
if ((bad == 0)); then
  pass "during the stop (from 2 s before to 8 s after): $total requests through the proxy, all 200"
else
  fail "during the stop: $bad of $total requests were not 200: $(grep -v '^200$' "$work/during-stop" | sort | uniq -c | tr '\n' ' ')"
fi
lost=0
for slug in "${saved[@]}"; do
  answer=$(via gradflow-1 "/api/experiments/$slug")
  [[ $answer == "200 gradflow-2" ]] || {
    lost=$((lost + 1))
    note "$slug with gradflow-1's cookie: $answer"
  }
done
if ((lost == 0)); then
  pass "all ${#saved[@]} saved experiments answer 200 with gradflow-1's cookie, served by gradflow-2"
else
  fail "$lost of ${#saved[@]} saved experiments did not answer 200 from gradflow-2"
fi
served=$(for i in $(seq 1 10); do
  curl -s -o /dev/null -D "$work/h" -w '%{http_code}' "$base/"
  echo " $(replica_of "$work/h")"
done | sort | uniq -c | awk '{ printf "%s×%s %s ", $1, $2, $3 }')
if [[ $served == "10×200 gradflow-2 " ]]; then
  pass "10 new sessions: $served"
else
  fail "10 new sessions: $served"
fi
start=$(now)
quiet podman start "$r1"
if wait_healthy "$r1" 180 && wait_balanced 60; then
  served=$(for i in $(seq 1 10); do
    curl -s -o /dev/null -D "$work/h" -w '%{http_code}' "$base/"
    echo " $(replica_of "$work/h")"
  done | sort | uniq -c | awk '{ printf "%s×%s %s ", $1, $2, $3 }')
  if [[ $served == *"200 gradflow-1"*"200 gradflow-2"* ]]; then
    pass "gradflow-1 back in $(since "$start") s; 10 new sessions: $served"
  else
    fail "gradflow-1 back, but 10 new sessions: $served"
  fi
else
  fail "gradflow-1 did not come back"
fi
rss=$(for c in "$r1" "$r2" "$db" "$lb"; do
  pid=$(podman inspect -f '{{.State.Pid}}' "$c")
  awk -v n="${c#"${project}"_}" '/VmRSS/ { printf "%s %.0f MiB, ", n, $2 / 1024 }' "/proc/$pid/status"
done)
note "RSS: ${rss%, }"

# Stopped gracefully here; the exit trap then removes containers, volume and network.
[[ ${GRADFLOW_TEST_KEEP:-} == 1 ]] || podman stop -t 40 "$lb" "$r1" "$r2" "$db" >/dev/null 2>&1

echo
if ((failures)); then
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
echo "PASS: every check passed"
