#!/usr/bin/env python3
"""Writes the seed corpora of the fuzzers under corpus/<harness>/ (committed; run again only to change
them). Each seed is a small valid input, or a near miss, of the format its harness reads, written the
way PodDeck writes it (canonical JSON as Qt's compact form: keys sorted, no spaces)."""
import base64, hashlib, io, json, os, struct, subprocess, tarfile, zipfile

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

HERE = os.path.dirname(os.path.abspath(__file__))


def put(harness, name, data):
    d = os.path.join(HERE, "corpus", harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def canonical(o):
    return json.dumps(o, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha(b):
    return hashlib.sha256(b).hexdigest()


def zstd(b):
    return subprocess.run(["zstd", "-q", "-c", "-3"], input=b, capture_output=True, check=True).stdout


def skippable(hidden):
    return struct.pack("<II", 0x184D2A50, len(hidden)) + hidden


# A state: one bucket with one object (a child resource with an attachment), one queue.
chunk = b"hello, pods\n" * 20
bucket_path = "s3/000000000000/us-east-1/bucket/data"
resources = {
    bucket_path: {"document": {"Name": "data"}, "path": bucket_path, "type": "resource"},
    bucket_path + "/object/big%2Ffile.bin": {
        "attachments": {"body": {"chunks": [sha(chunk)], "size": len(chunk)}},
        "document": {"Key": "big/file.bin", "Metadata": {"owner": "ops"}},
        "path": bucket_path + "/object/big%2Ffile.bin", "type": "resource"},
    "sqs/000000000000/us-east-1/queue/jobs": {
        "document": {"Attributes": {"VisibilityTimeout": "30"}, "QueueName": "jobs"},
        "path": "sqs/000000000000/us-east-1/queue/jobs", "type": "resource"},
}
objects = {sha(chunk): chunk}
res_ids = {}
for path, r in resources.items():
    b = canonical(r)
    objects[sha(b)] = b
    res_ids[path] = sha(b)


def tree(entries):  # entries: (kind, id, name)
    return b"poddeck-tree 1\n" + b"".join(
        f"{k} {i} {n}\n".encode() for k, i, n in sorted(entries, key=lambda e: (e[2], e[0])))


def put_tree(entries):
    b = tree(entries)
    objects[sha(b)] = b
    return sha(b)


obj_tree = put_tree([("r", res_ids[bucket_path + "/object/big%2Ffile.bin"], "big%2Ffile.bin")])
bucket_children = put_tree([("t", obj_tree, "object")])
bucket_type = put_tree([("r", res_ids[bucket_path], "data"), ("t", bucket_children, "data")])
s3 = put_tree([("t", put_tree([("t", put_tree([("t", bucket_type, "bucket")]), "us-east-1")]), "000000000000")])
queue_type = put_tree([("r", res_ids["sqs/000000000000/us-east-1/queue/jobs"], "jobs")])
sqs = put_tree([("t", put_tree([("t", put_tree([("t", queue_type, "queue")]), "us-east-1")]), "000000000000")])
root = put_tree([("t", s3, "s3"), ("t", sqs, "sqs")])

version_fields = {"author": "Ana <ana@example.com>", "bytes": 1000, "created": "2023-11-14T22:13:20.000Z",
                  "emulator": {"kind": "moto", "version": "5.0.0"}, "message": "seed data", "parents": [],
                  "resourceCount": 3, "root": root, "services": ["s3", "sqs"]}
version = canonical(dict(version_fields, type="version"))
vid = sha(version)
objects[vid] = version

# Trees and canonical JSON.
put("tree", "root", tree([("t", s3, "s3"), ("t", sqs, "sqs")]))
put("tree", "bucket-and-children", objects[bucket_type])
put("tree", "empty", b"poddeck-tree 1\n")
put("tree", "unsorted", tree([("t", s3, "s3")]) + f"r {s3} a\n".encode())
# A node stored in parts (TreeObject.h), and a near miss mixing a part with an entry.
put("tree", "parts", tree([("p", obj_tree, "big%2Ffile.bin"), ("p", queue_type, "jobs")]))
put("tree", "parts-mixed", tree([("p", obj_tree, "big%2Ffile.bin"), ("r", s3, "x")]))
for i, (path, r) in enumerate(resources.items()):
    put("canonicaljson", f"resource{i}", canonical(r))
put("canonicaljson", "nested", '{"a":[1,2.5,-3e10,true,null,"\\u00e9\\n"],"b":{"c":{"d":{}}}}')
put("canonicaljson", "whitespace", '{ "z" : 1 ,\n "a" : [ ] }')

# Version objects, remote pod files and bundle manifests.
entry = dict(version_fields, id=vid, pod="shop", number=1)
put("podfiles", "version", version)
put("podfiles", "remote-pod", json.dumps({"format": "poddeck-remote-pod", "formatVersion": 1, "pod": "shop",
                                          "head": vid, "versions": [entry], "updated": "2023-11-14T22:13:21.000Z",
                                          "updatedBy": "Ana"}, indent=4))
stored = {i: zstd(b) for i, b in objects.items()}
manifest = json.dumps({"format": "poddeck-bundle", "formatVersion": 1, "pod": "shop", "head": vid,
                       "versions": [entry], "objects": len(stored),
                       "bytes": sum(len(b) for b in stored.values())}, indent=4).encode()
put("podfiles", "manifest", manifest)

# A .pod bundle (tar: manifest.json, then objects/ab/<62 hex>), and near misses.
def tar(members):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1700000000
            t.addfile(info, io.BytesIO(data))
    return out.getvalue()


members = [("manifest.json", manifest)] + [(f"objects/{i[:2]}/{i[2:]}", b) for i, b in sorted(stored.items())]
put("bundle", "valid.pod", tar(members))
def fdp(strings):  # FuzzedDataProvider::ConsumeRandomLengthString: '\\' escapes itself, '\\' + other ends
    return b"".join(x.replace(b"\\", b"\\\\") + b"\\\n" for x in strings)


put("bundle", "structured", b"S" + fdp([x for name, data in members for x in (name.encode(), data)]))
put("bundle", "truncated.pod", tar(members)[:3000])
put("bundle", "dotdot.pod", tar([("manifest.json", manifest), ("../evil", b"x")]))

# zstd frames.
put("zstd", "frame", stored[vid])
put("zstd", "empty-frame", zstd(b""))
put("zstd", "frame-then-skippable", stored[vid] + skippable(b"hidden"))
put("zstd", "two-frames", stored[vid] + zstd(b"more"))

# LocalStack state zips (`localstack state export`), with and without metadata.yaml.
def zipped(entries, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2023, 11, 14, 22, 13, 20)), data)
    return out.getvalue()


metadata = b"localstack_version: 3.0.2\nname: my-state.zip\npro: true\nservices:\n- s3\n- sqs\nsize: 10496\n"
put("localstackzip", "state.zip", zipped([
    ("api_states/000000000000/s3/us-east-1/store.pkl", b"\x80\x04pickled s3 state" * 10),
    ("api_states/000000000000/sqs/us-east-1/store.pkl", b"\x80\x04pickled sqs state"),
    ("api_states.json", b'{"s3": {}}'), ("assets/s3/objects/abc", b"object body"), ("metadata.yaml", metadata)]))
put("localstackzip", "stored-dirs.zip", zipped([("api_states/", b""), ("api_states/000000000000/", b""),
                                                  ("metadata.yaml", b"services: [s3, lambda]\n")], zipfile.ZIP_STORED))
put("localstackzip", "metadata.yaml", metadata)

# Remote key files: one that opens with the harness's passphrase (cheap scrypt), near misses.
salt = b"0123456789abcdef"
kek = hashlib.scrypt(b"fuzz passphrase", salt=salt, n=1 << 10, r=8, p=1, dklen=32, maxmem=64 * 1024 * 1024)
nonce = b"\x01" * 12
header = b"PDEN\x01" + nonce
wrapped = header + AESGCM(kek).encrypt(nonce, b"k" * 64, header + b"poddeck-remote-key:v1")
keyfile = {"format": "poddeck-remote-key", "formatVersion": 1, "cipher": "AES-256-GCM",
           "kdf": {"name": "scrypt", "logN": 10, "r": 8, "p": 1, "salt": base64.b64encode(salt).decode()},
           "key": base64.b64encode(wrapped).decode(), "created": "2023-11-14T22:13:20Z"}
put("keyfile", "valid", json.dumps(keyfile, indent=4))
put("keyfile", "huge-scrypt", json.dumps(dict(keyfile, kdf=dict(keyfile["kdf"], logN=20, r=32, p=16))))
put("keyfile", "newer", json.dumps(dict(keyfile, formatVersion=2)))

# AWS XML (query, REST-XML) and JSON answers.
put("awsxml", "s3-list", '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
    "<Name>data</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>"
    "<NextContinuationToken>tok==</NextContinuationToken><Contents><Key>big/file.bin</Key><Size>240</Size>"
    '<ETag>"abc"</ETag></Contents></ListBucketResult>')
put("awsxml", "iam-list", '<ListRolesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListRolesResult>'
    "<IsTruncated>true</IsTruncated><Marker>m1</Marker><Roles><member><RoleName>r</RoleName><Arn>arn:aws:iam::1:role/r</Arn>"
    "</member></Roles></ListRolesResult><ResponseMetadata><RequestId>id</RequestId></ResponseMetadata></ListRolesResponse>")
put("awsxml", "error", "<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>no &amp; such</Message>"
    "</Error><RequestId>42</RequestId></ErrorResponse>")
put("awsxml", "s3-error", "<Error><Code>NoSuchKey</Code><Message>The key does not exist</Message><RequestId>1</RequestId></Error>")
put("awsjson", "tables", '\x01\x90x-amzn-ErrorType\x00{"TableNames":["a","b"],"LastEvaluatedTableName":"b"}')
put("awsjson", "error", 'ResourceNotFoundException\nAWS.SimpleQueueService.NonExistentQueue;Sender\nNextToken\n'
    '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"not found"}\x01\x90')
put("awsjson", "functions", '{"Functions":[{"FunctionName":"f","Environment":{"Variables":{"A":"1"}}}],"NextMarker":"m"}')

# SigV4 inputs (FuzzedDataProvider bytes) and remote URLs.
put("sigv4", "s3-key", "AKIDEXAMPLE\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n\nus-east-1\n\x01localhost:4566\n"
    "/data/big%2Ffile.bin\n\x02list-type\n2\nprefix\na b/\xc3\xa9\n\x01Content-Type\n application/json  \nbody")
put("sigv4", "dots", "AKID\nsecret\ntoken\neu-west-1\n\x00sqs.eu-west-1.amazonaws.com\n/a/./b/../c//d/\n\x00\x00")
for i, url in enumerate(["s3://pods/team/shop?endpoint=http://localhost:4566&region=eu-west-1&style=path",
                         "s3://my.bucket", "s3://pods?endpoint=https://minio.example.com:9000&style=virtual",
                         "file:///srv/pods", "file:///tmp/../srv//pods/", "s3://Bad_Bucket/x", "s3://pods/a/../b",
                         "s3://pods?endpoint=http://[::1]:4566"]):
    put("remoteurl", f"url{i}", url)
