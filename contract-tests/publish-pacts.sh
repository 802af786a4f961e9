#!/usr/bin/env bash
# Publishes the pacts the consumer tests wrote (contract-tests/target/pacts) to a Pact Broker,
# with the Broker's HTTP API: PUT /pacts/provider/{provider}/consumer/{consumer}/version/{version}.
# Does nothing unless PACT_BROKER_BASE_URL is set. Optional: PACT_BROKER_TOKEN (bearer) or
# PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD (basic); CONSUMER_VERSION (default: git commit).
set -euo pipefail

if [[ -z "${PACT_BROKER_BASE_URL:-}" ]]; then
  echo "PACT_BROKER_BASE_URL is not set; nothing published."
  exit 0
fi
cd "$(dirname "$0")"
version="${CONSUMER_VERSION:-$(git rev-parse --short HEAD)}"
auth=()
if [[ -n "${PACT_BROKER_TOKEN:-}" ]]; then
  auth=(--header "Authorization: Bearer ${PACT_BROKER_TOKEN}")
elif [[ -n "${PACT_BROKER_USERNAME:-}" ]]; then
  auth=(--user "${PACT_BROKER_USERNAME}:${PACT_BROKER_PASSWORD:-}")
fi
shopt -s nullglob
files=(target/pacts/*.json)
if (( ${#files[@]} == 0 )); then
  echo "No pacts under contract-tests/target/pacts; run ./mvnw verify first." >&2
  exit 1
fi
for pact in "${files[@]}"; do
  # Pact names each file <consumer>-<provider>.json; the providers are the three spec names.
  base=$(basename "$pact" .json)
  provider=""
  for known in mongosync atlas-live-migrations ops-manager-checkpoints; do
    [[ "$base" == *"-${known}" ]] && provider="$known"
  done
  if [[ -z "$provider" ]]; then
    echo "Skipping ${pact}: its provider is none of this toolkit's APIs." >&2
    continue
  fi
  consumer="${base%-${provider}}"
  url="${PACT_BROKER_BASE_URL%/}/pacts/provider/${provider}/consumer/${consumer}/version/${version}"
  curl --fail --silent --show-error --request PUT "${auth[@]}" \
    --header "Content-Type: application/json" --data-binary "@${pact}" "$url" > /dev/null
  echo "Published ${pact} as ${consumer} ${version} -> ${provider}"
done
