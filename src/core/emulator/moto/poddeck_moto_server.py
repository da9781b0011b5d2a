"""PodDeck's moto entry point: moto's own server plus read-only routes that moto's AWS API lacks.

moto cannot hand Lambda code back through the AWS API (GetFunction's Code.Location names a host that
does not resolve), so a pod committed from moto would lose every function's and layer's zip. This
script runs moto's server exactly as `moto_server` does (threaded werkzeug, same dispatcher) and serves,
from moto's in-memory backends:

  GET /_poddeck/info
      {"bootId": "<uuid4>", "moto": "<moto version>", "features": ["lambda-code", "sqs-peek"]}
      The boot id names one life of moto's state: chosen at start, and again after every
      POST /moto-api/reset, which empties moto as a restart does.
  GET /_poddeck/lambda/<account>/<region>/functions/<name>/code[?qualifier=<q>]
      the function's deployment zip (application/zip); 404 JSON when unknown
  GET /_poddeck/lambda/<account>/<region>/layers/<name>/versions/<n>/content
      the layer version's zip
  GET /_poddeck/sqs/<account>/<region>/queues/<name>/messages[?limit=<n>]
      {"Messages": [{"Body", "MessageAttributes", "Attributes": {"MessageGroupId", "MessageDeduplicationId"}}]}
      the visible messages in queue order, as ReceiveMessage shapes them, without receiving them: no
      receive count is added (so a queue's redrive policy never moves a message to its dead-letter queue
      because PodDeck read it) and nothing is hidden from the queue's consumers

The routes only read. Usage: python3 poddeck_moto_server.py [--host 127.0.0.1] [--port N] [--verbose]
Port 0 (the default) lets the kernel choose a free port, so two starts cannot race for one. The first
line on stdout says where it listens: "poddeck-moto listening on http://<host>:<port>".
Only the standard library and moto are used.
"""

import argparse
import base64
import json
import logging
import os
import signal
import sys
import uuid
from urllib.parse import parse_qs, unquote

BOOT_ID = str(uuid.uuid4())  # a new one after each reset: see PodDeckApp
FEATURES = ["lambda-code", "sqs-peek"]
PREFIX = "/_poddeck/"


def _json(start_response, status, body):
    data = json.dumps(body).encode("utf-8")
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def _zip(start_response, data):
    start_response("200 OK", [("Content-Type", "application/zip"), ("Content-Length", str(len(data)))])
    return [data]


def _not_found(start_response, message):
    return _json(start_response, "404 Not Found", {"error": "NotFound", "message": message})


def _lambda_backend(account, region):
    from moto.awslambda.models import lambda_backends

    # BackendDict creates backends on access; only read the ones that already exist.
    if account not in lambda_backends or region not in lambda_backends[account]:
        return None
    return lambda_backends[account][region]


def _function_code(start_response, account, region, name, qualifier):
    backend = _lambda_backend(account, region)
    if backend is None:
        return _not_found(start_response, f"no Lambda state for {account}/{region}")
    try:
        fn = backend.get_function(name, qualifier or None)
    except Exception:  # moto raises its own UnknownFunctionException
        fn = None
    if fn is None:
        return _not_found(start_response, f"function {name} ({qualifier or '$LATEST'}) not found in {account}/{region}")
    code = getattr(fn, "code_bytes", b"") or b""
    if not code:
        return _not_found(start_response, f"function {name} has no zip code (an image, or code moto could not read)")
    return _zip(start_response, bytes(code))


def _layer_content(start_response, account, region, name, version):
    backend = _lambda_backend(account, region)
    if backend is None:
        return _not_found(start_response, f"no Lambda state for {account}/{region}")
    try:
        layer = backend.get_layer_version(name, version)
    except Exception:
        layer = None
    if layer is None:
        return _not_found(start_response, f"layer {name} version {version} not found in {account}/{region}")
    code = getattr(layer, "code_bytes", b"") or b""
    if not code:
        return _not_found(start_response, f"layer {name} version {version} has no zip content")
    return _zip(start_response, bytes(code))


def _sqs_messages(start_response, account, region, name, limit):
    from moto.sqs.models import sqs_backends

    if account not in sqs_backends or region not in sqs_backends[account]:
        return _not_found(start_response, f"no SQS state for {account}/{region}")
    queue = sqs_backends[account][region].queues.get(name)
    if queue is None:
        return _not_found(start_response, f"queue {name} not found in {account}/{region}")
    out = []
    for m in list(queue.messages)[:limit]:  # visible and not delayed, in queue order; a copy: senders append
        msg = {"Body": m.body}
        if m.message_attributes:
            attrs = {}
            for k, v in m.message_attributes.items():
                a = {"DataType": v.get("DataType")}
                for member in ("StringValue", "BinaryValue"):
                    value = v.get(member)
                    if isinstance(value, (bytes, bytearray)):
                        value = base64.b64encode(value).decode("ascii")
                    if value is not None:
                        a[member] = value
                attrs[k] = a
            msg["MessageAttributes"] = attrs
        system = {}
        if m.group_id is not None:
            system["MessageGroupId"] = m.group_id
        if m.deduplication_id is not None:
            system["MessageDeduplicationId"] = m.deduplication_id
        msg["Attributes"] = system
        out.append(msg)
    return _json(start_response, "200 OK", {"Messages": out})


def _poddeck_route(environ, start_response):
    if environ.get("REQUEST_METHOD") != "GET":
        start_response("405 Method Not Allowed", [("Allow", "GET"), ("Content-Length", "0")])
        return [b""]
    parts = [unquote(p) for p in environ.get("PATH_INFO", "")[len(PREFIX):].split("/")]
    query = parse_qs(environ.get("QUERY_STRING", ""))
    if parts == ["info"]:
        import moto

        return _json(start_response, "200 OK", {"bootId": BOOT_ID, "moto": moto.__version__, "features": FEATURES})
    # lambda/<account>/<region>/functions/<name>/code
    if len(parts) == 6 and parts[0] == "lambda" and parts[3] == "functions" and parts[5] == "code":
        return _function_code(start_response, parts[1], parts[2], parts[4], query.get("qualifier", [""])[0])
    # lambda/<account>/<region>/layers/<name>/versions/<n>/content
    if len(parts) == 8 and parts[0] == "lambda" and parts[3] == "layers" and parts[5] == "versions" \
            and parts[7] == "content" and parts[6].isdigit():
        return _layer_content(start_response, parts[1], parts[2], parts[4], parts[6])
    # sqs/<account>/<region>/queues/<name>/messages
    if len(parts) == 6 and parts[0] == "sqs" and parts[3] == "queues" and parts[5] == "messages":
        limit = query.get("limit", ["1000"])[0]
        return _sqs_messages(start_response, parts[1], parts[2], parts[4], int(limit) if limit.isdigit() else 1000)
    return _not_found(start_response, "unknown PodDeck route")


class PodDeckApp:
    """Routes /_poddeck/ to PodDeck's handlers and everything else to moto's dispatcher."""

    def __init__(self, moto_app):
        self.moto_app = moto_app

    def __call__(self, environ, start_response):
        global BOOT_ID
        path = environ.get("PATH_INFO", "")
        if path.startswith(PREFIX):
            return _poddeck_route(environ, start_response)
        if path.rstrip("/") == "/moto-api/reset" and environ.get("REQUEST_METHOD") == "POST":
            # A reset ends this life of the state: instance heads recorded before it no longer apply.
            BOOT_ID = str(uuid.uuid4())
        return self.moto_app(environ, start_response)


def main(argv=None):
    parser = argparse.ArgumentParser(description="moto's server with PodDeck's read-only routes")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: a free port chosen by the kernel")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)

    from werkzeug.serving import make_server
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

    if not args.verbose:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app = PodDeckApp(DomainDispatcherApplication(create_backend_app))
    try:
        server = make_server(args.host, args.port, app, threaded=True)
    except OSError as e:
        print(f"poddeck-moto: cannot listen on {args.host}:{args.port}: {e.strerror or e}", file=sys.stderr)
        return 2
    port = server.server_address[1]
    # moto builds some URLs (SQS queue URLs, ...) from MOTO_PORT, as moto_server sets it.
    os.environ.setdefault("MOTO_PORT", str(port))

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    print(f"poddeck-moto listening on http://{args.host}:{port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
