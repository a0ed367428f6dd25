#!/usr/bin/env bash
# The reports' benchmark (ReportBenchmark): each format of the annual compilation of a municipality with 1,000
# projects and 200 partnerships, and of Sweden's twin towns.
# Usage: adapters-report/benchmark/run.sh [rounds, 9] [warm-up rounds, 20] [formats, e.g. pdf,docx; all]
# Measure on a quiet machine; the CPU column is what a busy one inflates least.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl adapters-report -am install -DskipTests
./mvnw -B -q -pl adapters-report test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
  -Dexec.mainClass=se.omvarld.adapter.report.benchmark.ReportBenchmark -Dexec.args="${1:-9} ${2:-20} ${3:-html,pdf,docx,xlsx,csv,csv_excel}" -Djava.awt.headless=true
