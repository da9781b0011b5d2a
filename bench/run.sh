#!/usr/bin/env bash
# Every speed ratio of issue 12 in one run, side by side with its reference (tar --zstd, git, aws s3 cp):
# commit 1 and 2, first push and clone, v2 push and pull, and the pod list's sync badges at 10,000 pods.
# Usage: bench/run.sh [BUILD_DIR]   (default: build). Needs moto_server and the aws CLI (as the tests do).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
cli="$build/src/cli/poddeck-cli"
[ -x "$cli" ] || { echo "bench/run.sh: no poddeck-cli in $build; build first" >&2; exit 1; }
echo "== commit: poddeck-cli commit --from-dir beside tar --zstd and git"
python3 "$here/commit_bench.py" --cli "$cli"
echo
echo "== remote: push, clone, push and pull of v2 beside aws s3 cp of the full bundle (moto as S3)"
python3 "$here/remote_bench.py" --cli "$cli"
echo
if [ -x "$build/bench/gui_models_bench" ]; then
  echo "== pod list and models at scale (offscreen)"
  QT_QPA_PLATFORM=offscreen "$build/bench/gui_models_bench" 2>/dev/null
fi
