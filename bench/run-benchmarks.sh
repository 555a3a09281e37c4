#!/usr/bin/env bash
# The official benchmark runs: every group on JDK 17 and JDK 25, with -prof gc, raw JMH output
# (plus JMH's CSV per thread count) under bench/results/<jdk>-<group>-<date>[-smoke].txt.
#
#   bench/run-benchmarks.sh                      # official: all groups, JDK 17 and 25 (several hours)
#   bench/run-benchmarks.sh --smoke              # reduced settings, files labelled -smoke
#   bench/run-benchmarks.sh --jdk 25 --group pool --threads "2"
#
# Groups: pool (threads 1 2 4), serializer (threads 1 2), vthreads (VirtualThreadObjectCount,
# JDK 21+ only), machine (threads 1 2: what the machine itself does to two threads sharing
# nothing, the baseline for reading every 2-thread figure; not part of the official run).
# Run on a quiet machine: nothing else should be using the CPUs.
set -euo pipefail
cd "$(dirname "$0")/.."

JDK17_HOME="${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
JDK25_HOME="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR=bench/target/benchmarks.jar
OUT=bench/results
DATE=$(date +%Y-%m-%d)

JDKS=() GROUPS_=() THREADS_OVERRIDE="" SMOKE=0 EXTRA_JMH="" SUFFIX_OVERRIDE="" PATTERN_OVERRIDE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --jdk) JDKS+=("$2"); shift ;;
    --group) GROUPS_+=("$2"); shift ;;
    --threads) THREADS_OVERRIDE="$2"; shift ;;
    --jmh) EXTRA_JMH="$2"; shift ;;          # extra JMH options, e.g. "-f 1 -wi 3 -i 5 -p payload=10,1000"
    --label) SUFFIX_OVERRIDE="-$2"; shift ;; # file-name label for runs with --jmh
    --pattern) PATTERN_OVERRIDE="$2"; shift ;; # JMH benchmark regexp instead of the group's
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
[ ${#JDKS[@]} -gt 0 ] || JDKS=(17 25)
[ ${#GROUPS_[@]} -gt 0 ] || GROUPS_=(pool serializer jackson vthreads)

if [ "$SMOKE" = 1 ]; then
  # Enough to see that every benchmark runs and the numbers are plausible; not for quoting.
  JMH_RUN_OPTS=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
  SUFFIX=-smoke
else
  # The annotations' settings: 2 forks, 5 x 1 s warm-up, 5 x 1 s measurement.
  JMH_RUN_OPTS=()
  SUFFIX=
fi
if [ -n "$EXTRA_JMH" ]; then
  # shellcheck disable=SC2206 # word splitting of the user's JMH options is intended
  JMH_RUN_OPTS+=($EXTRA_JMH)
fi
[ -n "$SUFFIX_OVERRIDE" ] && SUFFIX="$SUFFIX$SUFFIX_OVERRIDE"

java_home() {
  case "$1" in
    17) echo "$JDK17_HOME" ;;
    25) echo "$JDK25_HOME" ;;
    *) echo "no JDK configured for '$1' (use 17 or 25)" >&2; exit 2 ;;
  esac
}

# Built with the default JDK (17); --release 17 class files run on both.
[ -f "$JAR" ] || mvn -B -q -DskipTests package

header() { # java_home command...
  local home=$1; shift
  echo "# poolson benchmarks$([ "$SMOKE" = 1 ] && echo ' -- SMOKE RUN (reduced settings, not for quoting)')"
  echo "# date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  host: $(uname -srm)  nproc: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "# git: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  "$home/bin/java" -version 2>&1 | sed 's/^/# java -version: /'
  echo "# command: $*"
  echo
}

run_jmh_group() { # jdk home group pattern default-threads
  local jdk=$1 home=$2 group=$3 pattern=$4 threads=$5
  [ -n "$THREADS_OVERRIDE" ] && threads=$THREADS_OVERRIDE
  [ -n "$PATTERN_OVERRIDE" ] && pattern=$PATTERN_OVERRIDE
  local file="$OUT/jdk$jdk-$group-$DATE$SUFFIX.txt"
  : > "$file"
  for t in $threads; do
    local cmd=("$home/bin/java" -jar "$JAR" "$pattern" -prof gc -t "$t" "${JMH_RUN_OPTS[@]}"
               -rf csv -rff "$OUT/jdk$jdk-$group-$DATE$SUFFIX-t$t.csv")
    header "$home" "${cmd[@]}" >> "$file"
    echo "=== JDK $jdk, $group, $t thread(s) -> $file"
    "${cmd[@]}" >> "$file" 2>&1
  done
}

run_vthreads() { # jdk home
  local jdk=$1 home=$2
  if [ "$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')" -lt 21 ]; then
    echo "=== JDK $jdk: no virtual threads, skipping vthreads"
    return
  fi
  local file="$OUT/jdk$jdk-vthreads-$DATE$SUFFIX.txt"
  local cmd=("$home/bin/java" -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$JAR"
             io.poolson.bench.pool.VirtualThreadObjectCount)
  echo "=== JDK $jdk, vthreads -> $file"
  { header "$home" "${cmd[@]}"; "${cmd[@]}" 2>&1; } > "$file"
}

mkdir -p "$OUT"
for jdk in "${JDKS[@]}"; do
  home=$(java_home "$jdk")
  [ -x "$home/bin/java" ] || { echo "JDK $jdk missing at $home" >&2; exit 1; }
  for group in "${GROUPS_[@]}"; do
    case "$group" in
      pool) run_jmh_group "$jdk" "$home" pool 'io.poolson.bench.pool.*' "1 2 4" ;;
      serializer) run_jmh_group "$jdk" "$home" serializer 'io.poolson.bench.serializer.*' "1 2" ;;
      jackson) run_jmh_group "$jdk" "$home" jackson 'io.poolson.bench.jackson.*' "1 2 4" ;;
      vthreads) run_vthreads "$jdk" "$home" ;;
      machine) run_jmh_group "$jdk" "$home" machine 'io.poolson.bench.machine.*' "1 2" ;;
      *) echo "unknown group: $group" >&2; exit 2 ;;
    esac
  done
done
