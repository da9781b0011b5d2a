#!/usr/bin/env python3
"""Emulator benchmark: commit and inject of a big state on a real moto_server, beside `aws s3 sync`.

State: N misc resources (queues, parameters, topics, secrets), an S3 bucket with M objects and a DynamoDB
table with K items. Times `poddeck-cli commit`, `reset` + `inject --strategy overwrite`, and the S3 part
alone beside `aws s3 sync` down (bucket -> dir) and up (dir -> empty bucket).
Usage: bench/emulator_bench.py [--cli build/src/cli/poddeck-cli] [--resources 1000] [--objects 10000] [--items 100000]
       bench/emulator_bench.py --rich 10,100   the fidelity suite's rich state at 10x and 100x, beside boto3
"""
import argparse, concurrent.futures as cf, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

import boto3
from botocore.config import Config


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


def start_moto(port):
    exe = shutil.which("moto_server")
    cmd = [exe] if exe else [sys.executable, "-m", "moto.server"]
    proc = subprocess.Popen(cmd + ["-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/moto-api/", timeout=1); return proc
        except Exception:
            time.sleep(0.1)
    sys.exit("emulator_bench: moto_server did not start")


def populate(endpoint, resources, objects, items):
    cfg = Config(max_pool_connections=16, retries={"max_attempts": 10})
    kw = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test", config=cfg)
    s3, sqs, ssm, sns, sm, ddb = (boto3.client(n, **kw) for n in ("s3", "sqs", "ssm", "sns", "secretsmanager", "dynamodb"))
    with cf.ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda i: sqs.create_queue(QueueName=f"queue-{i}"), range(resources * 3 // 10)))
        list(pool.map(lambda i: ssm.put_parameter(Name=f"/bench/param-{i}", Value=f"v{i}", Type="String"), range(resources * 3 // 10)))
        list(pool.map(lambda i: sns.create_topic(Name=f"topic-{i}"), range(resources * 2 // 10)))
        list(pool.map(lambda i: sm.create_secret(Name=f"secret-{i}", SecretString=f"s{i}"), range(resources * 2 // 10)))
        s3.create_bucket(Bucket="bench-objects")
        body = b"x" * 1024
        list(pool.map(lambda i: s3.put_object(Bucket="bench-objects", Key=f"dir{i % 100}/object-{i}", Body=body), range(objects)))
        ddb.create_table(TableName="bench-items", BillingMode="PAY_PER_REQUEST",
                         AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                         KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}])
        def batch(start):
            reqs = [{"PutRequest": {"Item": {"pk": {"S": f"item-{i}"}, "n": {"N": str(i)}, "s": {"S": "payload" * 4}}}}
                    for i in range(start, min(start + 25, items))]
            r = ddb.batch_write_item(RequestItems={"bench-items": reqs})
            while r.get("UnprocessedItems"):
                r = ddb.batch_write_item(RequestItems=r["UnprocessedItems"])
        list(pool.map(batch, range(0, items, 25)))


def run(cmd, env=None):
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"emulator_bench: {' '.join(cmd)} failed: {p.stderr.strip()}")
    return time.perf_counter() - t, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "build", "src", "cli", "poddeck-cli"))
    ap.add_argument("--resources", type=int, default=1000)
    ap.add_argument("--objects", type=int, default=10000)
    ap.add_argument("--items", type=int, default=100000)
    ap.add_argument("--rich", help="scales of the fidelity suite's rich state, e.g. 10,100 (see bench/rich_state.py)")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    if a.rich:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import rich_state
        for scale in (int(s) for s in a.rich.split(",")):
            rich_state.run(cli, scale)
        return
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    moto = start_moto(port)
    work = tempfile.mkdtemp(prefix="poddeck-emubench-")
    env = dict(os.environ, AWS_ENDPOINT_URL=endpoint, AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test",
               AWS_DEFAULT_REGION="us-east-1", PODDECK_HOME=os.path.join(work, "home"))
    try:
        t0 = time.perf_counter()
        populate(endpoint, a.resources, a.objects, a.items)
        t_populate = time.perf_counter() - t0
        rows = []
        t_commit, _ = run([cli, "commit", "bench", "-m", "full"], env)
        _, out = run([cli, "versions", "bench", "--json"], env)
        v1 = json.loads(out)[-1]
        run([cli, "reset"], env)
        t_inject, _ = run([cli, "inject", "bench", "--strategy", "overwrite"], env)
        t_commit2, _ = run([cli, "commit", "bench", "-m", "again"], env)
        _, out = run([cli, "versions", "bench", "--json"], env)
        same_root = json.loads(out)[-1]["root"] == v1["root"]

        # The S3 part alone, beside the aws CLI.
        t_s3_commit, _ = run([cli, "commit", "s3only", "--services", "s3", "-m", "s3"], env)
        down = os.path.join(work, "down")
        t_sync_down, _ = run(["aws", "s3", "sync", "--only-show-errors", "s3://bench-objects", down], env)
        run([cli, "reset"], env)
        t_s3_inject, _ = run([cli, "inject", "s3only", "--strategy", "overwrite"], env)
        run([cli, "reset"], env)
        run(["aws", "s3", "mb", "s3://bench-objects"], env)
        t_sync_up, _ = run(["aws", "s3", "sync", "--only-show-errors", down, "s3://bench-objects"], env)

        print(f"state: {a.resources} resources, {a.objects} S3 objects, {a.items} DynamoDB items "
              f"({v1['resourceCount']} resources in the version, {v1['bytes'] / 2**20:.1f} MiB); populated in {t_populate:.1f} s")
        print(f"{'step':<44}{'PodDeck (s)':>12}{'aws CLI (s)':>13}{'ratio':>8}")
        print(f"{'commit whole instance':<44}{t_commit:>12.1f}{'-':>13}{'':>8}")
        print(f"{'reset + inject --strategy overwrite':<44}{t_inject:>12.1f}{'-':>13}{'':>8}")
        print(f"{'commit again (same root: ' + str(same_root) + ')':<44}{t_commit2:>12.1f}{'-':>13}{'':>8}")
        print(f"{'S3 only: commit vs aws s3 sync down':<44}{t_s3_commit:>12.1f}{t_sync_down:>13.1f}{t_s3_commit / t_sync_down:>7.2f}x")
        print(f"{'S3 only: inject vs aws s3 sync up':<44}{t_s3_inject:>12.1f}{t_sync_up:>13.1f}{t_s3_inject / t_sync_up:>7.2f}x")
    finally:
        moto.terminate(); moto.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
