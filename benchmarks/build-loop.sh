#!/usr/bin/env bash
# Times the build loop (run from anywhere; prints Markdown):
#   1. ./mvnw -o verify from clean (the whole build and every test, offline);
#   2. edit one spec -> regenerated client compiled: adds an optional field to the Atlas live
#      migration schema and times ./mvnw -o -q -pl client -am compile (spec check, lint and
#      breaking-change gate, then generation and compilation of the client), three times.
# The spec is restored on exit, whatever happens. Needs the dependencies in ~/.m2 already
# (one online build first).
set -euo pipefail
cd "$(dirname "$0")/.."
SPEC=specs/atlas-live-migrations/openapi.yaml
BACKUP=$(mktemp)
cp "$SPEC" "$BACKUP"
trap 'cp "$BACKUP" "$SPEC"; rm -f "$BACKUP"' EXIT

seconds() { # command...
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "build-loop: '$*' failed" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

edit_spec() { # field name
    python3 - "$SPEC" "$1" <<'PY'
import sys
path, field = sys.argv[1], sys.argv[2]
text = open(path).read()
anchor = "      properties:\n        _id:\n          $ref: '#/components/schemas/ObjectId'\n"
assert text.count(anchor) == 1, "anchor not found once in " + path
addition = (f"        {field}:\n          type: integer\n          format: int32\n"
            f"          description: Hours the cutover window stays open (a build-loop benchmark edit).\n"
            f"          example: 12\n")
open(path, "w").write(text.replace(anchor, anchor + addition))
PY
}

./mvnw -o -q clean >/dev/null
verify=$(seconds ./mvnw -o verify)
echo "| step | seconds |"
echo "|---|---|"
printf '| ./mvnw -o verify, from clean | %.1f |\n' "$verify"
for i in 1 2 3; do
    cp "$BACKUP" "$SPEC"
    edit_spec "cutoverWindowHours$i"
    loop=$(seconds ./mvnw -o -q -pl client -am compile)
    grep -q "cutoverWindowHours$i" client/target/generated-sources/openapi/atlas-live-migrations/src/main/java/io/github/mongoapitoolkit/atlas/client/model/LiveMigrationResponse.java \
        || { echo "build-loop: the client was not regenerated" >&2; exit 1; }
    printf '| spec edit -> client compiled (%d) | %.1f |\n' "$i" "$loop"
done
