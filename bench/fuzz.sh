#!/usr/bin/env bash
# Runs every libFuzzer harness of tests/fuzz for a while (default 10 minutes each) and prints, per harness,
# the executions, the corpus it grew to and the crashes it found (with the files that reproduce them).
#   bench/fuzz.sh [SECONDS] [HARNESS...]      PODDECK_FUZZ_SECONDS=SECONDS works too
# Needs the sanitizer build: packaging/run-tests.sh makes it (build-asan, -DPODDECK_FUZZ=ON); BUILD_DIR
# picks another. Corpora grow under $BUILD_DIR/tests/fuzz/long/<name>, never in the repository.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${PODDECK_FUZZ_SECONDS:-600}}
[[ $# -gt 0 ]] && shift
build=${BUILD_DIR:-build-asan}
harnesses=("$@")
if (( ${#harnesses[@]} == 0 )); then
  harnesses=(bundle localstackzip tree canonicaljson podfiles keyfile awsxml awsjson sigv4 remoteurl zstd sharecipher)
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
printf '%-15s %8s %14s %10s %9s %8s  %s\n' harness seconds executions exec/s corpus crashes slow
for name in "${harnesses[@]}"; do
  bin=$build/tests/fuzz/fuzz_$name
  [[ -x $bin ]] || { echo "fuzz.sh: $bin is missing; build $build with -DPODDECK_FUZZ=ON" >&2; exit 2; }
  work=$build/tests/fuzz/long/$name
  crashes=$build/tests/fuzz/long/crashes
  mkdir -p "$work" "$crashes"
  log=$build/tests/fuzz/long/$name.log
  # -fork keeps going after a finding, so one bug does not hide the next; each crash is saved.
  "$bin" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1 -fork=1 \
         -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$crashes/$name-" \
         "$work" tests/fuzz/corpus/"$name" >"$log" 2>&1
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
  if [[ $execs -eq 0 ]]; then # -fork prints per-job progress lines instead of final stats
    execs=$(grep -o '#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  # crash-/leak- artifacts are findings; slow-unit-/timeout-/oom- ones are inputs that took long (scrypt at
  # its bounds under ASan on a loaded machine), listed apart so they are looked at but do not fail the run.
  found=$(find "$crashes" \( -name "$name-crash-*" -o -name "$name-leak-*" \) | wc -l)
  slow=$(find "$crashes" \( -name "$name-slow-unit-*" -o -name "$name-timeout-*" -o -name "$name-oom-*" \) | wc -l)
  units=$(find "$work" -type f | wc -l)
  printf '%-15s %8s %14s %10s %9s %8s  %s\n' "$name" "$seconds" "${execs:-0}" "$(( ${execs:-0} / seconds ))" "$units" "$found" "$slow"
  if (( found > 0 )); then
    status=1
    find "$crashes" \( -name "$name-crash-*" -o -name "$name-leak-*" \) | head -3 | sed "s|^|    reproduce: $bin |"
  fi
done
exit $status
