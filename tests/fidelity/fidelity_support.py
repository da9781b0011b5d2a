"""Plumbing of the fidelity suite: moto servers, boto3 clients, the poddeck CLI, field-by-field comparison.

The suite creates state the way users do (boto3 against a real moto), commits and injects it with
poddeck-cli, and describes the emulator through the AWS API before and after. Nothing here knows how
PodDeck stores anything: a field that differs is a fidelity bug.
"""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import boto3
from botocore.config import Config

ACCOUNT = "123456789012"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Moto:
    """A real moto on a free loopback port, started through `poddeck-cli moto` (PodDeck's entry point, which
    adds the routes that give Lambda code back). restart() keeps the port and loses the state, like a user's
    emulator restart."""

    def __init__(self, cli, port=None):
        self.cli = cli
        self.port = port or free_port()
        self.proc = None
        self.log = tempfile.NamedTemporaryFile(prefix="fidelity-moto-", suffix=".log", delete=False)

    @property
    def endpoint(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self):
        cmd = [self.cli, "moto", "--port", str(self.port)]
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("`%s` exited with %s: %s" % (" ".join(cmd), self.proc.returncode, self.output()))
            try:
                urllib.request.urlopen(self.endpoint + "/moto-api/", timeout=2).read()
                return self
            except Exception:
                time.sleep(0.2)
        raise RuntimeError("moto did not answer on %s within 60 s: %s" % (self.endpoint, self.output()))

    def output(self):
        self.log.flush()
        with open(self.log.name, errors="replace") as f:
            return f.read()[-2000:]

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None

    def restart(self):
        self.stop()
        # The port stays ours: nothing else on this machine binds it between stop and start.
        return self.start()

    def client(self, service, region="us-east-1"):
        return boto3.client(service, endpoint_url=self.endpoint, region_name=region,
                            aws_access_key_id="test", aws_secret_access_key="test",
                            config=Config(retries={"max_attempts": 2}))


class Cli:
    def __init__(self, path, home):
        self.path = path
        self.home = home

    def run(self, *args, endpoint=None, check=True):
        cmd = [self.path, "--home", self.home, "--quiet"] + [str(a) for a in args]
        env = dict(os.environ)
        if endpoint:
            env["AWS_ENDPOINT_URL"] = endpoint
        env.setdefault("AWS_ACCESS_KEY_ID", "test")
        env.setdefault("AWS_SECRET_ACCESS_KEY", "test")
        env.setdefault("AWS_DEFAULT_REGION", "us-east-1")
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        log("$ %s\n%s%s" % (" ".join(cmd[1:]), p.stdout, p.stderr))
        if check and p.returncode != 0:
            raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), p.returncode, p.stderr.strip()))
        return p


VERBOSE = os.environ.get("FIDELITY_VERBOSE") == "1"


def log(text):
    if VERBOSE:
        print(text, flush=True)


def canon(value):
    """JSON-ish value with dict keys sorted and policy strings parsed, for comparison and printing."""
    if isinstance(value, dict):
        return {k: canon(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [canon(v) for v in value]
    if isinstance(value, bytes):
        return {"$bytes": value.hex()}
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return canon(json.loads(value))
        except ValueError:
            return value
    return value


def field_differences(before, after, prefix=""):
    """Every field that differs, as 'path: before != after' lines."""
    out = []
    if isinstance(before, dict) and isinstance(after, dict):
        for k in sorted(set(before) | set(after)):
            p = "%s.%s" % (prefix, k) if prefix else str(k)
            if k not in after:
                out.append("%s: missing after (was %s)" % (p, short(before[k])))
            elif k not in before:
                out.append("%s: new after (%s)" % (p, short(after[k])))
            else:
                out += field_differences(before[k], after[k], p)
    elif before != after:
        out.append("%s: %s != %s" % (prefix or "(value)", short(before), short(after)))
    return out


def short(v):
    s = json.dumps(v, sort_keys=True, default=str)
    return s if len(s) <= 160 else s[:157] + "..."


class Report:
    """One result per resource kind (service.type); prints a closing 'N passed, N failed' line."""

    def __init__(self, title, known_gaps=None):
        self.title = title
        self.passed = []
        self.failed = []
        self.known_gaps = known_gaps or {}

    def check(self, kind, before, after, only_ids=None):
        ids = sorted(before) if only_ids is None else sorted(only_ids)
        diffs = []
        for rid in ids:
            if rid not in after:
                diffs.append("%s: missing after" % rid)
                continue
            diffs += ["%s: %s" % (rid, d) for d in field_differences(canon(before[rid]), canon(after[rid]))]
        if only_ids is None:
            diffs += ["%s: new after" % rid for rid in sorted(set(after) - set(before))]
        name = "%s/%s" % (self.title, kind)
        gap = self.known_gaps.get(kind)
        if diffs and gap:
            print("XFAIL %s (known gap: %s)" % (name, gap))
            for d in diffs[:5]:
                print("      %s" % d)
            self.passed.append(name)
        elif not diffs and gap:
            print("FAIL  %s: listed as a known gap (%s) but it round-trips now: remove it from KNOWN_GAPS" % (name, gap))
            self.failed.append(name)
        elif diffs:
            print("FAIL  %s (%d of %d resources differ)" % (name, len({d.split(':')[0] for d in diffs}), len(ids)))
            for d in diffs[:25]:
                print("      %s" % d)
            if len(diffs) > 25:
                print("      ... %d more" % (len(diffs) - 25))
            self.failed.append(name)
        else:
            print("PASS  %s (%d resources)" % (name, len(ids)))
            self.passed.append(name)

    def check_nonempty(self, kind, described):
        """A kind the state builder created must show up in the 'before' description at all."""
        if not described:
            print("FAIL  %s/%s: the builder created nothing of this kind (the describer or builder is broken)"
                  % (self.title, kind))
            self.failed.append("%s/%s" % (self.title, kind))
            return False
        return True

    def error(self, what, exc):
        print("FAIL  %s/%s: %s" % (self.title, what, exc))
        self.failed.append("%s/%s" % (self.title, what))

    def close(self):
        print("%d passed, %d failed" % (len(self.passed), len(self.failed)))
        return 0 if not self.failed else 1
