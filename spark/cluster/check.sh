#!/usr/bin/env bash
# End-to-end check of vfit on a real Spark standalone cluster (two workers on loopback, started
# with cluster.sh): toys and a 41x41 contour grid run on the cluster must equal, bit for bit, the
# same commands on the in-JVM runner; a driver killed mid-run (kill -9) must resume from its toy
# checkpoint; and the toy rate with 1 and 2 workers is printed (on a 2-core machine the gain is
# modest: the driver, the workers' JVMs and both executors share those two cores).
#
#   spark/cluster/check.sh                 # 10^4 toys on sno-polynomial,juno-2025,daya-bay-theta13
#   VFIT_CHECK_TOYS=1000 VFIT_CHECK_DATASETS=... spark/cluster/check.sh
#
# The default datasets keep a toy at ~30 ms so that 10^4 toys fit in minutes on two cores; the
# solar+KamLAND default of `vfit tension` works the same way (VFIT_CHECK_DATASETS), only slower.
# Exit 0 when everything matches, 1 otherwise. Needs: ./mvnw -B -q -pl spark -am package -DskipTests
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${VFIT_CHECK_TOYS:-10000}"
datasets="${VFIT_CHECK_DATASETS:-sno-polynomial,juno-2025,daya-bay-theta13}"
seed="${VFIT_CHECK_SEED:-7}"
master="spark://127.0.0.1:${VFIT_SPARK_PORT:-7077}"
out="${VFIT_CHECK_DIR:-$root/spark/target/cluster-check}"
cluster="$root/spark/cluster/cluster.sh"
rm -rf "$out"; mkdir -p "$out"
failed=0
trap '"$cluster" stop >/dev/null 2>&1 || true' EXIT

./vfit --version >/dev/null # builds vfit.jar if needed
[ -f spark/target/vfit-spark.jar ] || ./mvnw -B -q -pl spark -am package -DskipTests

toys() { # checkpoint, extra args...
  local cp=$1; shift
  ./vfit toys --datasets "$datasets" --n "$n" --seed "$seed" --checkpoint "$cp" --json --quiet "$@"
}

# What must agree: the toy outcomes (checkpoint lines after the header, in toy order) and the
# summary, leaving out where it ran (runner, checkpoint path, resumed count).
summary() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
for k in ("runner","checkpoint"): d.pop(k,None)
d["toys"].pop("resumed",None); print(json.dumps(d,sort_keys=True))' "$1"
}
outcomes() { tail -n +2 "$1" | python3 -c 'import json,sys
rows=[json.loads(l) for l in sys.stdin if l.strip()]
rows.sort(key=lambda r:r["toy"]); print("\n".join(json.dumps(r,sort_keys=True) for r in rows))'; }
same() { # label, file a, file b
  if cmp -s "$2" "$3"; then echo "  identical: $1"; else echo "  DIFFERENT: $1 ($2 vs $3)"; failed=1; fi
}

echo "== in-JVM runner (2 threads): $n toys, 41x41 contour on $datasets"
toys "$out/local.jsonl" --threads 2 >"$out/local.json"
# the same toys again from the finished checkpoint would only resume: time a text run of its own
./vfit toys --datasets "$datasets" --n "$n" --seed "$seed" --checkpoint "$out/local-timed.jsonl" \
  --quiet --threads 2 >"$out/local.txt"
./vfit contour --datasets "$datasets" --sector combined --json --quiet --threads 2 >"$out/contour-local.json"

echo "== cluster with 2 workers"
"$cluster" start 2
echo "  toys, driver killed with SIGKILL once a quarter of the toys are in the checkpoint"
# ./vfit execs java, so $! is the driver JVM itself (not a shell around it).
./vfit toys --datasets "$datasets" --n "$n" --seed "$seed" --checkpoint "$out/cluster.jsonl" \
  --json --quiet --spark "$master" >"$out/killed.json" 2>"$out/killed.err" &
driver=$!
while kill -0 "$driver" 2>/dev/null; do
  lines=$( [ -f "$out/cluster.jsonl" ] && wc -l <"$out/cluster.jsonl" || echo 0)
  if [ "$lines" -gt $((n / 4)) ]; then kill -9 "$driver"; break; fi
  sleep 0.5
done
wait "$driver" 2>/dev/null || true
before=$(($(wc -l <"$out/cluster.jsonl") - 1))
echo "  killed with $before toys checkpointed; resuming"
toys "$out/cluster.jsonl" --spark "$master" >"$out/cluster.json"
resumed=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["toys"]["resumed"])' "$out/cluster.json")
echo "  the rerun resumed $resumed toys"
[ "$resumed" -gt 0 ] || { echo "  DIFFERENT: nothing was resumed"; failed=1; }
summary "$out/local.json" >"$out/local.summary"; summary "$out/cluster.json" >"$out/cluster.summary"
outcomes "$out/local.jsonl" >"$out/local.outcomes"; outcomes "$out/cluster.jsonl" >"$out/cluster.outcomes"
same "toy outcomes ($n toys)" "$out/local.outcomes" "$out/cluster.outcomes"
same "toy summary (p-value, KS, statistics)" "$out/local.summary" "$out/cluster.summary"
./vfit contour --datasets "$datasets" --sector combined --json --quiet --spark "$master" \
  >"$out/contour-cluster.json"
same "41x41 contour grid" "$out/contour-local.json" "$out/contour-cluster.json"

echo "== scaling: fresh toys (seed + 1) on 2 workers, then on 1"
m=$(( n < 2000 ? n : 2000 ))
rate() { # label, checkpoint: the toy stage as the command times it (no JVM start, no fits)
  ./vfit toys --datasets "$datasets" --n "$m" --seed $((seed + 1)) --checkpoint "$2" --quiet \
    --spark "$master" | sed -n "s/^toys: .* computed on \(.*\) in \([0-9.]*\) s (\([0-9.]*\) toys\/s)/  $1: $m toys in \2 s, \3 toys\/s (\1)/p"
}
rate "2 workers" "$out/scale2.jsonl"
"$cluster" stop >/dev/null
"$cluster" start 1 >/dev/null
rate "1 worker" "$out/scale1.jsonl"
"$cluster" stop >/dev/null
sed -n "s/^toys: .* computed on \(.*\) in \([0-9.]*\) s (\([0-9.]*\) toys\/s)/  in-JVM: $n toys in \2 s, \3 toys\/s (\1)/p" "$out/local.txt"
[ "$failed" -eq 0 ] && echo "ALL IDENTICAL" || echo "MISMATCH"
exit "$failed"
