#!/usr/bin/env bash
# Runs GradFlow's engine benchmark and its peers back to back, interleaved per config and round,
# and prints the median ms_per_step of each implementation and GradFlow's ratios to them.
#
#   bench/compare.sh [--rounds N] [--configs rnn:32:50,dense:16:1] [--steps N]
#                    [--numpy PATH] [--out FILE] [--maven-opts "-q -o"]
#
# Peers, all single-threaded: the numpy peer ../shared/bench/numpy_reference.py (rnn, lstm; --numpy
# to point elsewhere, skipped with a message when missing), bench/numpy_extra.py (gru, dense), and
# bench/torch_reference.py in float64 and float32 (skipped when /usr/bin/python3 has no torch).
# GradFlow's numbers come from ./mvnw -Pbench -Dbench.args="--only <config> --no-probe ...".
# Ratios above 1 mean GradFlow is slower. Compare ratios, not absolute times: shared machines are
# noisy, which is why each round runs every implementation of a config right after each other.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
ROUNDS=3
STEPS=""
CONFIGS=""
NUMPY_REF="$REPO/../shared/bench/numpy_reference.py"
OUT=""
MAVEN_OPTS_BENCH="-q -o"

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    --configs) CONFIGS="$2"; shift 2 ;;
    --numpy) NUMPY_REF="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --maven-opts) MAVEN_OPTS_BENCH="$2"; shift 2 ;;
    -h | --help) usage 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; usage 1 >&2 ;;
  esac
done

# name cell hidden length batch layers steps (the largest configs time fewer steps, as
# EngineBenchmark's Config.maxSteps does)
ALL_CONFIGS=(
  "rnn:32:50 rnn 32 50 32 1 30"
  "lstm:32:50 lstm 32 50 32 1 30"
  "rnn:64:100 rnn 64 100 32 1 30"
  "lstm:64:100 lstm 64 100 32 1 30"
  "gru:64:100 gru 64 100 32 1 30"
  "lstm:128:100 lstm 128 100 32 1 20"
  "lstm:256:100 lstm 256 100 32 1 10"
  "dense:16:1 dense 16 1 64 30 30"
)

selected=()
for line in "${ALL_CONFIGS[@]}"; do
  name="${line%% *}"
  if [[ -z $CONFIGS || ",$CONFIGS," == *",$name,"* ]]; then
    selected+=("$line")
  fi
done
if ((${#selected[@]} == 0)); then
  echo "compare.sh: no config matches --configs $CONFIGS; known: $(printf '%s ' "${ALL_CONFIGS[@]%% *}")" >&2
  exit 1
fi

[[ -x $PYTHON ]] || { echo "compare.sh: no $PYTHON (set PYTHON=...)" >&2; exit 1; }
"$PYTHON" -c 'import numpy' 2>/dev/null || { echo "compare.sh: $PYTHON has no numpy" >&2; exit 1; }
HAVE_TORCH=1
if ! "$PYTHON" -c 'import torch' 2>/dev/null; then
  HAVE_TORCH=0
  echo "compare.sh: $PYTHON has no torch: skipping the torch peers (Debian: apt-get install python3-torch)" >&2
fi
HAVE_NUMPY_REF=1
if [[ ! -f $NUMPY_REF ]]; then
  HAVE_NUMPY_REF=0
  echo "compare.sh: no numpy peer at $NUMPY_REF: skipping numpy for rnn and lstm (--numpy PATH to set it)" >&2
fi

if [[ -z $OUT ]]; then
  OUT="$(mktemp "${TMPDIR:-/tmp}/gradflow-compare.XXXXXX.jsonl")"
fi
: >"$OUT"

# JDK 25 (and Node.js, which bin/env.sh also checks) for the Maven build.
# shellcheck source=../bin/env.sh
source "$REPO/bin/env.sh"
cd "$REPO"
echo "compare.sh: compiling the benchmark" >&2
# shellcheck disable=SC2086
./mvnw $MAVEN_OPTS_BENCH test-compile >&2

export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

# Runs one implementation, keeps its JSON line (tagged with the config and round) in $OUT.
record() {
  local name="$1" round="$2"
  shift 2
  local json
  if ! json="$("$@" | grep '^{"impl"' | grep -v '"probe": true' | tail -n 1)" || [[ -z $json ]]; then
    echo "compare.sh: $name round $round: no result from: $*" >&2
    return 0
  fi
  echo "$json" >&2
  printf '{"config": "%s", "round": %d, "result": %s}\n' "$name" "$round" "$json" >>"$OUT"
}

for ((round = 1; round <= ROUNDS; round++)); do
  for line in "${selected[@]}"; do
    read -r name cell hidden length batch layers steps <<<"$line"
    if [[ -n $STEPS ]] && ((STEPS < steps)); then
      steps="$STEPS"
    fi
    echo "compare.sh: round $round/$ROUNDS, $name, $steps steps" >&2
    peer_args=(--cell "$cell" --hidden "$hidden" --length "$length" --batch "$batch" --steps "$steps")
    if [[ $cell == dense ]]; then
      peer_args+=(--layers "$layers")
    fi
    # shellcheck disable=SC2086
    record "$name" "$round" ./mvnw $MAVEN_OPTS_BENCH -Pbench \
      "-Dbench.args=--only $name --steps $steps --no-probe"
    if [[ $cell == rnn || $cell == lstm ]]; then
      if ((HAVE_NUMPY_REF)); then
        record "$name" "$round" "$PYTHON" "$NUMPY_REF" "${peer_args[@]}"
      fi
    else
      record "$name" "$round" "$PYTHON" "$REPO/bench/numpy_extra.py" "${peer_args[@]}"
    fi
    if ((HAVE_TORCH)); then
      for dtype in float64 float32; do
        record "$name" "$round" "$PYTHON" "$REPO/bench/torch_reference.py" "${peer_args[@]}" \
          --dtype "$dtype" --threads 1
      done
    fi
  done
done

echo "compare.sh: raw results in $OUT" >&2
"$PYTHON" - "$OUT" "$ROUNDS" "${selected[@]%% *}" <<'EOF'
import json, statistics, sys

out, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
impls = ["gradflow", "numpy", "torch-float64", "torch-float32"]
times = {}
for line in open(out):
    r = json.loads(line)
    times.setdefault((r["config"], r["result"]["impl"]), []).append(r["result"]["ms_per_step"])

def median(name, impl):
    v = times.get((name, impl))
    return statistics.median(v) if v else None

def ms(v):
    return f"{v:.3f}" if v is not None else "-"

def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"

print(f"median ms_per_step over {rounds} round(s), one thread each; ratio > 1: GradFlow slower")
head = ["config", "gradflow", "numpy", "torch-f64", "torch-f32", "GF/numpy", "GF/torch-f64", "GF/torch-f32"]
rows = []
for name in names:
    m = [median(name, i) for i in impls]
    rows.append([name] + [ms(v) for v in m] + [ratio(m[0], m[1]), ratio(m[0], m[2]), ratio(m[0], m[3])])
widths = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
for r in [head] + rows:
    print("  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
EOF
