#!/usr/bin/env bash
# CPU per stored message of the REST send path (issue 25), measured from /proc rather than as throughput, so
# other load on a shared machine enters the figure less: starts the jar of the checkout it is run from (shipped
# config.yml, rate limits off as in ../shared/perf-peer/run.sh), signs up 10 users, opens their 45 DIRECT
# conversations, runs wrk -t2 -c$CONNS for WARM s, then for DUR s and prints: wrk's figures, messages stored,
# the app's CPU ms per message (whole process, and by thread group: dw = Jetty request threads, JIT, GC/VM,
# message-writer, outbox-relay, ...), the bench database's PostgreSQL backends' CPU ms per message, load average.
# Optional: AP=cpu|alloc (async-profiler's libasyncProfiler.so at $AP_LIB, collapsed stacks to $ENS_WORK/LABEL.collapsed),
# JFR=1 (a JFR recording of the window to $ENS_WORK/LABEL.jfr).
# Usage, from the checkout root after ./mvnw -B -q package -DskipTests:  bench/send-cpu/run.sh LABEL
HERE=$(cd "$(dirname "$0")" && pwd)
PEER=${PERF_PEER:-$(pwd)/../shared/perf-peer}
export ENS_WORK=${ENS_WORK:-${TMPDIR:-/tmp}/ensemble-send-cpu}
. "$PEER/lib.sh"
LABEL=${1:-run}; D=${DUR:-30}; C=${CONNS:-32}; AP_LIB=${AP_LIB:-/tmp/ap/linux-x64/libasyncProfiler.so}
W="wrk -t2 -c$C -s $HERE/send.lua"
edb=$(ens_fresh_db) || { echo "no PostgreSQL at 127.0.0.1:5432"; exit 1; }; db=${edb##*/}
ens_start perf 18080 18081 DATABASE_URL="$edb" DATABASE_USER=postgres RATE_LIMIT_GENERAL_PER_15MIN=${GEN:-0} ${ENSEMBLE_ENV:-} || exit 1
jpid=$(pgrep -f "jar server config.yml" | while read -r p; do [ "$(readlink /proc/$p/cwd)" = "$ENS_WORK/node-perf" ] && echo $p; done | head -1)
B=http://127.0.0.1:18080/api/v1; toks=(); ids=(); : > "$ENS_WORK/ens.pairs"
for i in $(seq 0 9); do read -r t id _ < <(ens_user perf $B influencer); toks+=("$t"); ids+=("$id"); done
for i in $(seq 0 9); do for j in $(seq $((i+1)) 9); do
  c=$(ens_http GET $B/chat/conversations/${ids[$j]} "" "${toks[$i]}" | cut -d' ' -f2- | jq -r '.data.id // empty')
  [ -n "$c" ] && echo "${toks[$i]} $c" >> "$ENS_WORK/ens.pairs"
done; done
[ "$(wc -l < "$ENS_WORK/ens.pairs")" = 45 ] || { echo "could not create 45 conversations"; exit 1; }
PAIRS="$ENS_WORK/ens.pairs" $W -d${WARM:-30}s http://127.0.0.1:18080 >/dev/null 2>&1
ticks() { awk '{print $14+$15}' /proc/$1/stat 2>/dev/null || echo 0; }
pgsum() { local s=0 p; for p in $(psql -h 127.0.0.1 -U postgres -Atc "select pid from pg_stat_activity where datname='$db'"); do s=$((s + $(ticks $p))); done; echo $s; }
stored() { psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from messages"; }
[ -n "${JFR:-}" ] && jcmd $jpid JFR.start name=w settings=${JFRSET:-profile} filename=$ENS_WORK/$LABEL.jfr >/dev/null
[ -n "${AP:-}" ] && jcmd $jpid JVMTI.agent_load $AP_LIB "\"start,event=${AP},interval=${APINT:-1ms}\"" >/dev/null
python3 "$HERE/threads.py" snap $jpid > "$ENS_WORK/$LABEL.tsnap"
a0=$(ticks $jpid); p0=$(pgsum); l0=$(cut -d' ' -f1 /proc/loadavg); m0=$(stored)
res=$(PAIRS="$ENS_WORK/ens.pairs" $W -d${D}s http://127.0.0.1:18080 | grep RESULT)
a1=$(ticks $jpid); p1=$(pgsum); l1=$(cut -d' ' -f1 /proc/loadavg); m1=$(stored)
n=$((m1-m0)); hz=$(getconf CLK_TCK)
python3 "$HERE/threads.py" diff $jpid "$ENS_WORK/$LABEL.tsnap" $n
[ -n "${JFR:-}" ] && jcmd $jpid JFR.stop name=w >/dev/null
[ -n "${AP:-}" ] && jcmd $jpid JVMTI.agent_load $AP_LIB "\"stop,file=$ENS_WORK/$LABEL.collapsed,collapsed\"" >/dev/null
echo "$LABEL $res stored=$n app_ms_per_msg=$(echo "scale=3; ($a1-$a0)*1000/$hz/$n" | bc) pg_ms_per_msg=$(echo "scale=3; ($p1-$p0)*1000/$hz/$n" | bc) load=$l0..$l1 $(date -u +%FT%H:%MZ)"
ens_stop
psql -h 127.0.0.1 -U postgres -qc "drop database $db" >/dev/null 2>&1
