#!/usr/bin/env bash
# Benchmarks of the stub server. Never part of the test command.
#
#   benchmarks/run.sh load    stub vs nginx vs Prism on the three hot GETs (about 6 minutes)
#   benchmarks/run.sh soak    60 s of mixed load over all three APIs, resident memory sampled
#   benchmarks/run.sh jmh     JMH: client deserialisation, response validation, server serialisation
#   benchmarks/run.sh build   the build loop: verify from clean, and spec edit -> client compiled
#   benchmarks/run.sh flood   60 s of unauthenticated GETs while a client sends valid signed ones
#                             (STUB_JAR=other.jar floods another build of the stub, for before/after)
#   benchmarks/run.sh all     all four, in that order (the default)
#
# Needs Java 17, wrk, nginx, Node 20 with npm, and python3 (apt-get install wrk nginx-light).
# Prism (@stoplight/prism-cli, pinned below) is installed into benchmarks/target on first use.
# Everything listens on 127.0.0.1 only; every process started here is stopped by its PID on exit.
# Raw outputs and a Markdown summary go to benchmarks/target/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/benchmarks/target
PRISM_VERSION=5.14.2
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
SOAK_SECONDS=${SOAK_SECONDS:-60}
CONNECTIONS=32
THREADS=2

MONGOSYNC_PORT=28182 CLOUD_PORT=28080 NGINX_PORT=28090
PRISM_MONGOSYNC_PORT=28401 PRISM_ATLAS_PORT=28402 PRISM_OPS_MANAGER_PORT=28403
PUBLIC_KEY=benchpublickey PRIVATE_KEY=bench-private-key
GROUP=5e2211c17a3e5a48f5497de3 CLUSTER=5e2211c17a3e5a48f5497de4
PROGRESS=/api/v1/progress
ATLAS=/api/atlas/v2/groups/$GROUP/liveMigrations/32b6e34b3d91647abb20e7b8
CHECKPOINTS=/api/public/v1.0/groups/$GROUP/clusters/$CLUSTER/checkpoints
CHECKPOINT=$CHECKPOINTS/55bc0658e4b097a3efe06f1f
ATLAS_JSON=application/vnd.atlas.2023-01-01+json

PIDS=()
stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    PIDS=()
}
trap stop_all EXIT

need() {
    command -v "$1" >/dev/null || { echo "benchmarks: $1 not found; $2" >&2; exit 2; }
}

wait_for() { # url [header]
    for _ in $(seq 1 150); do
        if curl -s -o /dev/null "${@:2}" "$1"; then return 0; fi
        sleep 0.2
    done
    echo "benchmarks: nothing answers at $1" >&2
    exit 1
}

expect_200() { # what url curl-args...
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' "${@:3}" "$2")
    [ "$status" = 200 ] || { echo "benchmarks: $1 answered $status at $2, not 200" >&2; exit 1; }
}

build_stub() {
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        ./mvnw -q package -DskipTests
    fi
}

start_stub() { # extra java options...
    java "$@" -jar server-stubs/target/mongodb-api-stubs.jar --quiet --rate-limit 0 --nonce-lifetime 86400 \
        --mongosync-port $MONGOSYNC_PORT --cloud-port $CLOUD_PORT >"$OUT/stub.log" 2>&1 &
    STUB_PID=$!
    PIDS+=("$STUB_PID")
    wait_for "http://127.0.0.1:$MONGOSYNC_PORT$PROGRESS"
    wait_for "http://127.0.0.1:$CLOUD_PORT$CHECKPOINTS"
    sleep 3 # mongosync leaves INITIALIZING after 2 s; the benchmark reads the IDLE document
}

digest() { # path [accept]
    python3 benchmarks/digest-header.py "http://127.0.0.1:$CLOUD_PORT$1" $PUBLIC_KEY $PRIVATE_KEY "${2:-application/json}"
}

export_credentials() {
    export MONGODB_ATLAS_PUBLIC_API_KEY=$PUBLIC_KEY MONGODB_ATLAS_PRIVATE_API_KEY=$PRIVATE_KEY
}

# nginx serves the bytes the stub answered, from files, with the stub's Content-Type.
start_nginx() {
    local html=$OUT/nginx/html
    rm -rf "$OUT/nginx" && mkdir -p "$html/progress" "$html/atlas" "$html/checkpoints" "$OUT/nginx/logs"
    curl -s "http://127.0.0.1:$MONGOSYNC_PORT$PROGRESS" >"$html/progress/body"
    curl -s -H "Accept: $ATLAS_JSON" -H "Authorization: $ATLAS_AUTH" "http://127.0.0.1:$CLOUD_PORT$ATLAS" >"$html/atlas/body"
    curl -s -H "Authorization: $CHECKPOINTS_AUTH" "http://127.0.0.1:$CLOUD_PORT$CHECKPOINTS" >"$html/checkpoints/body"
    cat >"$OUT/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = $PROGRESS { default_type application/json; alias $html/progress/body; }
    location = $ATLAS { default_type "$ATLAS_JSON;charset=utf-8"; alias $html/atlas/body; }
    location = $CHECKPOINTS { default_type application/json; alias $html/checkpoints/body; }
  }
}
EOF
    nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" &
    PIDS+=($!)
    wait_for "http://127.0.0.1:$NGINX_PORT$PROGRESS"
}

start_prism() {
    local prism=$OUT/prism/node_modules/.bin/prism
    if [ ! -x "$prism" ]; then
        npm install --silent --no-audit --no-fund --prefix "$OUT/prism" "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
    fi
    # -v silent: Prism logs every request otherwise, and the stub runs --quiet.
    "$prism" mock -h 127.0.0.1 -p $PRISM_MONGOSYNC_PORT -v silent specs/mongosync/openapi.yaml >"$OUT/prism-mongosync.log" 2>&1 &
    PIDS+=($!)
    "$prism" mock -h 127.0.0.1 -p $PRISM_ATLAS_PORT -v silent specs/atlas-live-migrations/openapi.yaml >"$OUT/prism-atlas.log" 2>&1 &
    PIDS+=($!)
    "$prism" mock -h 127.0.0.1 -p $PRISM_OPS_MANAGER_PORT -v silent specs/ops-manager-checkpoints/openapi.yaml >"$OUT/prism-ops-manager.log" 2>&1 &
    PIDS+=($!)
    wait_for "http://127.0.0.1:$PRISM_MONGOSYNC_PORT$PROGRESS"
    wait_for "http://127.0.0.1:$PRISM_ATLAS_PORT$ATLAS"
    wait_for "http://127.0.0.1:$PRISM_OPS_MANAGER_PORT$CHECKPOINTS"
}

run_wrk() { # output-file duration url headers...
    local file=$1 duration=$2 url=$3
    shift 3
    wrk -t$THREADS -c$CONNECTIONS -d"$duration" --latency "$@" "$url" >"$file"
}

# Prism checks only the form of a Digest header, and wrongly: it splits the header at spaces and
# wants a quoted [a-z0-9]* value in every piece, so the real realm "MMS Public API" and any real
# uri are refused with 401. It gets a header of the same length in the form it accepts.
PRISM_AUTH='Digest username="benchpublickey", realm="mms", nonce="abc123", uri="x", algorithm="md5", qop="auth", nc="00000001", cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"'

endpoint_headers() { # endpoint server
    local atlas=$ATLAS_AUTH checkpoints=$CHECKPOINTS_AUTH
    if [ "$2" = prism ]; then atlas=$PRISM_AUTH checkpoints=$PRISM_AUTH; fi
    case $1 in
        progress) HEADERS=() ;;
        atlas) HEADERS=(-H "Accept: $ATLAS_JSON" -H "Authorization: $atlas") ;;
        checkpoints) HEADERS=(-H "Accept: application/json" -H "Authorization: $checkpoints") ;;
    esac
}

endpoint_url() { # endpoint server
    local path port
    case $1 in
        progress) path=$PROGRESS ;;
        atlas) path=$ATLAS ;;
        checkpoints) path=$CHECKPOINTS ;;
    esac
    case $2/$1 in
        stub/progress) port=$MONGOSYNC_PORT ;;
        stub/*) port=$CLOUD_PORT ;;
        nginx/*) port=$NGINX_PORT ;;
        prism/progress) port=$PRISM_MONGOSYNC_PORT ;;
        prism/atlas) port=$PRISM_ATLAS_PORT ;;
        prism/checkpoints) port=$PRISM_OPS_MANAGER_PORT ;;
    esac
    echo "http://127.0.0.1:$port$path"
}

load() {
    need wrk "install it: apt-get install wrk"
    need nginx "install it: apt-get install nginx-light"
    need npm "install Node 20 with npm"
    build_stub
    rm -rf "$OUT/load" && mkdir -p "$OUT/load"
    export_credentials
    start_stub
    ATLAS_AUTH=$(digest "$ATLAS" "$ATLAS_JSON")
    CHECKPOINTS_AUTH=$(digest "$CHECKPOINTS")
    start_nginx
    start_prism
    local endpoints=(progress atlas checkpoints) servers=(stub nginx prism)
    for e in "${endpoints[@]}"; do
        for s in "${servers[@]}"; do
            endpoint_headers "$e" "$s"
            expect_200 "$s $e" "$(endpoint_url "$e" "$s")" "${HEADERS[@]}"
        done
    done
    echo "warm-up: $WARMUP per endpoint on each server (the JIT compiles the stub's paths)"
    for e in "${endpoints[@]}"; do
        for s in "${servers[@]}"; do
            endpoint_headers "$e" "$s"
            run_wrk "$OUT/load/warmup-$e-$s.txt" "$WARMUP" "$(endpoint_url "$e" "$s")" "${HEADERS[@]}"
        done
    done
    for r in $(seq 1 "$ROUNDS"); do
        echo "round $r of $ROUNDS"
        for e in "${endpoints[@]}"; do
            # Alternate the order each round so that no server always runs right after another.
            local order=("${servers[@]}")
            if [ $((r % 2)) = 0 ]; then order=(prism nginx stub); fi
            for s in "${order[@]}"; do
                endpoint_headers "$e" "$s"
                run_wrk "$OUT/load/$e-$s-$r.txt" "$DURATION" "$(endpoint_url "$e" "$s")" "${HEADERS[@]}"
            done
        done
    done
    stop_all
    python3 benchmarks/summarize.py load "$OUT/load" | tee "$OUT/load.md"
}

soak() {
    need wrk "install it: apt-get install wrk"
    build_stub
    rm -rf "$OUT/soak" && mkdir -p "$OUT/soak"
    export_credentials
    # The heap cap the soak proves enough; SOAK_JAVA_OPTS= (empty) soaks with the JVM's defaults.
    # shellcheck disable=SC2086
    start_stub ${SOAK_JAVA_OPTS--Xmx128m}
    export ATLAS_PATH=$ATLAS CHECKPOINTS_PATH=$CHECKPOINTS CHECKPOINT_PATH=$CHECKPOINT ATLAS_JSON
    ATLAS_AUTH=$(digest "$ATLAS" "$ATLAS_JSON") CHECKPOINTS_AUTH=$(digest "$CHECKPOINTS") CHECKPOINT_AUTH=$(digest "$CHECKPOINT")
    export ATLAS_AUTH CHECKPOINTS_AUTH CHECKPOINT_AUTH
    echo "soak: ${SOAK_SECONDS} s of mixed load, java ${SOAK_JAVA_OPTS--Xmx128m}; resident memory of PID $STUB_PID every 5 s"
    wrk -t1 -c8 -d"${SOAK_SECONDS}s" --latency "http://127.0.0.1:$MONGOSYNC_PORT$PROGRESS" >"$OUT/soak/mongosync.txt" &
    local w1=$!
    wrk -t1 -c16 -d"${SOAK_SECONDS}s" --latency -s benchmarks/cloud-mix.lua "http://127.0.0.1:$CLOUD_PORT" >"$OUT/soak/cloud.txt" &
    local w2=$!
    local t=0
    : >"$OUT/soak/rss.txt"
    while kill -0 $w1 2>/dev/null || kill -0 $w2 2>/dev/null; do
        echo "$t $(ps -o rss= -p "$STUB_PID")" >>"$OUT/soak/rss.txt"
        sleep 5
        t=$((t + 5))
    done
    wait $w1 $w2
    echo "$t $(ps -o rss= -p "$STUB_PID")" >>"$OUT/soak/rss.txt"
    stop_all
    python3 benchmarks/summarize.py soak "$OUT/soak" | tee "$OUT/soak.md"
}

jmh() {
    ./mvnw -q -Pbenchmarks -pl benchmarks/jmh -am package -DskipTests
    java -jar benchmarks/jmh/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc \
        -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"
    python3 benchmarks/summarize.py jmh "$OUT/jmh.json" | tee "$OUT/jmh.md"
}

build() {
    bash benchmarks/build-loop.sh | tee "$OUT/build.md"
}

# An unauthenticated flood (every answer a 401 with a new nonce) on the Atlas GET, while one
# client sends valid Digest-signed requests; resident memory every 5 s.
flood() {
    need wrk "install it: apt-get install wrk"
    local jar=${STUB_JAR:-server-stubs/target/mongodb-api-stubs.jar} seconds=${FLOOD_SECONDS:-60}
    if [ -z "${STUB_JAR:-}" ]; then build_stub; fi
    rm -rf "$OUT/flood" && mkdir -p "$OUT/flood"
    export_credentials
    java -jar "$jar" --quiet --rate-limit 0 --mongosync-port $MONGOSYNC_PORT --cloud-port $CLOUD_PORT >"$OUT/flood/stub.log" 2>&1 &
    STUB_PID=$!
    PIDS+=("$STUB_PID")
    wait_for "http://127.0.0.1:$CLOUD_PORT$CHECKPOINTS"
    wrk -t1 -c16 -d"${seconds}s" -H "Accept: $ATLAS_JSON" "http://127.0.0.1:$CLOUD_PORT$ATLAS" >"$OUT/flood/wrk.txt" &
    local w=$!
    python3 benchmarks/flood-client.py "http://127.0.0.1:$CLOUD_PORT$ATLAS" $PUBLIC_KEY $PRIVATE_KEY "$ATLAS_JSON" "$seconds" >"$OUT/flood/signed.txt" &
    local c=$!
    local t=0
    : >"$OUT/flood/rss.txt"
    while kill -0 $w 2>/dev/null; do
        echo "$t $(( $(ps -o rss= -p "$STUB_PID") / 1024 )) MiB" >>"$OUT/flood/rss.txt"
        sleep 5
        t=$((t + 5))
    done
    wait $w $c
    stop_all
    { echo "## flood ($jar, ${seconds} s)"; echo; echo "unauthenticated: $(grep 'Requests/sec' "$OUT/flood/wrk.txt")";
      echo "signed: $(cat "$OUT/flood/signed.txt")"; echo; echo "resident memory (s, MiB):"; cat "$OUT/flood/rss.txt"; } | tee "$OUT/flood.md"
}

mkdir -p "$OUT"
case "${1:-all}" in
    load) load ;;
    soak) soak ;;
    jmh) jmh ;;
    build) build ;;
    flood) flood ;;
    all) load; soak; jmh; build ;;
    *) echo "usage: benchmarks/run.sh [load|soak|jmh|build|flood|all]" >&2; exit 2 ;;
esac
