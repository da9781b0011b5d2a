#!/usr/bin/env bash
# Writes docs/screenshots/*.png: PodDeck on demo data under Xvfb.
#   tests/app/screenshots.sh [BUILD_DIR]     (default: build-gui; needs poddeck-cli and poddeck_screenshots)
# Demo data: a "notes" pod committed from a directory (poddeck-cli commit --from-dir) and a "shop" pod
# committed from a small moto state (queues, a bucket with objects, a secret, a SecureString parameter),
# with a branch (commit after injecting an older version) and, where the CLI has it, a merge.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build-gui}"
cli="$build/src/cli/poddeck-cli"
shots="$build/tests/app/poddeck_screenshots"
out="$root/docs/screenshots"
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

aws() { python3 - "$endpoint" "$@" <<'PY'
import sys, boto3
endpoint, action, *args = sys.argv[1:]
kw = dict(endpoint_url=endpoint, region_name="us-east-1")
sqs, s3, sm, ssm = (boto3.client(n, **kw) for n in ("sqs", "s3", "secretsmanager", "ssm"))
if action == "base":
    for q in ("orders", "payments", "emails"): sqs.create_queue(QueueName=q, Attributes={"VisibilityTimeout": "45"})
    s3.create_bucket(Bucket="photos")
    for k in ("2024/beach.jpg", "2024/mountain.jpg", "avatars/ana.png"): s3.put_object(Bucket="photos", Key=k, Body=b"x" * 2048)
    sm.create_secret(Name="db-password", SecretString="correct horse battery staple")
    ssm.put_parameter(Name="/shop/api-key", Value="sk_live_123", Type="SecureString")
    ssm.put_parameter(Name="/shop/currency", Value="EUR", Type="String")
elif action == "queue": sqs.create_queue(QueueName=args[0])
elif action == "object": s3.put_object(Bucket="photos", Key=args[0], Body=b"y" * 4096)
elif action == "change":  # what the diff view shows: a queue setting, a rotated key, a queue gone
    sqs.set_queue_attributes(QueueUrl=sqs.get_queue_url(QueueName="orders")["QueueUrl"], Attributes={"VisibilityTimeout": "90"})
    ssm.put_parameter(Name="/shop/api-key", Value="sk_live_456", Type="SecureString", Overwrite=True)
    sqs.delete_queue(QueueUrl=sqs.get_queue_url(QueueName="emails")["QueueUrl"])
PY
}

mkdir -p "$work/notes"
echo "# Runbook" > "$work/notes/README.md"; echo '{"stage":"dev"}' > "$work/notes/config.json"
"$cli" commit notes --from-dir "$work/notes" -m "Runbook and config"
echo '{"stage":"prod"}' > "$work/notes/config.json"
"$cli" commit notes --from-dir "$work/notes" -m "Production config"

aws base
"$cli" commit shop -m "Initial shop state"
aws queue refunds
"$cli" commit shop -m "Add the refunds queue"
aws object 2024/city.jpg
"$cli" commit shop -m "More photos"
"$cli" inject shop:1 --strategy overwrite
aws queue invoices
"$cli" commit shop -m "Invoices (a branch from version 1)"
"$cli" merge shop:3 shop:4 -m "Merge invoices into main" --prefer theirs >/dev/null 2>&1 || echo "(no merge: the CLI has none yet)"
"$cli" inject shop --strategy overwrite
aws queue notifications
aws change
"$cli" commit shop -m "Notifications"
"$cli" log shop 2>/dev/null || true

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" --home "$PODDECK_HOME" --out "$out" --endpoint "$endpoint" --pod shop
# The same window in German (translations/poddeck_de.ts).
LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" --home "$PODDECK_HOME" \
  --out "$out" --endpoint "$endpoint" --pod shop --suffix -de --main-only
ls -la "$out"
