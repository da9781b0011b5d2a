#!/usr/bin/env python3
"""`inject --strategy service-merge` applied for real (issue 11 item 11): a real moto, state made by boto3,
the real poddeck-cli.

  service_merge.py --cli build/src/cli/poddeck-cli

The pod holds S3 and SSM. The instance it is injected into holds, besides its own S3 and SSM resources, SQS
and DynamoDB, which the pod does not have. service-merge goes resource by resource and the pod wins on the
same identity (DESIGN.md), so afterwards:
  - services outside the pod (SQS, DynamoDB) are exactly as they were;
  - every resource of the pod is there with the pod's content (an object and a parameter the instance held
    under the same name take the pod's content; a bucket, an object and a parameter only the pod has arrive);
  - the instance's own resources of the pod's services that the pod does not name stay (unlike
    account-region-merge, which would delete them).

One moto, reset between the two steps (POST /moto-api/reset).
"""
import argparse
import os
import sys
import tempfile
import traceback
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import state_app  # noqa: E402
import state_storage  # noqa: E402
from fidelity_support import Cli, Moto, Report  # noqa: E402


def describe(m):
    out = {}
    out.update(state_storage.describe_s3(m))
    out.update(state_app.describe_ssm(m))
    out.update(state_storage.describe_sqs(m))
    out.update(state_storage.describe_dynamodb(m))
    return out


def build_pod(m):
    s3 = m.client("s3")
    s3.create_bucket(Bucket="sm-shared")
    s3.put_object(Bucket="sm-shared", Key="config.json", Body=b'{"from": "pod"}')
    s3.put_object(Bucket="sm-shared", Key="pod-only.txt", Body=b"only in the pod")
    s3.create_bucket(Bucket="sm-pod-bucket")
    s3.put_object(Bucket="sm-pod-bucket", Key="a.txt", Body=b"pod bucket")
    ssm = m.client("ssm")
    ssm.put_parameter(Name="/sm/mode", Value="pod", Type="String")
    ssm.put_parameter(Name="/sm/pod-only", Value="yes", Type="String")


def build_instance(m):
    s3 = m.client("s3")
    s3.create_bucket(Bucket="sm-shared")
    s3.put_object(Bucket="sm-shared", Key="config.json", Body=b'{"from": "instance"}')
    s3.put_object(Bucket="sm-shared", Key="instance-only.txt", Body=b"only on the instance")
    s3.create_bucket(Bucket="sm-instance-bucket")
    s3.put_object(Bucket="sm-instance-bucket", Key="keep.txt", Body=b"mine")
    ssm = m.client("ssm")
    ssm.put_parameter(Name="/sm/mode", Value="instance", Type="String")
    ssm.put_parameter(Name="/sm/instance-only", Value="kept", Type="String")
    sqs = m.client("sqs")
    url = sqs.create_queue(QueueName="sm-jobs", Attributes={"VisibilityTimeout": "40"}, tags={"team": "ops"})["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="job 1")
    ddb = m.client("dynamodb")
    ddb.create_table(TableName="sm-sessions", BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
    ddb.put_item(TableName="sm-sessions", Item={"id": {"S": "s1"}, "user": {"S": "ana"}})


def reset(m):
    urllib.request.urlopen(urllib.request.Request(m.endpoint + "/moto-api/reset", method="POST"), timeout=30).read()


def run(cli_path):
    report = Report("service-merge")
    m = Moto(cli_path).start()
    try:
        cli = Cli(cli_path, os.path.join(tempfile.mkdtemp(prefix="service-merge-"), "home"))
        build_pod(m)
        pod = describe(m)
        cli.run("commit", "sm", "-m", "S3 and SSM", endpoint=m.endpoint)
        reset(m)
        build_instance(m)
        instance = describe(m)
        cli.run("inject", "sm", "--strategy", "service-merge", endpoint=m.endpoint)
        after = describe(m)

        # Services outside the pod: untouched.
        for kind in ("sqs.queue", "sqs.messages", "dynamodb.table", "dynamodb.item"):
            if report.check_nonempty(kind, instance[kind]):
                report.check(kind + " (not in the pod: kept)", instance[kind], after.get(kind, {}))
        # Services in the pod: the pod's resources with the pod's content ...
        for kind in ("s3.bucket", "s3.object", "ssm.parameter"):
            report.check(kind + " (the pod's: replaced or added)", pod[kind], after.get(kind, {}), only_ids=pod[kind].keys())
        # ... and the instance's resources the pod does not name, kept.
        for kind in ("s3.bucket", "s3.object", "ssm.parameter"):
            own = {k: v for k, v in instance[kind].items() if k not in pod[kind]}
            if report.check_nonempty(kind + " instance-only", own):
                report.check(kind + " (the instance's own: kept)", own, after.get(kind, {}), only_ids=own.keys())
        # The same identity really was replaced (not merely present): the instance's content is gone.
        replaced = {"s3.object": "sm-shared/config.json", "ssm.parameter": "/sm/mode"}
        for kind, rid in replaced.items():
            if instance[kind][rid] == pod[kind][rid]:
                report.error(kind + " " + rid, "the pod and the instance agree: the case tests nothing")
    except Exception as e:
        traceback.print_exc()
        report.error("run", e)
        print("moto log:\n" + m.output())
    finally:
        m.stop()
    return report.close()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cli", required=True, help="path to poddeck-cli")
    sys.exit(run(p.parse_args().cli))


if __name__ == "__main__":
    main()
