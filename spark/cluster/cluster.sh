#!/usr/bin/env bash
# A Spark standalone cluster on this machine's loopback interface, from the jars the spark module
# already depends on (spark/target/spark-lib; no Spark download): one master and N workers.
#
#   spark/cluster/cluster.sh start [WORKERS]   # default 2 workers of 1 core each
#   spark/cluster/cluster.sh status
#   spark/cluster/cluster.sh stop
#
# Then: ./vfit toys|contour|profile ... --spark spark://127.0.0.1:7077
# Settings (environment): VFIT_SPARK_PORT (7077), VFIT_SPARK_WORKER_CORES (1),
# VFIT_SPARK_WORKER_MEMORY (1g), VFIT_SPARK_CLUSTER_DIR (spark/target/cluster: logs, pids, work).
# Nothing listens beyond 127.0.0.1 (SPARK_LOCAL_IP); web UIs take free ports.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lib="$root/spark/target/spark-lib"
dir="${VFIT_SPARK_CLUSTER_DIR:-$root/spark/target/cluster}"
port="${VFIT_SPARK_PORT:-7077}"
cores="${VFIT_SPARK_WORKER_CORES:-1}"
memory="${VFIT_SPARK_WORKER_MEMORY:-1g}"
master="spark://127.0.0.1:$port"
# What Spark's own launch scripts open on Java 17 for its daemons.
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED)

die() { echo "cluster.sh: $*" >&2; exit 2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

home() {
  # Workers build executor command lines from $SPARK_HOME/jars (a RELEASE file marks a binary
  # layout); the jars are links to spark/target/spark-lib. SPARK_SCALA_VERSION spares the launcher
  # its search for a source build.
  [ -d "$lib" ] || die "no $lib; build it with: ./mvnw -B -q -pl spark -am package -DskipTests"
  mkdir -p "$dir/home/jars" "$dir/logs"
  touch "$dir/home/RELEASE"
  find "$dir/home/jars" -maxdepth 1 -type l -delete
  ln -s "$lib"/*.jar "$dir/home/jars/"
}

daemon() { # name, class, args...
  local name=$1 cls=$2; shift 2
  SPARK_HOME="$dir/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    nohup java "${opens[@]}" -Xmx256m -cp "$dir/home/jars/*" "$cls" "$@" \
    >"$dir/logs/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

registered() { grep -c "Registering worker" "$dir/logs/master.log" 2>/dev/null || true; }

start() {
  local workers=${1:-2}
  [[ "$workers" =~ ^[1-9][0-9]*$ ]] || die "WORKERS must be a positive integer, got '$workers'"
  alive "$dir/master.pid" && die "a cluster is already running (pid $(cat "$dir/master.pid")); stop it first"
  home
  daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0
  for i in $(seq 1 60); do
    grep -q "I have been elected leader" "$dir/logs/master.log" 2>/dev/null && break
    alive "$dir/master.pid" || die "the master did not start; see $dir/logs/master.log"
    sleep 1
  done
  grep -q "I have been elected leader" "$dir/logs/master.log" || die "master not up after 60 s"
  for w in $(seq 1 "$workers"); do
    rm -rf "$dir/work-$w"; mkdir -p "$dir/work-$w"
    daemon "worker-$w" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" \
      --memory "$memory" --webui-port 0 --work-dir "$dir/work-$w" "$master"
  done
  for i in $(seq 1 90); do
    [ "$(registered)" -ge "$workers" ] && break
    sleep 1
  done
  [ "$(registered)" -ge "$workers" ] || { stop; die "workers did not register within 90 s; see $dir/logs"; }
  echo "cluster up: $master, $workers worker(s) of $cores core(s); logs in $dir/logs"
}

stop() {
  local f
  for f in "$dir"/worker-*.pid "$dir"/master.pid; do
    [ -f "$f" ] || continue
    if alive "$f"; then kill "$(cat "$f")" 2>/dev/null || true; fi
    rm -f "$f"
  done
  echo "cluster stopped"
}

status() {
  if alive "$dir/master.pid"; then
    echo "master $master (pid $(cat "$dir/master.pid")), workers registered: $(registered)"
  else
    echo "no cluster running"
    return 1
  fi
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: cluster.sh start [WORKERS] | status | stop" ;;
esac
