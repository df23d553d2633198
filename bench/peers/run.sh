#!/usr/bin/env bash
# vfit next to its peers on the same inputs, each timed in one process run:
#   constant-density three-flavour probabilities   vs NuFast (C++, Denton & Parke 2024)
#   solar 8B P_ee, one Earth chord, and the exposure-averaged night P_ee at Kamioka
#                                                   vs PEANUTS (Python/numba, Gonzalo & Lucente 2024)
# It prints each time per evaluation, the ratio peer/vfit, and the largest |difference| in P.
#
# Nothing is fetched here. Put the peers into bench/peers/vendor/ (git-ignored) first:
#   git clone https://github.com/PeterDenton/NuFast       bench/peers/vendor/NuFast
#   git clone https://github.com/michelelucente/PEANUTS   bench/peers/vendor/PEANUTS
#   sudo apt-get install g++ python3-numpy python3-scipy python3-numba python3-mpmath python3-pandas
# A missing peer is skipped with a note. NuFast is compiled here with g++ -O3 (its own script uses
# -Ofast -ffast-math; set NUFAST_FLAGS to compare); PEANUTS runs under /usr/bin/python3 (PYTHON).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
vendor="$here/vendor"
work="${PEERS_WORK:-$root/bench/target/peers}"
python="${PYTHON:-/usr/bin/python3}"
flags="${NUFAST_FLAGS:--O3}"
mkdir -p "$work"
"$python" "$here/make_inputs.py" "$work"

jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/oscillation/src" "$root/bench/src" -newer "$jar" -name '*.java' -print -quit)" ]; then
  (cd "$root" && ./mvnw -B -q -pl bench -am package -DskipTests)
fi
for task in constant-density solar chord daynight; do
  echo "vfit: $task" >&2
  java -cp "$jar" org.vfit.bench.PeerBench "$task" "$work/$task.in" "$work/vfit-$task.out" \
    >"$work/vfit-$task.time"
done

if [ -f "$vendor/NuFast/c++/NuFast.cpp" ]; then
  # NuFast.cpp ends with a demo main(); rename it so that the driver's main is the program's.
  g++ $flags -Dmain=nufast_demo_main -c "$vendor/NuFast/c++/NuFast.cpp" -o "$work/NuFast.o"
  g++ $flags "$here/nufast_driver.cpp" "$work/NuFast.o" -o "$work/nufast"
  for n in 0 1 3; do
    echo "NuFast: N_Newton=$n" >&2
    "$work/nufast" "$work/constant-density.in" "$work/nufast-$n.out" "$n" >"$work/nufast-$n.time"
  done
else
  echo "NuFast not in $vendor/NuFast: skipped (see the header of this script)" >&2
fi

if [ -d "$vendor/PEANUTS/peanuts" ] && "$python" -c "import numba, mpmath, pandas, scipy" 2>/dev/null; then
  for task in solar chord daynight; do
    echo "PEANUTS: $task" >&2
    "$python" "$here/peanuts_driver.py" "$task" "$work/$task.in" "$work/peanuts-$task.out" \
      >"$work/peanuts-$task.time"
  done
else
  echo "PEANUTS or its Python packages (numba, mpmath, pandas, scipy) missing: skipped" >&2
fi

"$python" "$here/compare.py" "$work"
