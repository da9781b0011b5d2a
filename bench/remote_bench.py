#!/usr/bin/env python3
"""Remote benchmark: PodDeck push/pull of a second version beside `aws s3 cp` of a full bundle.

Generates a state (a few thousand small resources and a couple of 32 MiB blobs), commits it, pushes it to a
moto_server standing in for S3 and clones it into a second home; then changes about 1% of it, commits again,
and measures the push of that second version and the pull into the second home. Beside them: `export --all`
of the pod to a .pod bundle and `aws s3 cp` of that bundle up and down, which is what sharing state without
PodDeck's remotes costs. Prints bytes sent and wall time with ratios.

Usage: bench/remote_bench.py [--cli build/src/cli/poddeck-cli] [--small 3000] [--blobs 2] [--blob-mib 32]
       [--endpoint http://127.0.0.1:PORT]  (default: start a moto_server on a free port)
"""
import argparse, json, os, random, shutil, socket, subprocess, sys, tempfile, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synthetic_tree import generate, change_one_percent  # noqa: E402


def timed(cmd, env):
    os.sync()  # each tool starts with nothing dirty, so no one pays for another's write-back
    t = time.perf_counter()
    p = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return time.perf_counter() - t, p.stdout


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_moto():
    port = free_port()
    exe = shutil.which("moto_server")
    cmd = [exe] if exe else [sys.executable, "-m", "moto.server"]
    proc = subprocess.Popen(cmd + ["-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(endpoint + "/moto-api/data.json", timeout=1)
            return proc, endpoint
        except Exception:
            time.sleep(0.1)
    proc.kill()
    sys.exit("remote_bench: moto_server did not start")


def mib(n):
    return f"{n / 1048576:9.2f} MiB"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "build", "src", "cli", "poddeck-cli"))
    ap.add_argument("--small", type=int, default=3000)
    ap.add_argument("--blobs", type=int, default=2)
    ap.add_argument("--blob-mib", type=int, default=32)
    ap.add_argument("--endpoint", default="")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    if not os.path.exists(cli):
        sys.exit(f"remote_bench: no poddeck-cli at {cli}; build first or pass --cli")
    if not shutil.which("aws"):
        sys.exit("remote_bench: the aws CLI is needed for the comparison (pip install awscli)")
    moto = None
    endpoint = a.endpoint
    if not endpoint:
        moto, endpoint = start_moto()
    work = tempfile.mkdtemp(prefix="poddeck-remote-bench-")
    env = dict(os.environ, AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1",
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(work, "none"), AWS_CONFIG_FILE=os.path.join(work, "none"))
    env.pop("AWS_PROFILE", None)
    aws = ["aws", "--endpoint-url", endpoint, "s3"]
    try:
        rng = random.Random(1)
        tree = os.path.join(work, "tree")
        home_a, home_b = os.path.join(work, "a"), os.path.join(work, "b")
        generate(tree, a.small, a.blobs, a.blob_mib, rng)
        subprocess.run(aws + ["mb", "s3://bench"], check=True, env=env, stdout=subprocess.DEVNULL)
        url = f"s3://bench/pods?endpoint={endpoint}"
        for home in (home_a, home_b):
            subprocess.run([cli, "--home", home, "remote", "add", "origin", url], check=True, env=env, stdout=subprocess.DEVNULL)

        pd = lambda home, *args: [cli, "--home", home, "--json", *args]
        timed(pd(home_a, "commit", "bench", "--from-dir", tree, "-m", "v1"), env)
        t_push1, out = timed(pd(home_a, "push", "bench"), env)
        push1 = json.loads(out)
        t_clone, out = timed(pd(home_b, "clone", "origin", "bench"), env)
        clone = json.loads(out)

        changed = change_one_percent(tree, a.small, a.blobs, rng)
        timed(pd(home_a, "commit", "bench", "--from-dir", tree, "-m", "v2"), env)
        t_push2, out = timed(pd(home_a, "push", "bench"), env)
        push2 = json.loads(out)
        t_pull2, out = timed(pd(home_b, "pull", "bench"), env)
        pull2 = json.loads(out)

        bundle = os.path.join(work, "bench.pod")
        t_export, _ = timed([cli, "--home", home_a, "export", "bench", "--all", "-o", bundle], env)
        bundle_bytes = os.path.getsize(bundle)
        t_cp_up, _ = timed(aws + ["cp", bundle, "s3://bench/full/bench.pod"], env)
        t_cp_down, _ = timed(aws + ["cp", "s3://bench/full/bench.pod", os.path.join(work, "down.pod")], env)

        print(f"state: {a.small} small resources + {a.blobs} x {a.blob_mib} MiB blobs; second version changes ~1%")
        print(f"first push  : {push1['objectsUploaded']} objects, {mib(push1['bytesUploaded'])}, {t_push1:6.2f} s;"
              f" clone: {clone['objectsDownloaded']} objects, {mib(clone['bytesDownloaded'])}, {t_clone:6.2f} s")
        print(f"first time  : push {t_push1 / t_cp_up:5.2f}x and clone {t_clone / t_cp_down:5.2f}x the time of `aws s3 cp` "
              f"of the full bundle ({mib(bundle_bytes)}) in the same direction (goal: at most 1.2x)")
        print()
        print(f"{'second version':32} {'bytes sent':>14} {'time':>9} {'bytes ratio':>12} {'time ratio':>11}")
        rows = [
            ("poddeck push (v2 only)", push2["bytesUploaded"], t_push2),
            ("aws s3 cp up (export --all)", bundle_bytes, t_cp_up),
            ("  + export --all itself", None, t_export),
            ("poddeck pull (v2 only)", pull2["bytesDownloaded"], t_pull2),
            ("aws s3 cp down (full bundle)", bundle_bytes, t_cp_down),
        ]
        for name, nbytes, secs in rows:
            ratio_b = f"{nbytes / bundle_bytes:11.3f}x" if nbytes is not None else ""
            base_t = t_cp_up if "push" in name or "up" in name else t_cp_down
            ratio_t = f"{secs / base_t:10.2f}x" if "export --all itself" not in name else ""
            print(f"{name:32} {mib(nbytes) if nbytes is not None else '':>14} {secs:8.2f}s {ratio_b:>12} {ratio_t:>11}")
        print()
        print(f"push v2: {push2['objectsConsidered']} objects considered, {push2['objectsPresent']} already there, "
              f"{push2['objectsUploaded']} uploaded; pull v2: {pull2['objectsDownloaded']} objects downloaded")
        print("ratios are against `aws s3 cp` of the full bundle (v1 + v2) in the same direction")
        print(f"changed content: {mib(changed)}; push v2 sent {push2['bytesUploaded'] / changed:.2f}x and pull v2 "
              f"fetched {pull2['bytesDownloaded'] / changed:.2f}x of it (goal: at most 1.5x; the rest is mostly the edges "
              f"of content-defined chunks around each edit, then the tree parts on the paths to what changed)")
    finally:
        if moto:
            moto.terminate()
            moto.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
