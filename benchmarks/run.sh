#!/usr/bin/env bash
# Benchmarks of the stub server. Never part of the test command.
#
#   benchmarks/run.sh load    stub vs nginx vs Prism on the three hot GETs (about 6 minutes)
#   benchmarks/run.sh proxy   the validating proxy vs Prism's validating proxy vs nginx direct, on the
#                             three hot GETs, with nginx serving the stub's bytes as upstream (about 4 minutes)
#   benchmarks/run.sh soak    60 s of mixed load over all three APIs, resident memory sampled
#   benchmarks/run.sh jmh     JMH: client deserialisation, response validation, server serialisation
#   benchmarks/run.sh build   the build loop: verify from clean, and spec edit -> client compiled
#   benchmarks/run.sh flood   60 s of unauthenticated GETs while a client sends valid signed ones
#                             (STUB_JAR=other.jar floods another build of the stub, for before/after;
#                             FLOOD_JAVA_OPTS=-Xmx128m caps its heap)
#   benchmarks/run.sh startup in-process start (specs, dataset, first and second server) and java -jar's first answer
#   benchmarks/run.sh mutation PIT on the domain code: the client's retry policy and state rules, the
#                             stub's simulators, authentication, rate limiting, paging and the proxy's
#                             framing; reports under benchmarks/target/mutation/, a score per class
#   benchmarks/run.sh all     load, soak, jmh and build, in that order (the default)
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
PROXY_MONGOSYNC_PORT=28501 PROXY_ATLAS_PORT=28502 PROXY_OPS_MANAGER_PORT=28503
PRISM_PROXY_MONGOSYNC_PORT=28511 PRISM_PROXY_ATLAS_PORT=28512 PRISM_PROXY_OPS_MANAGER_PORT=28513
PUBLIC_KEY=benchpublickey PRIVATE_KEY=bench-private-key
GROUP=5e2211c17a3e5a48f5497de3 CLUSTER=5e2211c17a3e5a48f5497de4
PROGRESS=/api/v1/progress
ATLAS=/api/atlas/v2/groups/$GROUP/liveMigrations/32b6e34b3d91647abb20e7b8
CHECKPOINTS=/api/public/v1.0/groups/$GROUP/clusters/$CLUSTER/checkpoints
CHECKPOINT=$CHECKPOINTS/55bc0658e4b097a3efe06f1f
ATLAS_JSON=application/vnd.atlas.2023-01-01+json
ATLAS_2024=application/vnd.atlas.2024-05-30+json
MIGRATIONS=/api/atlas/v2/groups/$GROUP/liveMigrations
# The spec's example request: the built-in dataset's rs0 into the demo project.
MIGRATION_REQUEST='{"destination":{"clusterName":"Cluster0","groupId":"5e2211c17a3e5a48f5497de3","hostnameSchemaType":"PUBLIC"},"migrationHosts":["vm001.example.com"],"source":{"clusterName":"rs0","groupId":"63b4c8f2a1e5d3c2b1a09f01","managedAuthentication":false,"ssl":true,"username":"mongosync-user","password":"example-password"}}'

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
    sleep 3 # mongosync leaves INITIALIZING after 2 s; only then can load() start the sync
}

digest() { # path [accept]
    python3 benchmarks/digest-header.py "http://127.0.0.1:$CLOUD_PORT$1" $PUBLIC_KEY $PRIVATE_KEY "${2:-application/json}"
}

export_credentials() {
    export MONGODB_ATLAS_PUBLIC_API_KEY=$PUBLIC_KEY MONGODB_ATLAS_PRIVATE_API_KEY=$PRIVATE_KEY
}

# One signed client per wrk thread: the stub tracks nonce counts, so each thread signs its own
# requests with its own nonce (benchmarks/signed.lua). Exports what the script reads.
export_signing() { # count
    DIGEST_USER=$PUBLIC_KEY
    DIGEST_REALM=$(curl -s -D - -o /dev/null "http://127.0.0.1:$CLOUD_PORT$CHECKPOINTS" | tr -d '\r' | sed -n 's/.*realm="\([^"]*\)".*/\1/p')
    DIGEST_HA1=$(printf '%s' "$DIGEST_USER:$DIGEST_REALM:$PRIVATE_KEY" | md5sum | cut -d' ' -f1)
    DIGEST_NONCES=$(for _ in $(seq 1 "$1"); do
        curl -s -D - -o /dev/null "http://127.0.0.1:$CLOUD_PORT$CHECKPOINTS" | tr -d '\r' | sed -n 's/.*nonce="\([^"]*\)".*/\1/p'
    done | tr '\n' ' ')
    export DIGEST_USER DIGEST_REALM DIGEST_HA1 DIGEST_NONCES
}

# The routes of the load benchmark. The first three are the hot GETs (fast path; also run on
# Prism); the rest are answered by the admission pipeline or by Jersey and compared with nginx.
# route: name method port(mongosync|cloud) auth(none|signed) status path...
HOT_ROUTES=(progress atlas checkpoints)
OTHER_ROUTES=(challenge page notfound pauseresume validate create cutover)
route() {
    case $1 in
        progress) echo "GET mongosync none 200 $PROGRESS" ;;
        atlas) echo "GET cloud signed 200 $ATLAS" ;;
        checkpoints) echo "GET cloud signed 200 $CHECKPOINTS" ;;
        challenge) echo "GET cloud none 401 $CHECKPOINTS" ;;
        page) echo "GET cloud signed 200 $CHECKPOINTS?pageNum=2&itemsPerPage=3" ;;
        notfound) echo "GET cloud signed 404 $CHECKPOINTS/000000000000000000000000" ;;
        pauseresume) echo "POST mongosync none 200 /api/v1/pause /api/v1/resume" ;;
        # The Cloud Migration Service's writes, body checked against the spec on each request:
        # validate creates a validation each time (200); create and cutover answer as they do
        # once the one source is migrating (409) and for a migration not ready (400), since a
        # 201 or a 202 can be had only once per source or migration.
        validate) echo "POST cloud signed 200 $MIGRATIONS/validate" ;;
        create) echo "POST cloud signed 409 $MIGRATIONS" ;;
        cutover) echo "PUT cloud signed 400 $MIGRATIONS/6296fb4c7c7aa997cf94e9a8/cutover" ;;
    esac
}

route_accept() {
    case $1 in
        atlas) echo "$ATLAS_JSON" ;;
        validate|create|cutover) echo "$ATLAS_2024" ;;
        *) echo application/json ;;
    esac
}

route_body() { case $1 in validate|create) echo "$MIGRATION_REQUEST" ;; esac; }

# wrk's threads and connections per route: a signed route needs one thread per connection (each
# thread's nonce counts must arrive in order); pause and resume alternate on one connection, as
# a state machine allows only the next one.
route_wrk_shape() {
    case $(route "$1" | cut -d' ' -f3)/$1 in
        */pauseresume) echo "-t1 -c1" ;;
        signed/*) echo "-t$CONNECTIONS -c$CONNECTIONS" ;;
        *) echo "-t$THREADS -c$CONNECTIONS" ;;
    esac
}

route_port() { # route server
    local i
    case $2/$(route "$1" | cut -d' ' -f2) in
        stub/mongosync) echo $MONGOSYNC_PORT ;;
        stub/cloud) echo $CLOUD_PORT ;;
        nginx/*) for i in "${!OTHER_ROUTES[@]}"; do
                     if [ "${OTHER_ROUTES[$i]}" = "$1" ]; then echo $((NGINX_PORT + 1 + i)); return; fi
                 done
                 echo $NGINX_PORT ;;
        prism/*) case $1 in
                     progress) echo $PRISM_MONGOSYNC_PORT ;;
                     atlas) echo $PRISM_ATLAS_PORT ;;
                     *) echo $PRISM_OPS_MANAGER_PORT ;;
                 esac ;;
    esac
}

# One stub answer of a route: status, content type, WWW-Authenticate and body, for nginx to replay.
capture() { # route dir
    local method auth path accept paths headers=() data=()
    read -r method _ auth _ paths <<<"$(route "$1")"
    accept=$(route_accept "$1")
    if [ "$method" = POST ]; then data=(--data '{}'); fi
    if [ -n "$(route_body "$1")" ]; then data=(-H "Content-Type: $ATLAS_2024" --data "$(route_body "$1")"); fi
    # A POST route's paths are posted in turn (pause, then resume): the sync ends where it began.
    for path in $paths; do
        if [ "$auth" = signed ] && [ "$method" = GET ]; then headers=(-H "Authorization: $(digest "$path" "$accept")"); fi
        if [ "$auth" = signed ] && [ "$method" != GET ]; then headers=(--digest -u "$PUBLIC_KEY:$PRIVATE_KEY"); fi
        curl -s -X "$method" -D "$2/headers" -o "$2/body" -H "Accept: $accept" "${headers[@]}" "${data[@]}" \
            "http://127.0.0.1:$(route_port "$1" stub)$path"
    done
    tr -d '\r' <"$2/headers" >"$2/headers.txt"
}

header_of() { sed -n "s/^$1: //Ip" "$2/headers.txt" | head -1; }

# nginx serves the bytes the stub answered, from files, with the stub's status and Content-Type:
# the hot GETs on one server (as before), every other route on a server of its own.
start_nginx() {
    local html=$OUT/nginx/html r
    rm -rf "$OUT/nginx" && mkdir -p "$OUT/nginx/logs"
    for r in "${HOT_ROUTES[@]}" "${OTHER_ROUTES[@]}"; do mkdir -p "$html/$r" && capture "$r" "$html/$r"; done
    {
        echo "worker_processes 1; daemon off; pid $OUT/nginx/nginx.pid; error_log $OUT/nginx/logs/error.log;"
        echo "events { worker_connections 1024; }"
        echo "http { access_log off; types { }"
        echo "  server { listen 127.0.0.1:$NGINX_PORT;"
        for r in "${HOT_ROUTES[@]}"; do
            echo "    location = $(route "$r" | cut -d' ' -f5) { default_type \"$(header_of content-type "$html/$r")\"; alias $html/$r/body; }"
        done
        echo "  }"
        # error_page turns any method into a GET of the body with the route's status.
        for r in "${OTHER_ROUTES[@]}"; do
            local status challenge
            status=$(route "$r" | cut -d' ' -f4)
            challenge=$(header_of www-authenticate "$html/$r")
            echo "  server { listen 127.0.0.1:$(route_port "$r" nginx);"
            echo "    location / { error_page 418 =$status /.body; return 418; }"
            echo "    location = /.body { internal; default_type \"$(header_of content-type "$html/$r")\"; alias $html/$r/body;"
            if [ -n "$challenge" ]; then echo "      add_header WWW-Authenticate '$challenge' always;"; fi
            echo "    }"
            echo "  }"
        done
        echo "}"
    } >"$OUT/nginx/nginx.conf"
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

# Prism checks only the form of a Digest header, and wrongly: it splits the header at spaces and
# wants a quoted [a-z0-9]* value in every piece, so the real realm "MMS Public API" and any real
# uri are refused with 401. It gets a header of the same length in the form it accepts.
PRISM_AUTH='Digest username="benchpublickey", realm="mms", nonce="abc123", uri="x", algorithm="md5", qop="auth", nc="00000001", cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"'

run_route() { # output-file duration route server
    local file=$1 duration=$2 r=$3 server=$4 method auth status paths
    read -r method _ auth status paths <<<"$(route "$r")"
    local url="http://127.0.0.1:$(route_port "$r" "$server")" args=()
    if [ "$auth" = signed ]; then
        # Every server gets the same client-side signing work; Prism a header in the form it accepts.
        local fixed=
        if [ "$server" = prism ]; then fixed=$PRISM_AUTH; fi
        export_signing "$CONNECTIONS" # new nonces: each run counts from 1 again
        args=(-s benchmarks/signed.lua)
        FIXED_AUTH=$fixed SIGNED_PATHS=$paths SIGNED_ACCEPTS=$(route_accept "$r") SIGNED_METHOD=$method \
            SIGNED_BODY=$(route_body "$r") SIGNED_CONTENT_TYPE=$ATLAS_2024 wrk $(route_wrk_shape "$r") -d"$duration" --latency "${args[@]}" "$url" >"$file"
    elif [ "$method" = POST ]; then
        if [ "$server" = stub ]; then resume_if_paused; fi # a run may have stopped after a pause
        POST_PATHS=$paths wrk $(route_wrk_shape "$r") -d"$duration" --latency -s benchmarks/alternate-posts.lua "$url" >"$file"
    else
        wrk $(route_wrk_shape "$r") -d"$duration" --latency -H "Accept: $(route_accept "$r")" "$url$paths" >"$file"
    fi
    echo "expected $status" >>"$file"
}

expect_status() { # route server
    local method auth status paths accept headers=() data=() got
    read -r method _ auth status paths <<<"$(route "$1")"
    accept=$(route_accept "$1")
    if [ "$method" = POST ]; then data=(--data '{}'); fi
    if [ -n "$(route_body "$1")" ]; then data=(-H "Content-Type: $ATLAS_2024" --data "$(route_body "$1")"); fi
    for path in $paths; do
        if [ "$auth" = signed ]; then
            if [ "$2" = prism ]; then headers=(-H "Authorization: $PRISM_AUTH");
            elif [ "$method" = GET ]; then headers=(-H "Authorization: $(digest "$path" "$accept")");
            else headers=(--digest -u "$PUBLIC_KEY:$PRIVATE_KEY"); fi
        fi
        got=$(curl -s -o /dev/null -w '%{http_code}' -X "$method" -H "Accept: $accept" "${headers[@]}" "${data[@]}" \
            "http://127.0.0.1:$(route_port "$1" "$2")$path")
        [ "$got" = "$status" ] || { echo "benchmarks: $2 answered $got, not $status, for $1 ($method $path)" >&2; exit 1; }
    done
}

resume_if_paused() {
    if curl -s "http://127.0.0.1:$MONGOSYNC_PORT$PROGRESS" | grep -q '"state":"PAUSED"'; then
        curl -s -o /dev/null -XPOST "http://127.0.0.1:$MONGOSYNC_PORT/api/v1/resume" --data '{}'
    fi
}

create_migration() {
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' --digest -u "$PUBLIC_KEY:$PRIVATE_KEY" -H "Accept: $ATLAS_2024" \
        -H "Content-Type: $ATLAS_2024" --data "$MIGRATION_REQUEST" "http://127.0.0.1:$CLOUD_PORT$MIGRATIONS")
    [ "$status" = 201 ] || { echo "benchmarks: creating the migration answered $status, not 201" >&2; exit 1; }
}

start_sync() { # mongosync leaves IDLE only when started; pause and resume need RUNNING
    curl -s -o /dev/null -XPOST "http://127.0.0.1:$MONGOSYNC_PORT/api/v1/start" --data '{"source": "cluster0", "destination": "cluster1"}'
}

load() {
    need wrk "install it: apt-get install wrk"
    need nginx "install it: apt-get install nginx-light"
    need npm "install Node 20 with npm"
    build_stub
    rm -rf "$OUT/load" && mkdir -p "$OUT/load"
    export_credentials
    start_stub
    export_signing "$CONNECTIONS"
    start_sync       # pause and resume need a RUNNING sync; progress is read in RUNNING too
    create_migration # from now on the create route's source is migrating
    sleep 1
    start_nginx
    start_prism
    local r s
    for r in "${HOT_ROUTES[@]}"; do for s in stub nginx prism; do expect_status "$r" "$s"; done; done
    for r in "${OTHER_ROUTES[@]}"; do for s in stub nginx; do expect_status "$r" "$s"; done; done
    echo "warm-up: $WARMUP per route on each server (the JIT compiles the stub's paths)"
    for r in "${HOT_ROUTES[@]}"; do for s in stub nginx prism; do run_route "$OUT/load/warmup-$r-$s.txt" "$WARMUP" "$r" "$s"; done; done
    for r in "${OTHER_ROUTES[@]}"; do for s in stub nginx; do run_route "$OUT/load/warmup-$r-$s.txt" "$WARMUP" "$r" "$s"; done; done
    for round in $(seq 1 "$ROUNDS"); do
        echo "round $round of $ROUNDS"
        for r in "${HOT_ROUTES[@]}" "${OTHER_ROUTES[@]}"; do
            local servers=(stub nginx prism)
            if [[ " ${OTHER_ROUTES[*]} " == *" $r "* ]]; then servers=(stub nginx); fi
            # Alternate the order each round so that no server always runs right after another.
            if [ $((round % 2)) = 0 ]; then servers=($(printf '%s\n' "${servers[@]}" | tac)); fi
            for s in "${servers[@]}"; do run_route "$OUT/load/$r-$s-$round.txt" "$DURATION" "$r" "$s"; done
        done
    done
    stop_all
    python3 benchmarks/summarize.py load "$OUT/load" | tee "$OUT/load.md"
}

install_prism() {
    PRISM=$OUT/prism/node_modules/.bin/prism
    if [ ! -x "$PRISM" ]; then
        npm install --silent --no-audit --no-fund --prefix "$OUT/prism" "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
    fi
}

# The proxy benchmark's upstream is nginx serving the stub's own bytes, so that what is measured
# is the proxy (forwarding and judging), not the server behind it. Each proxy judges every
# exchange (findings go to benchmarks/target/proxy/*.log); Prism's validates every response too.
proxy_port() { # route server
    case $2/$1 in
        proxy/progress) echo $PROXY_MONGOSYNC_PORT ;;
        proxy/atlas) echo $PROXY_ATLAS_PORT ;;
        proxy/checkpoints) echo $PROXY_OPS_MANAGER_PORT ;;
        prism/progress) echo $PRISM_PROXY_MONGOSYNC_PORT ;;
        prism/atlas) echo $PRISM_PROXY_ATLAS_PORT ;;
        prism/checkpoints) echo $PRISM_PROXY_OPS_MANAGER_PORT ;;
        nginx/*) echo $NGINX_PORT ;;
    esac
}

route_api() {
    case $1 in progress) echo mongosync ;; atlas) echo atlas-live-migrations ;; checkpoints) echo ops-manager-checkpoints ;; esac
}

run_proxied() { # output-file duration route server
    local path headers=()
    path=$(route "$3" | cut -d' ' -f5)
    headers=(-H "Accept: $(route_accept "$3")")
    if [ "$3" != progress ]; then headers+=(-H "Authorization: $PRISM_AUTH"); fi
    wrk -t$THREADS -c$CONNECTIONS -d"$2" --latency "${headers[@]}" "http://127.0.0.1:$(proxy_port "$3" "$4")$path" >"$1"
}

proxy_bench() {
    need wrk "install it: apt-get install wrk"
    need nginx "install it: apt-get install nginx-light"
    need npm "install Node 20 with npm"
    build_stub
    rm -rf "$OUT/proxy" && mkdir -p "$OUT/proxy"
    export_credentials
    start_stub
    export_signing "$CONNECTIONS"
    start_sync
    create_migration
    sleep 1
    start_nginx # captures the stub's answers, then serves them
    kill "$STUB_PID" && wait "$STUB_PID" 2>/dev/null || true
    install_prism
    local r s
    for r in "${HOT_ROUTES[@]}"; do
        java -jar server-stubs/target/mongodb-api-stubs.jar proxy --api "$(route_api "$r")" \
            --upstream "http://127.0.0.1:$NGINX_PORT" --port "$(proxy_port "$r" proxy)" \
            --report "$OUT/proxy/report-$r.json" --fail-on never >"$OUT/proxy/proxy-$r.log" 2>&1 &
        PIDS+=($!)
        "$PRISM" proxy -h 127.0.0.1 -p "$(proxy_port "$r" prism)" "specs/$(route_api "$r")/openapi.yaml" \
            -v silent "http://127.0.0.1:$NGINX_PORT" >"$OUT/proxy/prism-$r.log" 2>&1 &
        PIDS+=($!)
    done
    for r in "${HOT_ROUTES[@]}"; do
        for s in proxy prism nginx; do
            wait_for "http://127.0.0.1:$(proxy_port "$r" "$s")$(route "$r" | cut -d' ' -f5)"
            expect_200 "$s for $r" "http://127.0.0.1:$(proxy_port "$r" "$s")$(route "$r" | cut -d' ' -f5)" \
                -H "Accept: $(route_accept "$r")" -H "Authorization: $PRISM_AUTH"
        done
    done
    echo "warm-up: $WARMUP per route through each"
    for r in "${HOT_ROUTES[@]}"; do for s in proxy prism nginx; do run_proxied "$OUT/proxy/warmup-$r-$s.txt" "$WARMUP" "$r" "$s"; done; done
    for round in $(seq 1 "$ROUNDS"); do
        echo "round $round of $ROUNDS"
        for r in "${HOT_ROUTES[@]}"; do
            local servers=(proxy prism nginx)
            if [ $((round % 2)) = 0 ]; then servers=(nginx prism proxy); fi
            for s in "${servers[@]}"; do run_proxied "$OUT/proxy/$r-$s-$round.txt" "$DURATION" "$r" "$s"; done
        done
    done
    stop_all
    python3 benchmarks/summarize.py proxy "$OUT/proxy" | tee "$OUT/proxy.md"
    for r in "${HOT_ROUTES[@]}"; do
        echo "proxy findings for $r: $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['exchanges'], 'exchanges,', d['violations'], 'violations,', d['drift'], 'drift')" "$OUT/proxy/report-$r.json")" | tee -a "$OUT/proxy.md"
    done
}

soak() {
    need wrk "install it: apt-get install wrk"
    build_stub
    rm -rf "$OUT/soak" && mkdir -p "$OUT/soak"
    export_credentials
    # The heap cap the soak proves enough; SOAK_JAVA_OPTS= (empty) soaks with the JVM's defaults.
    # shellcheck disable=SC2086
    start_stub ${SOAK_JAVA_OPTS--Xmx128m}
    export_signing 16
    echo "soak: ${SOAK_SECONDS} s of mixed load, java ${SOAK_JAVA_OPTS--Xmx128m}; resident memory of PID $STUB_PID every 5 s"
    wrk -t1 -c8 -d"${SOAK_SECONDS}s" --latency "http://127.0.0.1:$MONGOSYNC_PORT$PROGRESS" >"$OUT/soak/mongosync.txt" &
    local w1=$!
    SIGNED_PATHS="$ATLAS $CHECKPOINTS $CHECKPOINT" SIGNED_ACCEPTS="$ATLAS_JSON application/json" \
        wrk -t16 -c16 -d"${SOAK_SECONDS}s" --latency -s benchmarks/signed.lua "http://127.0.0.1:$CLOUD_PORT" >"$OUT/soak/cloud.txt" &
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
    # shellcheck disable=SC2086 # FLOOD_JAVA_OPTS=-Xmx128m floods a stub with a capped heap
    java ${FLOOD_JAVA_OPTS:-} -jar "$jar" --quiet --rate-limit 0 --mongosync-port $MONGOSYNC_PORT --cloud-port $CLOUD_PORT >"$OUT/flood/stub.log" 2>&1 &
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
    { echo "## flood ($jar, ${FLOOD_JAVA_OPTS:-default heap}, ${seconds} s)"; echo; echo "unauthenticated: $(grep 'Requests/sec' "$OUT/flood/wrk.txt")";
      echo "signed: $(cat "$OUT/flood/signed.txt")"; echo; echo "resident memory (s, MiB):"; cat "$OUT/flood/rss.txt"; } | tee "$OUT/flood.md"
}

# Start-up: in-process (specs, dataset, first server, its first request by a fast route and by
# Jersey, second and third server, with StartupTiming.java) and `java -jar` until its first
# answer and its first answer by Jersey (a pause, refused while mongosync is not RUNNING), each in
# ${STARTUP_RUNS:-5} fresh JVMs.
startup() {
    build_stub
    rm -rf "$OUT/startup" && mkdir -p "$OUT/startup/classes"
    local jar=server-stubs/target/mongodb-api-stubs.jar
    javac -d "$OUT/startup/classes" -cp "$jar" benchmarks/StartupTiming.java
    for _ in $(seq 1 "${STARTUP_RUNS:-5}"); do
        java -cp "$jar:$OUT/startup/classes" StartupTiming | tee -a "$OUT/startup/in-process.txt"
    done
    for _ in $(seq 1 "${STARTUP_RUNS:-5}"); do
        local started pid
        started=$(date +%s%N)
        java -jar "$jar" --quiet --mongosync-port $MONGOSYNC_PORT --cloud-port $CLOUD_PORT >/dev/null 2>&1 &
        pid=$!
        PIDS+=("$pid")
        until curl -s -o /dev/null "http://127.0.0.1:$MONGOSYNC_PORT$PROGRESS"; do sleep 0.01; done
        local first=$(( ($(date +%s%N) - started) / 1000000 ))
        curl -s -o /dev/null -XPOST "http://127.0.0.1:$MONGOSYNC_PORT/api/v1/pause"
        echo "java -jar first answer $first first-jersey-answer $(( ($(date +%s%N) - started) / 1000000 ))" | tee -a "$OUT/startup/jar.txt"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
}

mkdir -p "$OUT"
mutation() {
    ./mvnw -q install -DskipTests
    ./mvnw -Pmutation -pl client org.pitest:pitest-maven:mutationCoverage
    # server-stubs: the domain classes and behaviour tests named in its pom (about 15 minutes).
    ./mvnw -Pmutation -pl server-stubs org.pitest:pitest-maven:mutationCoverage
    rm -rf "$OUT/mutation" && mkdir -p "$OUT/mutation"
    cp -r client/target/pit-reports "$OUT/mutation/client"
    cp -r server-stubs/target/pit-reports "$OUT/mutation/server-stubs"
    python3 - "$OUT/mutation/client/mutations.csv" "$OUT/mutation/server-stubs/mutations.csv" <<'PY'
import collections, csv, sys
per = collections.defaultdict(collections.Counter)
for path in sys.argv[1:]:
    for row in csv.reader(open(path)):
        per[row[1].split('$')[0]][row[5]] += 1
for name, counts in sorted(per.items()):
    total = sum(counts.values()); killed = counts['KILLED'] + counts['TIMED_OUT']
    print(f"{name}: {killed}/{total} killed ({100 * killed / total:.0f} %), survived {counts['SURVIVED']}, no coverage {counts['NO_COVERAGE']}")
PY
}

case "${1:-all}" in
    load) load ;;
    soak) soak ;;
    jmh) jmh ;;
    build) build ;;
    flood) flood ;;
    startup) startup ;;
    mutation) mutation ;;
    proxy) proxy_bench ;;
    all) load; soak; jmh; build ;;
    *) echo "usage: benchmarks/run.sh [load|proxy|soak|jmh|build|flood|startup|mutation|all]" >&2; exit 2 ;;
esac
