#!/usr/bin/env bash
# Times the main job against a baseline revision in one run, so both see the same machine:
#
#   bench/main-job.sh [BASE_REV] [RUNS]     (defaults: HEAD~1, 3)
#
# Builds BASE_REV's command-line jar in a temporary worktree and this checkout's jar, then
# alternates: `vfit tension` with defaults (the disk cache warmed first by one run of each), and
# `vfit tension --toys 1000 --grid-points 0 --profile-points 0` for the toy rate (toys divided by
# the time from the toy stage line to the stage after the toys, "survival probabilities"). Prints each run, the medians and the ratios.
# Both runs use the launcher's JVM options (the parallel collector). Needs git and Maven access
# (offline works once the dependencies are in ~/.m2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base_rev="${1:-HEAD~1}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/base" "$base_rev" >/dev/null 2>&1
echo "building $base_rev and this checkout..." >&2
(cd "$work/base" && ./mvnw -q -B -DskipTests package -pl cli -am >&2)
(cd "$root" && ./mvnw -q -B -DskipTests package -pl cli -am >&2)
cp "$work/base/cli/target/vfit.jar" "$work/base.jar"
cp "$root/cli/target/vfit.jar" "$work/new.jar"
java_opts="-XX:+UseParallelGC ${VFIT_JAVA_OPTS:-}"

main_job() { # jar -> seconds
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $java_opts -jar "$1" tension --out "$work/out" --quiet > /dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }' 
}

toy_rate() { # jar -> toys per second
  rm -rf "$work/toys" "$work/toys.toys.jsonl"
  # shellcheck disable=SC2086
  java $java_opts -jar "$1" tension --toys 1000 --grid-points 0 --profile-points 0 \
    --out "$work/toys" > /dev/null 2> "$work/toys.err"
  tr '\r' '\n' < "$work/toys.err" | awk '
    /^vfit tension \[/ { gsub(/[\[\]]/, " "); t = $3 }
    /1000 toys/ { start = t }
    /survival probabilities/ && end == "" { end = t }
    END { printf "%.1f\n", 1000 / (end - start) }'
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

main_job "$work/base.jar" > /dev/null # fills the disk cache for both
main_job "$work/new.jar" > /dev/null
: > "$work/main-base"; : > "$work/main-new"; : > "$work/toys-base"; : > "$work/toys-new"
for i in $(seq "$runs"); do
  b=$(main_job "$work/base.jar"); n=$(main_job "$work/new.jar")
  echo "$b" >> "$work/main-base"; echo "$n" >> "$work/main-new"
  tb=$(toy_rate "$work/base.jar"); tn=$(toy_rate "$work/new.jar")
  echo "$tb" >> "$work/toys-base"; echo "$tn" >> "$work/toys-new"
  printf 'run %d: main job %.2f s (%s) vs %.2f s (this); toys %s/s vs %s/s\n' "$i" "$b" "$base_rev" "$n" "$tb" "$tn"
done
mb=$(median < "$work/main-base"); mn=$(median < "$work/main-new")
tb=$(median < "$work/toys-base"); tn=$(median < "$work/toys-new")
printf 'median main job: %.2f s (%s) -> %.2f s (this), ratio %.2f\n' "$mb" "$base_rev" "$mn" "$(awk -v a="$mn" -v b="$mb" 'BEGIN { print a / b }')"
printf 'median toy rate: %s/s (%s) -> %s/s (this), ratio %.2f\n' "$tb" "$base_rev" "$tn" "$(awk -v a="$tn" -v b="$tb" 'BEGIN { print a / b }')"
