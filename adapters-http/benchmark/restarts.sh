#!/bin/sh
# Restarts of the deployable on the national H2 file (see ../BENCHMARK.md, "Restart to ready"), from anywhere:
#   adapters-http/benchmark/restarts.sh [N, default 3]
# Needs the H2 file of an earlier run.sh (target/load-benchmark/h2); builds omvarld-service.jar, then times N plain
# starts, one training start writing the class-data archive, and N starts using it. Maven options: MAVEN_ARGS.
set -eu
cd "$(dirname "$0")/../.."
work=adapters-http/target/load-benchmark
if [ ! -f "$work/h2/omvarld.mv.db" ]; then
    echo "no national H2 file in $work/h2: run adapters-http/benchmark/run.sh --databases h2 first" >&2
    exit 2
fi
./mvnw -q ${MAVEN_ARGS:-} -pl adapters-http -am package -DskipTests
exec java adapters-http/benchmark/Restarts.java "${1:-3}" adapters-http/target/omvarld-service.jar \
    "jdbc:h2:file:$(pwd)/$work/h2/omvarld;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "$(pwd)/$work/profiles" "$(pwd)/adapters-http/target/omvarld-service.jsa"
