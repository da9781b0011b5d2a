#!/usr/bin/env python3
"""docs/ci.md's GitHub Actions and GitLab CI jobs, run for real: their poddeck-cli commands against two real
moto servers (one the job's emulator, one the team's pods bucket).

A teammate publishes pod `shop` (state made with boto3). For each example, a fresh CI home runs the job's
seed commands while the emulator is still down (it comes up a few seconds later: --wait-for-endpoint), the
test checks the emulator holds the pod's state, the "integration tests" change it, and the job's save
commands push it as a pod; a second teammate clones that pod and injects it into an emptied emulator.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fidelity"))
from fidelity_support import Moto, Cli  # noqa: E402

DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "ci.md")


def job_commands(doc_text):
    """{example: (seed commands, save commands)} from the ```yaml blocks under '## <example>' headings."""
    out = {}
    for heading, block in re.findall(r"^## (.+?)\n.*?```yaml\n(.*?)```", doc_text, flags=re.S | re.M):
        lines = []
        for raw in block.splitlines():
            line = raw.strip()
            if line.startswith("- "):
                line = line[2:]
            if "poddeck-cli" in line and not line.startswith(("name:", "#")):
                lines.append(line)
        inject = next(i for i, l in enumerate(lines) if " inject " in l)
        out[heading.strip()] = (lines[:inject + 1], lines[inject + 1:])
    return out


def run_lines(lines, env, what):
    for line in lines:
        p = subprocess.run(["bash", "-c", line], env=env, capture_output=True, text=True, timeout=300)
        print("$ %s\n%s%s" % (line, p.stdout, p.stderr), flush=True)
        if p.returncode != 0:
            raise SystemExit("FAIL %s: `%s` exited %d" % (what, line, p.returncode))


def queues(moto):
    return sorted(u.rsplit("/", 1)[1] for u in moto.client("sqs").list_queues().get("QueueUrls", []))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args = ap.parse_args()
    examples = job_commands(open(DOC).read())
    if sorted(examples) != ["GitHub Actions", "GitLab CI"]:
        raise SystemExit("FAIL docs/ci.md: expected a GitHub Actions and a GitLab CI example, found %s" % sorted(examples))

    work = tempfile.mkdtemp(prefix="ci-examples-")
    pods = Moto(args.cli).start()
    emulator = Moto(args.cli).start()
    try:
        pods.client("s3").create_bucket(Bucket="acme-pods")
        remote = "s3://acme-pods/team?endpoint=%s" % pods.endpoint

        # The teammate who keeps the seed pod.
        emulator.client("sqs").create_queue(QueueName="orders")
        emulator.client("ssm").put_parameter(Name="/shop/mode", Value="ci", Type="String")
        teammate = Cli(args.cli, os.path.join(work, "teammate"))
        teammate.run("remote", "add", "team", remote)
        teammate.run("commit", "shop", "-m", "seed", endpoint=emulator.endpoint)
        teammate.run("push", "shop", "team")

        for n, (example, (seed, save)) in enumerate(sorted(examples.items())):
            print("== %s: %d seed and %d save commands" % (example, len(seed), len(save)), flush=True)
            if not any("--wait-for-endpoint" in l for l in seed):
                raise SystemExit("FAIL %s: the seed commands do not wait for the emulator" % example)
            env = dict(os.environ)
            env.update({
                "PATH": os.path.dirname(os.path.abspath(args.cli)) + os.pathsep + env.get("PATH", ""),
                "PODDECK_HOME": os.path.join(work, "ci-%d" % n),
                "AWS_ENDPOINT_URL": emulator.endpoint,
                "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
                "PODS_REMOTE": remote,
                "GITHUB_RUN_ID": "101", "GITHUB_REF_NAME": "main", "CI_PIPELINE_ID": "202", "CI_JOB_STATUS": "failed",
            })
            # The service container is still starting when the job's first commands run.
            emulator.stop()
            starter = threading.Timer(4.0, emulator.start)
            starter.start()
            started = time.time()
            run_lines(seed, env, example + " seed")
            starter.join()
            if time.time() - started < 4.0:
                raise SystemExit("FAIL %s: the seed finished before the emulator was up" % example)
            if queues(emulator) != ["orders"]:
                raise SystemExit("FAIL %s: after the seed the emulator holds %s" % (example, queues(emulator)))

            # The integration tests change the state, then fail.
            emulator.client("sqs").create_queue(QueueName="flaky-orders")
            run_lines(save, env, example + " save")
            failed = "failed-101" if example.startswith("GitHub") else "failed-202"

            # A second teammate loads the failed run's state into an emptied emulator.
            other = Cli(args.cli, os.path.join(work, "debugger-%d" % n))
            other.run("remote", "add", "team", remote)
            other.run("clone", "team", failed)
            emulator.restart()
            other.run("inject", failed, "--strategy", "overwrite", endpoint=emulator.endpoint)
            if queues(emulator) != ["flaky-orders", "orders"]:
                raise SystemExit("FAIL %s: the failed run's pod restored %s" % (example, queues(emulator)))
            print("ok %s" % example, flush=True)
    finally:
        emulator.stop()
        pods.stop()
    print("PASS: both CI examples in docs/ci.md work against moto")


if __name__ == "__main__":
    main()
