#!/usr/bin/env python3
"""Commit benchmark: PodDeck beside `git add -A && git commit` and `tar --zstd`.

Generates a synthetic state (thousands of small resources and a few large blobs), commits it, changes
about 1% of it, commits again, and prints wall time per step and the bytes each tool stored for the
second version. Usage: bench/commit_bench.py [--cli build/src/cli/poddeck-cli] [--small 5000] [--blob-mib 64]
"""
import argparse, os, random, shutil, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synthetic_tree import generate, change_one_percent  # noqa: E402


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except FileNotFoundError:
                pass
    return total


def timed(cmd, **kw):
    os.sync()  # each tool starts with nothing dirty, so no one pays for another's write-back
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "build", "src", "cli", "poddeck-cli"))
    ap.add_argument("--small", type=int, default=5000)
    ap.add_argument("--blobs", type=int, default=4)
    ap.add_argument("--blob-mib", type=int, default=64)
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    if not os.path.exists(cli):
        sys.exit(f"commit_bench: no poddeck-cli at {cli}; build first or pass --cli")
    rng = random.Random(1)
    work = tempfile.mkdtemp(prefix="poddeck-bench-")
    try:
        tree = os.path.join(work, "tree")
        home = os.path.join(work, "home")
        os.makedirs(tree)
        generate(tree, a.small, a.blobs, a.blob_mib, rng)
        os.sync()  # no tool below pays for writing back the generator's files
        state_bytes = du(tree)
        env = dict(os.environ, GIT_AUTHOR_NAME="b", GIT_AUTHOR_EMAIL="b@b", GIT_COMMITTER_NAME="b", GIT_COMMITTER_EMAIL="b@b")
        # git's repository lives outside the tree, so PodDeck and tar see the same files.
        gitenv = dict(env, GIT_DIR=os.path.join(work, "gitdir"), GIT_WORK_TREE=tree)
        subprocess.run(["git", "init", "-q"], check=True, env=gitenv)

        def pod():
            return timed([cli, "--home", home, "commit", "bench", "--from-dir", tree, "-m", "v"])

        def tar(n):
            out = os.path.join(work, f"state{n}.tar.zst")
            return timed(["tar", "--zstd", "--exclude=.git", "-cf", out, "-C", tree, "."]), out

        # PodDeck makes what it stores durable before it records the version (fdatasync of its pack);
        # tar does not. The same archive followed by `sync FILE` (fsync of that file) is the durable twin.
        def tar_synced(n):
            out = os.path.join(work, f"synced{n}.tar.zst")
            return timed(["sh", "-c", f"tar --zstd --exclude=.git -cf '{out}' -C '{tree}' . && sync '{out}'"])

        def git():
            return timed(["sh", "-c", "git add -A && git commit -qm v"], cwd=tree, env=gitenv)

        t_pod1 = pod(); t_git1 = git(); t_tar1, _ = tar(1); t_sync1 = tar_synced(1)
        pod_after1 = du(os.path.join(home, "objects")); git_after1 = du(os.path.join(work, "gitdir", "objects"))
        change_one_percent(tree, a.small, a.blobs, rng)
        os.sync()
        t_pod2 = pod(); t_git2 = git(); t_tar2, tar2 = tar(2); t_sync2 = tar_synced(2)
        pod_new = du(os.path.join(home, "objects")) - pod_after1
        git_new = du(os.path.join(work, "gitdir", "objects")) - git_after1
        tar_new = os.path.getsize(tar2)

        print(f"state: {a.small} small files + {a.blobs} x {a.blob_mib} MiB blobs = {state_bytes / 2**20:.1f} MiB; ~1% changed")
        print(f"{'tool':<28}{'commit 1 (s)':>14}{'commit 2 (s)':>14}{'stored for v2':>16}{'vs PodDeck':>12}")
        def row(name, t1, t2, b):
            ratio = b / pod_new if pod_new else float('inf')
            print(f"{name:<28}{t1:>14.2f}{t2:>14.2f}{b / 2**20:>13.2f} MiB{ratio:>11.1f}x")
        row("poddeck-cli commit", t_pod1, t_pod2, pod_new)
        row("git add -A && git commit", t_git1, t_git2, git_new)
        row("tar --zstd (full copy)", t_tar1, t_tar2, tar_new)
        row("tar --zstd && sync FILE", t_sync1, t_sync2, tar_new)
        print(f"poddeck vs tar --zstd: commit 1 {t_pod1 / t_tar1:.2f}x (goal: at most 2x), "
              f"commit 2 {t_pod2 / t_tar2:.2f}x (goal: at most 1.2x); vs git: commit 1 {t_pod1 / t_git1:.2f}x, "
              f"commit 2 {t_pod2 / t_git2:.2f}x")
        print(f"poddeck vs the durable tar (tar --zstd && sync FILE): commit 1 {t_pod1 / t_sync1:.2f}x, "
              f"commit 2 {t_pod2 / t_sync2:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
