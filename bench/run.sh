#!/usr/bin/env bash
# The ten-year benchmark: builds Tropa, writes a demo history of $YEARS years into a
# temporary data folder, and measures pages, the tutor API, exports, import, start-up and memory,
# each against a baseline measured in the same run on the same machine. Prints a table and writes
# bench/results.md. Timings live here, never in unit tests.
#
#   bench/run.sh                 # everything, 10 years, 10 s per load point
#   YEARS=2 DURATION=3s bench/run.sh
#   SKIP_BUILD=1 bench/run.sh    # reuse target/quarkus-app
#   JVM_OPTIONS= bench/run.sh    # the JVM's own defaults instead of the pom's tropa.jvm.options
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

YEARS=${YEARS:-10}
SEED=${SEED:-1}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
PORT=${PORT:-18080}
STARTS=${STARTS:-3}
RESULTS=${RESULTS:-$root/bench/results.md}
JAR=$root/target/quarkus-app/quarkus-run.jar
# The JVM options ./tropa starts the app with (pom.xml, tropa.jvm.options), so the numbers are a learner's.
JVM_OPTIONS=${JVM_OPTIONS-$(sed -n 's:.*<tropa.jvm.options>\(.*\)</tropa.jvm.options>.*:\1:p' pom.xml)}

need() { command -v "$1" >/dev/null 2>&1; }
install_missing() {
  local missing=()
  need wrk || missing+=(wrk)
  need curl || missing+=(curl)
  need jcmd || missing+=(openjdk-17-jdk-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

work=$(mktemp -d /tmp/tropa-bench.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# start_app <data dir> <port> [java -D options...]: starts the packaged app; sets $app_pid and $ready_ms
# (milliseconds from launch to the first dashboard answered with 200).
start_app() {
  local dir=$1 port=$2
  shift 2
  local t0
  t0=$(now_ms)
  # shellcheck disable=SC2086
  java $JVM_OPTIONS "$@" -Dtropa.data-dir="$dir" -Dquarkus.http.port="$port" -jar "$JAR" >>"$work/app-$port.log" 2>&1 &
  app_pid=$!
  wait_ready "$port" "$t0"
}

# launch <clone> <data dir> <port>: the learner's own start, ./tropa (building first when it must);
# sets $app_pid (the launcher becomes the JVM) and $ready_ms.
launch() {
  local clone=$1 dir=$2 port=$3
  local t0
  t0=$(now_ms)
  (cd "$clone" && exec ./tropa -Dtropa.data-dir="$dir" -Dquarkus.http.port="$port") >>"$work/app-$port.log" 2>&1 &
  app_pid=$!
  wait_ready "$port" "$t0"
}

wait_ready() {
  local port=$1 t0=$2
  pids+=("$app_pid")
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "The app did not start; its log:" >&2
      tail -40 "$work/app-$port.log" >&2
      exit 1
    fi
    sleep 0.02
  done
  ready_ms=$(( $(now_ms) - t0 ))
}

stop_app() {
  kill "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

# Heap in use (KiB) after a full collection.
heap_after_gc() {
  jcmd "$1" GC.run >/dev/null
  jstat -gc "$1" | awk 'NR == 2 {printf "%d", $3 + $4 + $6 + $8}'
}

# Peak heap in use (KiB) while a command runs, sampled every 10 ms by jstat.
with_heap_peak() {
  local pid=$1
  shift
  jstat -gc "$pid" 10 >"$work/jstat.txt" &
  local sampler=$!
  "$@"
  sleep 0.05
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  awk '$1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {printf "%d", m}' "$work/jstat.txt"
}

# wrk_run <url> <connections>: "requests/s p50_ms p99_ms errors"
wrk_run() {
  local c=$2 t=$2
  [ "$t" -gt 2 ] && t=2
  local out
  out=$(wrk -t"$t" -c"$c" -d"$DURATION" --latency "$1")
  echo "$out" >>"$work/wrk.log"
  echo "$out" | awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v
    }
    /^ +50%/ {p50 = ms($2)} /^ +99%/ {p99 = ms($2)}
    /Requests\/sec/ {rps = $2}
    /Non-2xx/ {err += $5} /Socket errors/ {err += 1}
    END {printf "%.0f %.2f %.2f %d\n", rps, p50, p99, err}'
}

table=()
row() {
  local line="|"
  for cell in "$@"; do line+=" $cell |"; done
  table+=("$line")
  echo "  $line"
}

install_missing
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the app"
  mvn -B -ntp -q -DskipTests package
fi

echo "Writing a demo history of $YEARS years (seed $SEED)"
start_app "$work/history" "$PORT" -Dtropa.demo.years="$YEARS" -Dtropa.demo.seed="$SEED"
generated_ms=$ready_ms
stop_app "$app_pid"

echo "Start-up to the first dashboard, $STARTS times each"
empty_starts=() history_starts=()
for i in $(seq "$STARTS"); do
  start_app "$work/empty-$i" "$PORT"; empty_starts+=("$ready_ms"); stop_app "$app_pid"
  start_app "$work/history" "$PORT"; history_starts+=("$ready_ms"); stop_app "$app_pid"
done
empty_start=$(printf '%s\n' "${empty_starts[@]}" | median)
history_start=$(printf '%s\n' "${history_starts[@]}" | median)

echo "The daily start: ./tropa in a fresh clone (it builds), then again in the unchanged clone"
git clone -q "$root" "$work/clone"
launch "$work/clone" "$work/history" "$PORT"; cold_start=$ready_ms; stop_app "$app_pid"
warm_starts=()
for i in $(seq "$STARTS"); do
  launch "$work/clone" "$work/history" "$PORT"; warm_starts+=("$ready_ms"); stop_app "$app_pid"
done
warm_start=$(printf '%s\n' "${warm_starts[@]}" | median)
rm -rf "$work/clone"

mkdir -p "$work/static"
start_app "$work/history" "$PORT" -Dtropa.bench.static-dir="$work/static"
pid=$app_pid
base="http://127.0.0.1:$PORT"
rss_start=$(rss_mb "$pid")
node=$(curl -fs "$base/api/tutor" | grep -o '"nodeId":"[^"]*"' | head -1 | cut -d'"' -f4)
search_q=%D0%BC%D0%BE%D0%B4%D0%B5%D0%BB%D1%8C # модель
declare -A targets=(
  [dashboard]="/"
  [node]="/path/$node"
  [journal]="/journal"
  [search]="/journal?q=$search_q"
  [tutor]="/api/tutor"
)
order=(dashboard node journal search tutor)

echo "Pages against the same bytes as a static file ($DURATION per point)"
for name in "${order[@]}"; do
  ext=html
  [ "$name" = tutor ] && ext=json
  curl -fs -o "$work/static/$name.$ext" "$base${targets[$name]}"
done
# Warm-up, so the JIT has seen every path before anything is measured.
for name in "${order[@]}"; do
  wrk -t2 -c8 -d3s "$base${targets[$name]}" >/dev/null
done
wrk -t2 -c8 -d3s "$base/bench-static/dashboard.html" >/dev/null

table+=("| what | bytes | connections | requests/s | p50 ms | p99 ms | static requests/s | static p50 ms | static p99 ms | throughput vs static |"
        "|---|---|---|---|---|---|---|---|---|---|")
declare -A p99_at8 ratio_at
search_p50=
for name in "${order[@]}"; do
  ext=html
  [ "$name" = tutor ] && ext=json
  bytes=$(stat -c %s "$work/static/$name.$ext")
  for c in $CONNECTIONS; do
    read -r rps p50 p99 err < <(wrk_run "$base${targets[$name]}" "$c")
    read -r srps sp50 sp99 serr < <(wrk_run "$base/bench-static/$name.$ext" "$c")
    ratio=$(awk -v a="$rps" -v b="$srps" 'BEGIN {printf "%.0f %%", (b > 0 ? 100 * a / b : 0)}')
    [ "$err" -gt 0 ] && rps="$rps ($err errors)"
    row "$name ${targets[$name]}" "$bytes" "$c" "$rps" "$p50" "$p99" "$srps" "$sp50" "$sp99" "$ratio"
    [ "$c" = 8 ] && p99_at8[$name]=$p99 && ratio_at[$name]=$ratio
    [ "$name" = search ] && [ "$c" = 1 ] && search_p50=$p50
  done
done
rss_load=$(rss_mb "$pid")

echo "Exports"
heap_base=$(heap_after_gc "$pid")
t0=$(now_ms)
json_peak=$(with_heap_peak "$pid" curl -fs -o "$work/backup.json" "$base/api/export/json")
json_ms=$(( $(now_ms) - t0 ))
json_bytes=$(stat -c %s "$work/backup.json")
heap_base2=$(heap_after_gc "$pid")
t0=$(now_ms)
md_peak=$(with_heap_peak "$pid" curl -fs -o "$work/vault.zip" "$base/api/export/markdown")
md_ms=$(( $(now_ms) - t0 ))
md_bytes=$(stat -c %s "$work/vault.zip")
disk_ms() {
  local t0
  t0=$(now_ms)
  head -c "$1" /dev/zero >"$work/disk.bin"
  echo $(( $(now_ms) - t0 ))
}
json_disk=$(disk_ms "$json_bytes")
md_disk=$(disk_ms "$md_bytes")
json_growth=$(( (json_peak - heap_base) / 1024 ))
md_growth=$(( (md_peak - heap_base2) / 1024 ))
stop_app "$pid"

echo "Import of that backup into an empty folder"
start_app "$work/import" "$PORT"
t0=$(now_ms)
import_code=$(curl -s -o "$work/import.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$work/backup.json" "$base/api/import?mode=merge")
import_ms=$(( $(now_ms) - t0 ))

echo "Hostile input: answers and the heap while each is answered"
# hostile <label> <curl args…>: one row with the status, the time and the heap's peak above its resting size.
hostile_rows=()
# jstat needs a moment to start sampling: curl waits for it, and the time is curl's own.
curl_code() { sleep 0.5; curl -s -o "$work/hostile.json" -w '%{http_code} %{time_total}' "$@" >"$work/hostile.code" || true; }
hostile() {
  local label=$1 base_kib peak_kib code secs answer
  shift
  base_kib=$(heap_after_gc "$app_pid")
  peak_kib=$(with_heap_peak "$app_pid" curl_code "$@")
  code=$(cut -d' ' -f1 "$work/hostile.code")
  secs=$(cut -d' ' -f2 "$work/hostile.code")
  answer="$code \`$(tr -d '\n|' <"$work/hostile.json" | head -c 300 | sed -n 's/.*"error" *: *"\([^"]*\)".*/\1/p')\`"
  [ "$code" = 000 ] && answer="the server closed the connection before the request was sent whole"
  hostile_rows+=("| $label | $answer | $(awk -v s="$secs" 'BEGIN {printf "%d", s * 1000}') ms | +$(( (peak_kib > base_kib ? peak_kib - base_kib : 0) / 1024 )) MB | $(( $(heap_after_gc "$app_pid") / 1024 )) MB |")
}
awk 'BEGIN {printf "{\"format\":\"tropa-backup\",\"progressEvents\":["; for (i = 0; i < 1000000; i++) printf "%s{}", (i ? "," : ""); printf "],\"schemaVersion\":3}"}' >"$work/million.json"
hostile "import of a million tiny records, version last" -H 'Content-Type: application/json' \
  --data-binary @"$work/million.json" "$base/api/import?mode=replace&dryRun=true"
head -c 70000000 /dev/zero | tr '\0' ' ' >"$work/huge.json"
hostile "import of a 70 MB body" -H 'Content-Type: application/json' --data-binary @"$work/huge.json" \
  "$base/api/import?mode=replace&dryRun=true"
awk 'BEGIN {printf "{\"body\":\"x\",\"nodeIds\":["; for (i = 0; i < 100000; i++) printf "%s\"no-such-step-%d\"", (i ? "," : ""), i; printf "]}"}' >"$work/ids.json"
hostile "an entry naming 100,000 unknown steps" -H 'Content-Type: application/json' --data-binary @"$work/ids.json" \
  "$base/api/reflections"
awk 'BEGIN {printf "{\"body\":\"x\",\"tags\":"; for (i = 0; i < 5000; i++) printf "["; for (i = 0; i < 5000; i++) printf "]"; printf "}"}' >"$work/deep.json"
hostile "a JSON body nested 5,000 deep" -H 'Content-Type: application/json' --data-binary @"$work/deep.json" \
  "$base/api/reflections"
head -c 4194304 /dev/zero | tr '\0' 'a' >"$work/q.txt"
hostile "a search for a 4 MB string" -G --data-urlencode q@"$work/q.txt" "$base/api/reflections"
stop_app "$app_pid"
[ "$import_code" = 200 ] || { echo "Import answered $import_code:"; head -c 600 "$work/import.json"; exit 1; }

mark() { awk -v v="$1" -v lim="$2" 'BEGIN {print (v + 0 <= lim + 0) ? "met" : "missed"}'; }
ratio_mark() { awk -v v="${1% %}" 'BEGIN {print (v + 0 >= 50) ? "met" : "missed"}'; }
start_ratio=$(awk -v a="$history_start" -v b="$empty_start" 'BEGIN {printf "%.2f", a / b}')

{
  echo "## The latest run"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "- java: $(java -version 2>&1 | head -1), options: \`$JVM_OPTIONS\`"
  echo "- data: $YEARS years of demo history (seed $SEED), written in $generated_ms ms; backup $json_bytes bytes"
  echo "- load: wrk, $DURATION per point, from the same machine; static = the same bytes from /bench-static/ of the same app"
  echo
  echo "## Pages and the tutor API"
  echo
  printf '%s\n' "${table[@]}"
  echo
  echo "## Exports, import, start-up, memory"
  echo
  echo "| what | measured | baseline | target | |"
  echo "|---|---|---|---|---|"
  echo "| JSON export ($json_bytes bytes) | $json_ms ms, heap +$json_growth MB | writing the bytes to disk: $json_disk ms | ≤ 1000 ms, ≤ 64 MB | $(mark "$json_ms" 1000), $(mark "$json_growth" 64) |"
  echo "| Markdown zip ($md_bytes bytes) | $md_ms ms, heap +$md_growth MB | writing the bytes to disk: $md_disk ms | — | |"
  echo "| import into an empty folder | $import_ms ms | — | ≤ 5000 ms | $(mark "$import_ms" 5000) |"
  echo "| start-up to the first dashboard, $YEARS years (median of $STARTS) | $history_start ms | empty folder: $empty_start ms (×$start_ratio) | ≤ 2500 ms, ≤ 1.5× | $(mark "$history_start" 2500), $(mark "$start_ratio" 1.5) |"
  echo "| the daily start, cold: \`./tropa\` in a fresh clone (builds first), $YEARS years | $cold_start ms | — | — | |"
  echo "| the daily start, warm: \`./tropa\` again, unchanged (median of $STARTS) | $warm_start ms | the jar alone: $history_start ms | ≤ 6000 ms | $(mark "$warm_start" 6000) |"
  echo "| resident memory after start-up | $rss_start MB | — | — | |"
  echo "| resident memory after the load run | $rss_load MB | — | ≤ 300 MB | $(mark "$rss_load" 300) |"
  echo
  echo "## Hostile input (heap: peak above resting while answered; resting after)"
  echo
  echo "| request | answer | time | heap peak | heap after |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${hostile_rows[@]}"
  echo
  echo "## Targets at 8 connections"
  echo
  echo "| what | throughput vs static (≥ 50 %) | p99 ms (≤ 25) |"
  echo "|---|---|---|"
  for name in "${order[@]}"; do
    echo "| $name | ${ratio_at[$name]} ($(ratio_mark "${ratio_at[$name]}")) | ${p99_at8[$name]} ($(mark "${p99_at8[$name]}" 25)) |"
  done
  echo "| search p50 at 1 connection (≤ 20 ms) | ${search_p50} ms ($(mark "${search_p50}" 20)) | |"
} >"$work/run.md"

# The run replaces what stands between the markers in results.md; notes around them stay.
if [ -f "$RESULTS" ] && grep -q '^<!-- run -->' "$RESULTS"; then
  awk -v run="$work/run.md" '
    /^<!-- run -->/ {print; while ((getline l < run) > 0) print l; skip = 1; next}
    /^<!-- \/run -->/ {skip = 0}
    !skip {print}' "$RESULTS" >"$work/results.md"
else
  { echo '# Benchmark results'; echo; echo '<!-- run -->'; cat "$work/run.md"; echo '<!-- /run -->'; } >"$work/results.md"
fi
cp "$work/results.md" "$RESULTS"
echo
cat "$work/run.md"
