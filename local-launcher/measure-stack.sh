#!/usr/bin/env bash
# Measures ./run-local.sh: time to "All healthy", the memory of the running stack (sum of RSS and of PSS over the
# launcher, everything it started and the PostgreSQL processes), then stops it with SIGTERM and times the stop.
# Figures and how to read them: docs/BENCHMARKS.md, section "Local stack".
#
#   rm -rf .local && local-launcher/measure-stack.sh     # first start
#   local-launcher/measure-stack.sh                      # second start
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT

# The launcher, everything it started, and the PostgreSQL server with its workers.
stack_pids() {
  local launcher="$1" postmaster children
  postmaster="$(head -n 1 "${RADHUS_LOCAL_DIR:-.local}/postgres/data/postmaster.pid")"
  children="$(pgrep -P "$launcher" || true)"
  echo $launcher $children $(for c in $children; do pgrep -P "$c" || true; done) \
    $postmaster $(pgrep -P "$postmaster" || true)
}

memory() {
  local p
  for p in $(stack_pids "$1"); do
    awk '/^Rss:/{r=$2} /^Pss:/{s=$2} END{print r, s}' "/proc/$p/smaps_rollup"
  done | awk '{r+=$1; s+=$2; n++} END {printf "%d processes, RSS %.0f MB, PSS %.0f MB\n", n, r/1024, s/1024}'
}

# RSS and PSS per component: the launcher (with Kafka), Keycloak, each service, the web portal, PostgreSQL with its
# workers.
memory_by_component() {
  local p
  for p in $(stack_pids "$1"); do
    printf '%s %s\n' "$(awk '/^Rss:/{r=$2} /^Pss:/{s=$2} END{print r, s}' "/proc/$p/smaps_rollup")" \
      "$(tr '\0' ' ' < "/proc/$p/cmdline" | grep -oE 'keycloak|[a-z]+-service|web-portal|radhus-local-launcher|postgres' | head -n 1)"
  done | awk '{r[$3]+=$1; s[$3]+=$2; n[$3]++}
    END {for (c in r) printf "  %-22s %2d process(es)  RSS %4.0f MB  PSS %4.0f MB\n", c, n[c], r[c]/1024, s[c]/1024}' | sort
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
setsid ./run-local.sh > "$OUT" 2>&1 &
launcher=$!
until grep -q "All healthy\|FAILED" "$OUT"; do
  kill -0 "$launcher" 2>/dev/null || { cat "$OUT"; exit 1; }
  sleep 0.2
done
healthy=$(date +%s.%N)
grep -E "ready|loaded|FAILED|Built|All healthy" "$OUT"
echo "All healthy after $(echo "$healthy - $started" | bc) s (wall, from ./run-local.sh)"
echo "Memory now:        $(memory "$launcher")"
sleep 15
echo "Memory 15 s later: $(memory "$launcher")"
memory_by_component "$launcher"
stopping=$(date +%s.%N)
kill -TERM "$launcher"
while kill -0 "$launcher" 2>/dev/null; do sleep 0.2; done
echo "Stopped in $(echo "$(date +%s.%N) - $stopping" | bc) s"
