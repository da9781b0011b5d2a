"""The synthetic state both commit_bench.py and remote_bench.py work on: small JSON resources spread over
services and types, plus large half-random blobs, and a ~1% change of both."""
import os


def generate(tree, small, blobs, blob_mib, rng):
    for i in range(small):
        d = os.path.join(tree, f"svc{i % 8}", f"type{i % 32}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"res{i}.json"), "w") as f:
            f.write('{"name": "res%d", "tags": {"team": "t%d"}, "value": "%s"}' % (i, i % 13, "x" * rng.randint(100, 900)))
    for b in range(blobs):
        # Half random, half repetitive: like real object bodies, partly compressible.
        with open(os.path.join(tree, f"blob{b}.bin"), "wb") as f:
            for _ in range(blob_mib):
                f.write(rng.randbytes(512 * 1024) + bytes(512 * 1024))


def change_one_percent(tree, small, blobs, rng):
    """Changes ~1% and returns the bytes of content that changed: the whole of each touched small file (a
    resource changes as a whole) and the blob bytes overwritten."""
    changed = 0
    for i in rng.sample(range(small), max(1, small // 100)):
        p = os.path.join(tree, f"svc{i % 8}", f"type{i % 32}", f"res{i}.json")
        with open(p, "a") as f:
            f.write(" ")
        changed += os.path.getsize(p)
    for b in range(blobs):
        p = os.path.join(tree, f"blob{b}.bin")
        size = os.path.getsize(p)
        with open(p, "r+b") as f:
            f.seek(size // 3)
            f.write(rng.randbytes(size // 100))
        changed += size // 100
    return changed
