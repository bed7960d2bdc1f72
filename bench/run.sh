#!/usr/bin/env bash
# Desist's benchmark at one scale, from nothing (docs/performance.md):
#   DESIST_BENCH_PASSWORD=<12+ characters> bench/run.sh hundredth|tenth|national [seconds per level] [quality]
# Builds the service and the benchmark tools, starts the service on a NEW embedded database of its own
# (bench/target/home-<scale>), generates the synthetic services into it, warms up (32 users, BENCH_WARMUP_SECONDS,
# 120 by default), then for 8, 32 and 64 users
# times the floor (hand-written SQL) and the load benchmark with no pause between pages, then 32 users pausing
# BENCH_THINK_MILLIS (2000) between pages, then the quality pages' targets (`bench quality`: the draw, a round's
# ratings, a team's inspection readiness, each timed BENCH_QUALITY_TIMES (30) times one after another), and writes
# bench/target/results-<scale>.md. With `quality` as the third argument, only the quality step runs after generating.
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:?usage: bench/run.sh hundredth|tenth|national [seconds]}"
seconds="${2:-60}"
only="${3:-}"
: "${DESIST_BENCH_PASSWORD:?set DESIST_BENCH_PASSWORD (12 characters or more)}"
port="${BENCH_PORT:-8089}"
db_port="${BENCH_DB_PORT:-54339}"
home="bench/target/home-$scale"
db_url="jdbc:postgresql://localhost:$db_port/desist"
results="bench/target/results-$scale.md"

./mvnw -B -q -ntp package -DskipTests -Dspotless.check.skip=true
./mvnw -B -q -ntp -f bench/pom.xml package -DskipTests
rm -rf "$home"
mkdir -p "$home"
DESIST_HOME="$PWD/$home" java -jar target/desist-0.1.0-SNAPSHOT.jar --server.port="$port" \
  --desist.embedded.port="$db_port" --desist.demo.enabled=false > "$home/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; wait $service 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do
  kill -0 $service 2>/dev/null || { echo "The service did not start: see $home/service.log"; exit 1; }
  sleep 2
done

{
  echo "# Benchmark at scale $scale ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $seconds s per level)"
  echo
  echo '```'
  java -jar bench/target/desist-bench.jar generate --scale="$scale" --url="$db_url"
  echo '```'
} | tee "$results"

quality() { # the quality pages' targets, one request after another (bench quality)
  local m0 s0 p0 load0
  m0=$(machine_cpu); s0=$(service_cpu); p0=$(postgres_cpu); load0=$(cut -d' ' -f1-3 /proc/loadavg)
  {
    echo
    echo "## Quality pages"
    echo
    java -jar bench/target/desist-bench.jar quality --services=B001,B002 --times="${BENCH_QUALITY_TIMES:-30}" \
      --baseUrl="http://localhost:$port" --url="$db_url"
  } | tee -a "$results"
  local machine=$(( $(machine_cpu) - m0 )) svc=$(( $(service_cpu) - s0 )) pg=$(( $(postgres_cpu) - p0 ))
  echo "CPU seconds during the step: service $((svc / tick)), PostgreSQL $((pg / tick)), everything else on the machine $(((machine - svc - pg) / tick)); load average before $load0, after $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$results"
}

# CPU time in clock ticks: the service, PostgreSQL's processes, and the whole machine. Every process named
# postgres counts, so stop any other PostgreSQL on the machine before a run; a backend that ends during a level
# takes its CPU with it (the service's pooled connections stay open).
tick=$(getconf CLK_TCK)
service_cpu() { awk '{print $14 + $15}' "/proc/$service/stat"; }
postgres_cpu() {
  local sum=0 p
  for p in $(pgrep -x postgres); do sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$sum"
}
machine_cpu() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

gatling() { # users seconds [milliseconds between pages]
  local m0 s0 p0
  m0=$(machine_cpu); s0=$(service_cpu); p0=$(postgres_cpu)
  ./mvnw -B -q -ntp -f bench/pom.xml gatling:test -Dusers="$1" -Dseconds="$2" -DthinkMillis="${3:-0}" \
    -DbaseUrl="http://localhost:$port" -DdbUrl="$db_url" > "bench/target/gatling-$1.log" 2>&1 \
    || { echo "The load benchmark at $1 users failed (errors or a crash): see bench/target/gatling-$1.log"; tail -40 "bench/target/gatling-$1.log"; exit 1; }
  local machine=$(( $(machine_cpu) - m0 )) svc=$(( $(service_cpu) - s0 )) pg=$(( $(postgres_cpu) - p0 ))
  cpu_line="CPU seconds during the run (Maven's start and Gatling's report included): service $((svc / tick)), PostgreSQL $((pg / tick)), Gatling, Maven and the rest $(((machine - svc - pg) / tick))."
}

if [ "$only" = quality ]; then
  quality
  echo "Results: $results"
  exit 0
fi

# The JIT compiler needs minutes on two cores before a page's cost settles: warm up at full load first.
warmup="${BENCH_WARMUP_SECONDS:-120}"
echo "Warming up (32 users, $warmup s)"
gatling 32 "$warmup"
for users in 8 32 64; do
  java -jar bench/target/desist-bench.jar floor --users="$users" --seconds="$seconds" --url="$db_url" > /dev/null
  gatling "$users" "$seconds"
  {
    echo
    echo "## $users users"
    echo
    java -jar bench/target/desist-bench.jar report --users="$users"
    echo
    echo "$cpu_line"
  } | tee -a "$results"
done
# The same 32 users as people work: a pause between pages (BENCH_THINK_MILLIS, 2 s by default).
think="${BENCH_THINK_MILLIS:-2000}"
java -jar bench/target/desist-bench.jar floor --users=32 --think="$think" --seconds="$seconds" --url="$db_url" \
  --out=bench/target/floor-32-think.tsv > /dev/null
gatling 32 "$seconds" "$think"
{
  echo
  echo "## 32 users, $think ms between pages"
  echo
  java -jar bench/target/desist-bench.jar report --users=32 --floor=bench/target/floor-32-think.tsv
  echo
  echo "$cpu_line"
} | tee -a "$results"
quality
echo "Results: $results"
