#!/bin/sh
# The load benchmark (see ../BENCHMARK.md), from the repository root or anywhere:
#   adapters-http/benchmark/run.sh [arguments of LoadBenchmark, e.g. --databases h2 --seconds 5]
# Installs wrk (Debian's package) if it is missing, then builds the reactor up to adapters-http's test classes and
# runs the benchmark in a JVM of its own with -Xmx256m. Extra Maven options: MAVEN_ARGS, e.g.
#   MAVEN_ARGS=-Dmaven.repo.local=/tmp/m2 adapters-http/benchmark/run.sh
# and further JVM options in BENCHMARK_JVM, e.g. BENCHMARK_JVM=-XX:StartFlightRecording=filename=/tmp/load.jfr,settings=profile
set -eu
cd "$(dirname "$0")/../.."
if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi
fi
exec ./mvnw -q ${MAVEN_ARGS:-} -pl adapters-http -am process-test-classes -Pload-benchmark -Dbenchmark.jvm="${BENCHMARK_JVM:-}" -Dbenchmark.args="$*"
