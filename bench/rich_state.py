"""The fidelity suite's rich state (tests/fidelity) at N times its size, for bench/emulator_bench.py --rich.

Copy k of the state is the same state with every name's "fid" renamed "fid<k>" (buckets, queues, roles,
ARNs inside policies ...), done by a boto3 parameter hook, so the suite's builders and describers are reused
unchanged. Times boto3 writing (the builders) and reading (the describers) beside `poddeck-cli commit` and
`reset` + `inject --strategy overwrite` of the same state.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fidelity"))

import fidelity  # noqa: E402
from fidelity_support import Moto  # noqa: E402


# Server-made tokens and ids (a random id may hold the letters "fid"): never rename.
OPAQUE = {"ReceiptHandle", "NextToken", "Marker", "ContinuationToken", "restApiId", "parentId", "resourceId",
          "deploymentId", "KeyId", "TargetKeyId", "VersionId", "UUID"}


def renamer(tag):
    def rename(value):
        if isinstance(value, str):
            return re.sub(r"fid(?!\d)", tag, value)  # names that came back from the API are renamed already
        if isinstance(value, bytes):
            return value
        if isinstance(value, dict):
            return {k: v if k in OPAQUE else rename(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v) for v in value]
        return value

    def hook(params, **_):
        renamed = rename(params)
        params.clear()
        params.update(renamed)
    return hook


class CopyOf:
    """A Moto whose clients create and read copy `k` of the state."""

    def __init__(self, moto, k):
        self.moto, self.tag = moto, "fid%d" % k

    def client(self, service, region="us-east-1"):
        c = self.moto.client(service, region)
        c.meta.events.register("before-parameter-build.*", renamer(self.tag))
        return c


def timed(fn):
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def cli(path, home, endpoint, *args):
    env = dict(os.environ, AWS_ENDPOINT_URL=endpoint, AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test",
               AWS_DEFAULT_REGION="us-east-1")
    p = subprocess.run([path, "--home", home, "--quiet"] + list(args), env=env, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("emulator_bench: poddeck-cli %s failed: %s" % (" ".join(args), p.stderr.strip()))


def run(cli_path, scale):
    # Services whose builders name everything themselves; the renaming keeps copies apart.
    names = [n for n in fidelity.SERVICES if n not in ("kms",)]  # KMS keys are found by alias: one copy each
    moto = Moto(cli_path).start()
    home = tempfile.mkdtemp(prefix="poddeck-richbench-")
    try:
        copies = [CopyOf(moto, k) for k in range(scale)]
        t_write = timed(lambda: [fidelity.SERVICES[n][0](c) for c in copies for n in names])
        t_read = timed(lambda: [fidelity.SERVICES[n][1](copies[0]) for n in names])  # describers read everything
        t_commit = timed(lambda: cli(cli_path, home, moto.endpoint, "commit", "rich", "-m", "x%d" % scale))
        t_inject = timed(lambda: (cli(cli_path, home, moto.endpoint, "reset", "--no-autosave"),
                                  cli(cli_path, home, moto.endpoint, "inject", "rich", "--strategy", "overwrite",
                                      "--no-autosave")))
        print(f"rich state x{scale} ({len(names)} services)")
        print(f"{'step':<40}{'PodDeck (s)':>12}{'boto3 (s)':>11}{'ratio':>8}")
        print(f"{'commit vs boto3 reading every resource':<40}{t_commit:>12.1f}{t_read:>11.1f}{t_commit / t_read:>7.2f}x")
        print(f"{'reset+inject vs boto3 creating them':<40}{t_inject:>12.1f}{t_write:>11.1f}{t_inject / t_write:>7.2f}x")
    finally:
        moto.stop()
