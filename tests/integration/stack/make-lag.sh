#!/usr/bin/env bash
# Makes real replication lag on the test stack, the way a stalled network link does: the replica's
# walreceiver is stopped (SIGSTOP) while the primary writes, so nothing new reaches the replica.
# (pg_wal_replay_pause() makes no lag Patroni reports: Patroni resumes replay.)
#
#   make-lag.sh start [MB]   stop the current replica's walreceiver, then write MB MiB of WAL
#                            (default 4) on the primary; prints the walreceiver's PID, nothing else
#   make-lag.sh stop PID     continue that walreceiver (SIGCONT): the replica catches up
#
# The stack is $IC_BACKENDS_DIR (default build/dev/backend-stack); run as the user that ran
# backends-up (root in CI). Patroni's /cluster shows the lag within one loop_wait (2 s); Prometheus
# (patroni:replica_lag_bytes) within a scrape plus an evaluation (about 4 s).
set -euo pipefail
# shellcheck source=stack-env.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/stack-env.sh"

usage() { sed -n '6,8p' "$(readlink -f "$0")" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# walreceiver_of NODE: the walreceiver's PID, the child of the replica's postmaster (first line
# of DATA_DIR/postmaster.pid) whose title is "postgres: ci-cluster: walreceiver …".
walreceiver_of() {
  local data pm
  data=$(ic_pg_data "$1")
  pm=$(head -n 1 "$data/postmaster.pid")
  pgrep -P "$pm" -f '^postgres: .*walreceiver' | head -n 1
}

case "${1:-}" in
  start)
    mb=${2:-4}
    if ! [[ $mb =~ ^[0-9]+$ ]] || [ "$mb" -lt 1 ]; then usage; fi
    primary=$(ic_node_with_role master) || { echo "make-lag.sh: no primary answers" >&2; exit 1; }
    replica=$(ic_node_with_role replica) || { echo "make-lag.sh: no replica answers" >&2; exit 1; }
    # Right after a switchover or a restart the walreceiver may not run yet.
    wr=""
    for _ in $(seq 50); do
      wr=$(walreceiver_of "$replica" 2>/dev/null || true)
      [ -z "$wr" ] || break
      sleep 0.2
    done
    [ -n "$wr" ] || { echo "make-lag.sh: node$replica has no walreceiver" >&2; exit 1; }
    kill -STOP "$wr"
    # Inserts until the WAL insert position moved MB MiB; the table is dropped first so repeated
    # runs do not fill the disk.
    if ! ic_psql "$primary" >/dev/null <<SQL
set client_min_messages = warning;
drop table if exists ic_make_lag;
create table ic_make_lag (v int);
do \$\$
declare start_lsn pg_lsn := pg_current_wal_insert_lsn();
begin
  while pg_wal_lsn_diff(pg_current_wal_insert_lsn(), start_lsn) < $mb * 1048576 loop
    insert into ic_make_lag select generate_series(1, 20000);
  end loop;
end
\$\$;
SQL
    then
      kill -CONT "$wr"
      echo "make-lag.sh: writing on node$primary failed; walreceiver continued" >&2
      exit 1
    fi
    echo "make-lag.sh: node$replica's walreceiver $wr stopped, $mb MiB written on node$primary" >&2
    echo "$wr"
    ;;
  stop)
    pid=${2:-}
    [[ $pid =~ ^[0-9]+$ ]] || usage
    if [ ! -e "/proc/$pid" ]; then
      echo "make-lag.sh: $pid is gone (the walreceiver restarted); nothing to continue" >&2
      exit 0
    fi
    if ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'walreceiver'; then
      echo "make-lag.sh: $pid is not a walreceiver: $(tr '\0' ' ' <"/proc/$pid/cmdline")" >&2
      exit 1
    fi
    kill -CONT "$pid"
    echo "make-lag.sh: walreceiver $pid continued" >&2
    ;;
  *) usage ;;
esac
