#!/usr/bin/env bash
# Switches the test cluster's leader with Patroni's API (POST /switchover, Basic auth) and waits
# until the old leader streams from the new one as a replica and /cluster says so.
#
#   switchover.sh [node1|node2]     to that node (default: the current replica); prints the new leader
#   switchover.sh --ensure node1    only when node1 is not the leader already (tests restore the
#                                   stack's starting state with it)
#
# The stack is $IC_BACKENDS_DIR (default build/dev/backend-stack). Fails after 60 s.
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/stack-env.sh"

usage() { sed -n '5,7p' "$(readlink -f "$0")" | sed 's/^# \{0,1\}//' >&2; exit 2; }

if [ "${1:-}" = --ensure ]; then shift; [ -n "${1:-}" ] || usage; fi
target=${1:-}
case "$target" in "" | node1 | node2) ;; *) usage ;; esac

leader=$(ic_node_with_role master) || { echo "switchover.sh: no primary answers" >&2; exit 1; }
if [ -z "$target" ]; then target=node$((3 - leader)); fi
new=${target#node}
# settled OLD: the new leader sees OLD streaming, and /cluster (written to etcd once per loop_wait,
# so a moment later) shows the new leader and both members running with a numeric lag.
settled() {
  curl -sS -m 2 "$(ic_patroni_url "$new")/patroni" 2>/dev/null |
    jq -e --arg old "node$1" '.role == "master" and
      any(.replication[]?; .application_name == $old and .state == "streaming")' >/dev/null 2>&1 &&
  curl -sS -m 2 "$(ic_patroni_url "$new")/cluster" 2>/dev/null |
    jq -e --arg new "node$new" '(.members | length) == 2 and all(.members[]; .state == "running")
      and any(.members[]; .name == $new and .role == "leader")
      and all(.members[] | select(.role != "leader"); .lag | type == "number")' >/dev/null 2>&1
}
if [ "$new" = "$leader" ]; then
  echo "switchover.sh: node$leader leads already" >&2
  echo "node$leader"
  exit 0
fi

# The candidate must stream first: right after an earlier switchover (or a restart) Patroni
# answers 412 "no good candidates" until it does, so wait for that before asking.
for _ in $(seq 300); do
  if curl -sS -m 2 "$(ic_patroni_url "$leader")/patroni" 2>/dev/null |
     jq -e --arg c "node$new" 'any(.replication[]?; .application_name == $c and .state == "streaming")' >/dev/null 2>&1; then
    break
  fi
  sleep 0.2
done
t0=$EPOCHREALTIME
code=""
for _ in $(seq 30); do
  answer=$(curl -sS -m 30 -w '\n%{http_code}' -u "$PATRONI_USERNAME:$PATRONI_PASSWORD" \
    -H 'Content-Type: application/json' \
    -d "{\"leader\": \"node$leader\", \"candidate\": \"node$new\"}" "$(ic_patroni_url "$leader")/switchover")
  code=${answer##*$'\n'}
  # 412 while the candidate is not yet a good one (its lag not yet in the DCS): ask again.
  [ "$code" = 412 ] || break
  sleep 1
done
if [ "$code" != 200 ]; then
  echo "switchover.sh: POST /switchover answered $code: ${answer%$'\n'*}" >&2
  exit 1
fi
for _ in $(seq 300); do
  if settled "$leader"; then
    echo "switchover.sh: node$new leads, node$leader streams from it after $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s" >&2
    echo "node$new"
    exit 0
  fi
  sleep 0.2
done
echo "switchover.sh: node$leader did not stream from node$new within 60 s" >&2
exit 1
