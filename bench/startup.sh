#!/usr/bin/env bash
# Time from `java -jar` to the first 200 from /health, and the resident memory right after, over N runs.
# Usage: bench/startup.sh [runs] (build first: ./mvnw -q package -DskipTests). Uses a throwaway data dir.
set -euo pipefail
runs=${1:-5}
jar=$(cd "$(dirname "$0")/.." && pwd)/target/flashpoint.jar
port=${PORT:-18080}
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  FLASHPOINT_DATA_DIR="$dir" MICRONAUT_SERVER_PORT=$port java -jar "$jar" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "app exited:"; cat "$dir/log"; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "run $i: first 200 from /health after ${ms} ms, RSS ${rss} MiB ($( [ $i = 1 ] && echo 'empty database' || echo 'empty database'))"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
done
