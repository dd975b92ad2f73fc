# Sourced by the stack's helper scripts: loads the env file of the stack scripts/backends-up started.
# The stack is $IC_BACKENDS_DIR, else the dev build's (build/dev/backend-stack, as in ctest).
# shellcheck shell=bash
ic_stack_dir=${IC_BACKENDS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/build/dev/backend-stack}
if [ ! -r "$ic_stack_dir/env" ]; then
  echo "$(basename "$0"): no stack: $ic_stack_dir/env is missing or unreadable (run scripts/backends-up first)" >&2
  exit 1
fi
# shellcheck disable=SC1091
source "$ic_stack_dir/env"

# ic_patroni_url N, ic_pg_port N, ic_pg_data N: node N's (1 or 2) REST URL, PostgreSQL port, data directory.
ic_patroni_url() { local v=IC_PATRONI$1_URL; echo "${!v}"; }
ic_pg_port() { local v=IC_PG$1_PORT; echo "${!v}"; }
ic_pg_data() { local v=IC_PG$1_DATA; echo "${!v}"; }
# ic_role N: master | replica | unknown (Patroni 3.0.2's /patroni says "master" for the primary).
ic_role() { curl -sS -m 2 "$(ic_patroni_url "$1")/patroni" 2>/dev/null | jq -r '.role // "unknown"' 2>/dev/null || echo unknown; }
# ic_node_with_role ROLE: the node number (1 or 2) that has ROLE now, or nothing.
ic_node_with_role() { local n; for n in 1 2; do [ "$(ic_role "$n")" = "$1" ] && { echo "$n"; return 0; }; done; return 1; }
ic_psql() {  # ic_psql NODE SQL...: as postgres over the stack's unix socket (pg_hba trusts local)
  local n=$1; shift
  "$IC_PG_BIN_DIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$IC_PG_SOCKET_DIR" -p "$(ic_pg_port "$n")" \
    -U "$IC_PG_SUPERUSER" -d postgres "$@"
}
