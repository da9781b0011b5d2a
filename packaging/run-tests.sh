#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (the README's test command; .ci/run calls exactly this):
#   build/       the normal build (gcc) and every test, GUI tests on the offscreen platform;
#   build-asan/  clang with AddressSanitizer + UndefinedBehaviorSanitizer: the core and CLI tests again (but
#                the SIGKILL matrix, label killmatrix), and
#                every libFuzzer harness of tests/fuzz for a short run over its committed seed corpus.
# Both run inside one private D-Bus session with an unlocked gnome-keyring. A missing dependency (clang,
# its runtime, moto) fails the run. Extra arguments go to both ctest runs (e.g. -R tst_bundle).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup-debian.sh --tests
cmake -S . -B build -G Ninja
cmake --build build
# -O1 and line tables only: sanitizer reports keep file:line, and the second build costs less.
cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" -DPODDECK_FUZZ=ON \
      -DPODDECK_BUILD_GUI=OFF -DPODDECK_BUILD_BENCH=OFF
cmake --build build-asan

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
dbus-run-session -- sh -c '
  printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir build --output-on-failure -j2 "$@"; normal=$?
  ctest --test-dir build-asan --output-on-failure -j2 -LE killmatrix "$@"; asan=$?
  [ "$normal" -eq 0 ] && [ "$asan" -eq 0 ]' run-tests "$@"
