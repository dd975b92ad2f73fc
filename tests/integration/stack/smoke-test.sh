#!/usr/bin/env bash
# ctest integration_stack: the stack backends-up started answers as the integration tests expect.
#   smoke-test.sh [STATE_DIR]
set -uo pipefail
[ -z "${1:-}" ] || export IC_BACKENDS_DIR=$1
# shellcheck source=stack-env.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/stack-env.sh"

failures=0
last=""
# check NAME TRIES COMMAND...: COMMAND must succeed within TRIES half-second attempts (Prometheus
# evaluates rules every 2 s, so a fresh stack may need a moment).
check() {
  local name=$1 tries=$2 i
  shift 2
  for ((i = 0; i < tries; i++)); do
    if "$@"; then echo "PASS $name"; return; fi
    sleep 0.5
  done
  echo "FAIL $name"
  echo "     last answer: $(head -c 800 <<<"$last")"
  failures=$((failures + 1))
}
get() { last=$(curl -sS -m 3 "$@" 2>&1); }

cluster() {
  get "$IC_PATRONI1_URL/cluster" &&
    jq -e '(.members | length) == 2 and ([.members[] | select(.role == "leader")] | length) == 1
           and all(.members[]; .state == "running" or .state == "streaming")' <<<"$last" >/dev/null 2>&1
}
lag_series() {
  get -G --data-urlencode 'query=patroni:replica_lag_bytes' "$IC_PROMETHEUS_URL/api/v1/query" &&
    jq -e '.status == "success" and (.data.result | length) == 1
           and (.data.result[0].value[1] | tonumber) >= 0' <<<"$last" >/dev/null 2>&1
}
alertmanager_status() {
  get -f "$IC_ALERTMANAGER_URL/api/v2/status" &&
    jq -e '.versionInfo.version != null and .config.original != null' <<<"$last" >/dev/null 2>&1
}
leader_alert_quiet() {
  get -G --data-urlencode 'query=ALERTS{alertname="PatroniLeaderMissing",alertstate="firing"}' \
    "$IC_PROMETHEUS_URL/api/v1/query" &&
    jq -e '.status == "success" and (.data.result | length) == 0' <<<"$last" >/dev/null 2>&1
}
secrets_private() {
  last=$(stat -c '%a' "$IC_BACKENDS_DIR/env") && [ "$last" = 600 ] && [ -n "$PATRONI_PASSWORD" ]
}
workspace_files() {
  # shellcheck disable=SC2016 # the literal reference, not an expansion
  last=$(grep -c '${env:PATRONI_PASSWORD}' "$IC_BACKENDS_WORKSPACE/backends.yaml") &&
    grep -q "http://127.0.0.1:$IC_PATRONI2_PORT" "$IC_BACKENDS_WORKSPACE/backends.yaml" &&
    grep -q 'id: orders-db' "$IC_BACKENDS_WORKSPACE/services.yaml"
}

check "GET /cluster lists 2 running members, one leader" 10 cluster
check "Prometheus has a patroni:replica_lag_bytes series" 10 lag_series
check "Alertmanager answers /api/v2/status" 10 alertmanager_status
check "PatroniLeaderMissing is not firing" 10 leader_alert_quiet
check "env file is private and holds PATRONI_PASSWORD" 1 secrets_private
check "workspace backends.yaml and services.yaml point at the stack" 1 workspace_files
[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
