#!/usr/bin/env bash
# The runs behind the README's results tables: the official suite trimmed to fit a 2-core machine
# (about an hour for "all"). Contenders of one table always run side by side in one JMH
# invocation, so their ratios are comparable even on a noisy machine; absolute figures are not.
# Raw output, headed by date, load average, git revision and java -version, goes to
# bench/results/jdk<N>-<group>-<date>-<label>*.txt.
#
#   bench/run-readme-figures.sh matrix   # serializer tables (JDK 25 and JDK 17, 1 thread)
#   bench/run-readme-figures.sh matrix2  # the serializer at 2 threads (JDK 25 and 17)
#   bench/run-readme-figures.sh 25       # pool, Jackson module and recycler tables, virtual threads
#   bench/run-readme-figures.sh 17       # the JDK 17 pool and recycler tables
#   bench/run-readme-figures.sh recyclers  # the recycler tables alone (JDK 25 and 17)
#   bench/run-readme-figures.sh          # all three
#
# The serializer tables of earlier runs (labels readme-sizes, readme-mixed, readme-strings) stay in
# bench/results as they were measured; the README now quotes the matrix.
#
# Files are named by date and label, so a second run on the same day would overwrite the first:
# give it another label with LABEL=name (appended to every label), e.g. LABEL=rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
JMH="-f 1 -wi 3 -w 1s -i 5 -r 1s"
# The pool table takes three forks: which JIT profile a fork compiles get/put with depends on
# whether a thread's first borrow (a miss, then claiming its stripe) was profiled, and moves a
# 4-thread fork between ~11 and ~18 ns (2026-11-30, see docs/performance-notes.md). Six warm-up
# iterations: a fork runs 8.5-10 ns/op until C2 recompiles put after the first collection's
# uncommon trap, which can come after three (PoolModeProbe, see docs/performance-notes.md; the
# tables at 63d79cd had three).
POOLJMH="-f 3 -wi 6 -w 1s -i 3 -r 1s"
S=${LABEL:+-$LABEL}
run() { # the same arguments as bench/run-benchmarks.sh, with $S appended to --label
  local args=()
  while [ $# -gt 0 ]; do
    if [ "$1" = --label ]; then args+=(--label "$2$S"); shift 2; else args+=("$1"); shift; fi
  done
  bench/run-benchmarks.sh "${args[@]}"
}
jdk25() {
  run --jdk 25 --group pool --threads "1 2 4" --jmh "$POOLJMH" --label readme-inlined
  run --jdk 25 --group jackson --threads 1 --jmh "$JMH -p payload=10,100,1000,mixed" --label readme-module \
      --pattern 'io.poolson.bench.jackson.JacksonModuleBenchmark'
  recyclers25
  run --jdk 25 --group vthreads
}
# Jackson writing through each recycler pool, 1, 2 and 4 threads. Several forks: where the
# collector puts each thread's recycler and buffers differs per fork, and a fork whose layout puts
# two threads' stores on one cache line runs up to 2-5x slower (PoolsonRecyclerPool's recyclers
# are padded against it since 2026-12-01; Jackson's own buffers are not).
RECYCLERJMH="-f 2 -wi 2 -w 1s -i 2 -r 1s"
RECYCLER_WRITES='io.poolson.bench.jackson.Jackson[23]RecyclerPoolWriteBenchmark'
recyclers25() {
  run --jdk 25 --group jackson --threads "1 2 4" --jmh "$RECYCLERJMH -p payload=1,mixed" --label readme-recyclers \
      --pattern "$RECYCLER_WRITES"
}
recyclers17() {
  run --jdk 17 --group jackson --threads "1 2 4" --jmh "$RECYCLERJMH -p payload=1" --label recyclers-1entry \
      --pattern "$RECYCLER_WRITES"
}
jdk17() {
  run --jdk 17 --group pool --threads "1 2 4" --jmh "$POOLJMH" --label readme-inlined
  recyclers17
}
# The serializer issue's full matrix: every payload, with the int-map-only contenders, 1 thread on
# JDK 25 and JDK 17 (matrix, about 26 minutes) and 2 threads on both (matrix2, about 26); 2
# warm-up and 4 measurement iterations per benchmark.
M="-f 1 -wi 2 -w 1s -i 4 -r 1s -p payload=1,10,100,1000,mixed"
matrix() {
  run --jdk 25 --group serializer --threads 1 --jmh "$M" --label matrix
  run --jdk 17 --group serializer --threads 1 --jmh "$M" --label matrix
}
matrix2() {
  run --jdk 25 --group serializer --threads 2 --jmh "$M" --label matrix-2t
  run --jdk 17 --group serializer --threads 2 --jmh "$M" --label matrix-2t
}
case "${1:-all}" in
  25) jdk25 ;;
  17) jdk17 ;;
  matrix) matrix ;;
  matrix2) matrix2 ;;
  recyclers) recyclers25; recyclers17 ;;
  all) matrix; matrix2; jdk25; jdk17 ;;
  *) echo "usage: $0 [25|17|matrix|matrix2|recyclers|all]" >&2; exit 2 ;;
esac
