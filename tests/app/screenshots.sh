#!/usr/bin/env bash
# Writes docs/screenshots/*.png: PodDeck on demo data under Xvfb.
#   tests/app/screenshots.sh [BUILD_DIR [OUT_DIR]]   (default: build-gui, docs/screenshots; needs poddeck-cli,
#       poddeck_screenshots and poddeck_remotes_screenshots, python3 with boto3, moto_server, xvfb-run)
# CTest runs it too (screenshots_run, into the build tree): a picture that cannot be made fails the run.
# Demo data, made with boto3 (screenshot_state.py) and poddeck-cli against a moto_server of its own: a
# "notes" pod committed from a directory, a "shop" pod committed from a small moto state (queues, a bucket
# with objects, a secret, a SecureString parameter) with a branch and a merge, an "uploads" pod the failure
# picture injects, and, in homes of their own, the pods two teammates share through folder remotes.
# English pictures first, then German ones (-de) of the views the docs show in both languages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build-gui}"
cli="$build/src/cli/poddeck-cli"
shots="$build/tests/app/poddeck_screenshots"
remotes="$build/tests/app/poddeck_remotes_screenshots"
out="${2:-$root/docs/screenshots}"
work="$(mktemp -d /tmp/poddeck-shots-XXXXXX)"
export PODDECK_HOME="$work/home" PODDECK_AUTHOR="ana@example.com"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 MOTO_ALLOW_NONEXISTENT_REGION=true

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
endpoint="http://127.0.0.1:$port"
export AWS_ENDPOINT_URL="$endpoint"
if command -v moto_server >/dev/null; then moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
else python3 -m moto.server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 & fi
moto=$!
cleanup() { kill "$moto" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 100); do curl -sf "$endpoint/moto-api/data.json" >/dev/null && break; sleep 0.2; done

# Demo state is made as a user would make it: boto3 calls against moto (screenshot_state.py).
state() { python3 "$here/screenshot_state.py" "$endpoint" "$@"; }

# The "uploads" pod (a role and the bucket it writes to), from an instance of its own: the failure
# picture injects it after another account took the bucket's name.
state uploads
"$cli" commit uploads -m "Upload bucket and its writer role"
"$cli" reset --no-autosave

# The remotes demo, in homes of its own: ana's pods on the folder remotes "team" and "archive" (shop in
# sync, orders a version ahead, billing changed by her teammate ben, notes never pushed).
team="$work/team-home" mate="$work/mate-home"
as() { local home="$1" author="$2"; shift 2; PODDECK_HOME="$home" PODDECK_AUTHOR="$author" "$cli" "$@"; }
ana() { as "$team" ana@example.com "$@"; }
ben() { as "$mate" ben@example.com "$@"; }
ana remote add team "file://$work/remotes/team" && ana remote add archive "file://$work/remotes/archive"
state base; ana commit shop -m "Initial shop state"
state queue refunds; ana commit shop -m "Add the refunds queue"
ana reset --no-autosave; state orders; ana commit orders -m "Orders table"
ana reset --no-autosave; state billing; ana commit billing -m "Billing topic"
mkdir -p "$work/runbook" && echo "# Runbook" > "$work/runbook/README.md"
ana commit notes --from-dir "$work/runbook" -m "Runbook"
ana describe shop --description "Checkout demo: orders and refunds queues, seeded carts" --label demo --label team-shop
ana describe orders --description "Orders table with a week of test orders" --label dynamodb --label fixtures
ana describe billing --description "Billing topic and alert subscriptions" --label team-payments
for pod in shop orders billing; do ana push "$pod" team; done
ana push shop archive
ana inject orders --strategy overwrite --no-autosave; state orders-index; ana commit orders -m "Orders index"
ben remote add team "file://$work/remotes/team" && ben clone team billing
ben inject billing --strategy overwrite --no-autosave; state billing-alerts; ben commit billing -m "Billing alerts"
ben push billing team
ana list --remote team # records ben's new head, as Clone from Remote's listing does
ana reset --no-autosave # no head for the instance of the pictures below

mkdir -p "$work/notes"
echo "# Runbook" > "$work/notes/README.md"; echo '{"stage":"dev"}' > "$work/notes/config.json"
"$cli" commit notes --from-dir "$work/notes" -m "Runbook and config"
echo '{"stage":"prod"}' > "$work/notes/config.json"
"$cli" commit notes --from-dir "$work/notes" -m "Production config"

state base
"$cli" commit shop -m "Initial shop state"
state queue refunds
"$cli" commit shop -m "Add the refunds queue"
state object 2024/city.jpg
"$cli" commit shop -m "More photos"
"$cli" inject shop:1 --strategy overwrite
state queue invoices
"$cli" commit shop -m "Invoices (a branch from version 1)"
"$cli" merge shop:3 shop:4 -m "Merge invoices into main" --prefer theirs >/dev/null 2>&1 || echo "(no merge: the CLI has none yet)"
"$cli" inject shop --strategy overwrite
state queue notifications
state change
"$cli" commit shop -m "Notifications"
"$cli" log shop 2>/dev/null || true

mkdir -p "$out"
lang=() # the app picks its language by the locale, as installTranslations() reads it
run() { env "${lang[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; }
demo=(--home "$PODDECK_HOME" --endpoint "$endpoint" --pod shop --state-script "$here/screenshot_state.py" --out "$out")
run "$shots" "${demo[@]}"
# The remotes views, on the remotes demo.
run "$remotes" --home "$team" --out "$out"

# German (translations/poddeck_de.ts): the main window and the views the docs show in both languages.
# The English run ended by changing the instance and failing an inject: load the demo back first.
"$cli" inject shop --strategy overwrite --no-autosave >/dev/null
lang=(LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de)
run "$shots" "${demo[@]}" --suffix -de \
  --only main-window,instance-in-sync,instance-drift,inject-dialog,inject-failed,properties-dialog
run "$remotes" --home "$team" --out "$out" --suffix -de --only remote-browser
ls -la "$out"
