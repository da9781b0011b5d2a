#!/usr/bin/env python3
"""Adapters past one page (issue 11 item 11), against a real moto with state made by boto3.

  paging.py --cli build/src/cli/poddeck-cli [--cases s3,dynamodb]

poddeck-cli runs with PODDECK_PAGE_SIZE=3 (AwsPaginator::pageSize: every listing asks for pages of 3), so a
few resources span several pages. Each case builds more than one page of what an adapter lists, proves with
boto3 that moto really answers that listing in more than one page, commits, resets, injects with
--strategy overwrite and compares the state described before and after (the fidelity suite's describers).
A listing moto does not page (it ignores the page size) is named in a NOTE line: PodDeck still asks for small
pages there, and the case still checks that everything comes back.

One moto for the whole run (started through `poddeck-cli moto`), reset between cases.
"""
import argparse
import json
import os
import sys
import tempfile
import traceback
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import state_app  # noqa: E402
import state_storage  # noqa: E402
from fidelity_support import ACCOUNT, Cli, Moto, Report  # noqa: E402

PAGE = 3
REGION = "us-east-1"


# Each case: build(m) -> the listings that must span pages: [(name, more_than_one_page(m) -> bool or None)]
# (None: moto ignores the page size for this listing), and describe(m).

def build_s3(m):
    s3 = m.client("s3")
    s3.create_bucket(Bucket="pg-rows")
    for i in range(11):
        s3.put_object(Bucket="pg-rows", Key="rows/%02d.csv" % i, Body=b"id\n%d\n" % i)
    s3.create_bucket(Bucket="pg-versioned")
    s3.put_bucket_versioning(Bucket="pg-versioned", VersioningConfiguration={"Status": "Enabled"})
    for i in range(4):
        for v in range(2):
            s3.put_object(Bucket="pg-versioned", Key="k%d" % i, Body=b"k%d v%d" % (i, v))
    return [("ListObjectsV2", lambda: s3.list_objects_v2(Bucket="pg-rows", MaxKeys=PAGE)["IsTruncated"]),
            ("ListObjectVersions", lambda: s3.list_object_versions(Bucket="pg-versioned", MaxKeys=PAGE)["IsTruncated"])]


def build_dynamodb(m):
    ddb = m.client("dynamodb")
    for t in range(5):
        ddb.create_table(TableName="pg-t%d" % t, BillingMode="PAY_PER_REQUEST",
                         AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                         KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
    for i in range(40):
        ddb.put_item(TableName="pg-t0", Item={"id": {"S": "item-%02d" % i}, "n": {"N": str(i)}})
    return [("ListTables", lambda: "LastEvaluatedTableName" in ddb.list_tables(Limit=PAGE)),
            ("Scan", lambda: "LastEvaluatedKey" in ddb.scan(TableName="pg-t0", Limit=PAGE))]


def build_sqs(m):
    sqs = m.client("sqs")
    for i in range(7):
        sqs.create_queue(QueueName="pg-q%d" % i)
    url = sqs.get_queue_url(QueueName="pg-q0")["QueueUrl"]
    for i in range(25):  # more than a ReceiveMessage batch (10)
        sqs.send_message(QueueUrl=url, MessageBody="message %02d" % i)
    return [("ListQueues", lambda: None if "NextToken" not in sqs.list_queues(MaxResults=PAGE) else True)]


MANY_QUEUES = 1003


def build_sqs_many(m):
    """More queues than ListQueues answers without paging: moto answers 1000 and no token whatever
    MaxResults says, so PodDeck lists them by name prefix."""
    sqs = m.client("sqs")
    for i in range(MANY_QUEUES):
        sqs.create_queue(QueueName="pg-many-%04d" % i)
    return [("ListQueues capped at 1000",
             lambda: len(sqs.list_queues(MaxResults=PAGE).get("QueueUrls", [])) >= 1000 or
             "NextToken" in sqs.list_queues(MaxResults=PAGE))]


def describe_sqs_names(m):
    # Below 1000 per prefix, so moto's cap does not hide any from the describer itself.
    sqs = m.client("sqs")
    names = {}
    for prefix in ("pg-many-0", "pg-many-1"):
        for url in sqs.list_queues(QueueNamePrefix=prefix).get("QueueUrls", []):
            names[url.rsplit("/", 1)[1]] = {}
    return {"sqs.queue-names": names}


def build_ssm(m):
    ssm = m.client("ssm")
    for i in range(23):
        ssm.put_parameter(Name="/pg/p%02d" % i, Value="v%d" % i, Type="String")
    for v in range(7):
        ssm.put_parameter(Name="/pg/p00", Value="history %d" % v, Type="String", Overwrite=True)
    return [("DescribeParameters", lambda: "NextToken" in ssm.describe_parameters(MaxResults=PAGE)),
            ("GetParameterHistory", lambda: "NextToken" in ssm.get_parameter_history(Name="/pg/p00", MaxResults=PAGE))]


def build_iam(m):
    iam = m.client("iam")
    for i in range(8):
        iam.create_role(RoleName="pg-role-%d" % i, AssumeRolePolicyDocument=json.dumps(state_app.TRUST))
        iam.create_policy(PolicyName="pg-policy-%d" % i, PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                                                    "Resource": "arn:aws:s3:::pg-%d/*" % i}]}))
        iam.create_user(UserName="pg-user-%d" % i)
    for i in range(5):  # more than a page of what one role holds
        iam.attach_role_policy(RoleName="pg-role-0", PolicyArn="arn:aws:iam::%s:policy/pg-policy-%d" % (ACCOUNT, i))
        iam.put_role_policy(RoleName="pg-role-0", PolicyName="inline-%d" % i, PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:*", "Resource": "*"}]}))

    def truncated(call, **kw):
        return True if call(MaxItems=PAGE, **kw)["IsTruncated"] else None
    return [("ListRoles", lambda: truncated(iam.list_roles)),
            ("ListPolicies", lambda: truncated(iam.list_policies, Scope="Local")),
            ("ListUsers", lambda: truncated(iam.list_users)),
            ("ListAttachedRolePolicies", lambda: truncated(iam.list_attached_role_policies, RoleName="pg-role-0")),
            ("ListRolePolicies", lambda: truncated(iam.list_role_policies, RoleName="pg-role-0"))]


CASES = {
    "s3": (build_s3, state_storage.describe_s3),
    "dynamodb": (build_dynamodb, state_storage.describe_dynamodb),
    "sqs": (build_sqs, state_storage.describe_sqs),
    "sqs-many": (build_sqs_many, describe_sqs_names),
    "ssm": (build_ssm, state_app.describe_ssm),
    "iam": (build_iam, state_app.describe_iam),
}
MINIMUM = {"s3.object": 11 + 4, "s3.object-versions": 4, "dynamodb.table": 5, "dynamodb.item": 40, "sqs.queue": 7, "sqs.queue-names": MANY_QUEUES,
           "ssm.parameter": 23, "iam.role": 8, "iam.policy": 8, "iam.user": 8}


def reset(m):
    urllib.request.urlopen(urllib.request.Request(m.endpoint + "/moto-api/reset", method="POST"), timeout=30).read()


def run_case(name, m, cli, report):
    build, describe = CASES[name]
    reset(m)
    listings = build(m)
    for listing, paged in listings:
        answer = paged()
        if answer is None:
            print("NOTE  paging/%s: moto answers %s in one page whatever the page size" % (name, listing))
        elif not answer:
            report.error("%s %s" % (name, listing), "moto answered in one page: the case does not test paging")
    before = describe(m)
    for kind, resources in sorted(before.items()):
        if report.check_nonempty(kind, resources) and len(resources) < MINIMUM.get(kind, 0):
            report.error(kind, "only %d built, expected at least %d" % (len(resources), MINIMUM[kind]))
    cli.run("commit", "pg-" + name, "-m", "paging " + name, endpoint=m.endpoint)
    cli.run("reset", endpoint=m.endpoint)
    cli.run("inject", "pg-" + name, "--strategy", "overwrite", endpoint=m.endpoint)
    after = describe(m)
    for kind in sorted(before):
        report.check(kind, before[kind], after.get(kind, {}))


def run_redrive(m, cli, report):
    """Messages of a queue with a redrive policy are captured without receiving them: three commits of a queue
    whose maxReceiveCount is 1 leave every message where it was, and the dead-letter queue comes back first."""
    reset(m)
    sqs = m.client("sqs")
    dlq = sqs.create_queue(QueueName="pg-dlq")["QueueUrl"]
    src = sqs.create_queue(QueueName="pg-redriven", Attributes={"RedrivePolicy": json.dumps(
        {"deadLetterTargetArn": "arn:aws:sqs:%s:%s:pg-dlq" % (REGION, ACCOUNT), "maxReceiveCount": "1"})})["QueueUrl"]
    for i in range(12):
        sqs.send_message(QueueUrl=src, MessageBody="job %02d" % i)
    sqs.send_message(QueueUrl=dlq, MessageBody="poison")
    for i in range(3):
        cli.run("commit", "pg-redrive", "-m", "redrive %d" % i, endpoint=m.endpoint)

    def counts():
        return {q: int(sqs.get_queue_attributes(QueueUrl=u, AttributeNames=["ApproximateNumberOfMessages"])
                       ["Attributes"]["ApproximateNumberOfMessages"]) for q, u in (("pg-redriven", src), ("pg-dlq", dlq))}
    # A receiving commit would leave each message with a receive count of 1, and the next one would move them
    # all to the DLQ. (Only counts are read here: a receive of our own would count too.)
    report.check("sqs.redrive-untouched-by-commits", {"queues": {"pg-redriven": 12, "pg-dlq": 1}}, {"queues": counts()})
    before = state_storage.describe_sqs(m)
    cli.run("reset", endpoint=m.endpoint)
    cli.run("inject", "pg-redrive", "--strategy", "overwrite", endpoint=m.endpoint)
    after = state_storage.describe_sqs(m)
    for kind in sorted(before):
        report.check("redrive " + kind, before[kind], after.get(kind, {}))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cli", required=True, help="path to poddeck-cli")
    p.add_argument("--cases", help="comma-separated subset of %s,redrive" % ",".join(CASES))
    args = p.parse_args()
    names = args.cases.split(",") if args.cases else list(CASES) + ["redrive"]
    os.environ["PODDECK_PAGE_SIZE"] = str(PAGE)  # read by poddeck-cli, not by boto3
    report = Report("paging")
    m = Moto(args.cli).start()
    try:
        cli = Cli(args.cli, os.path.join(tempfile.mkdtemp(prefix="paging-"), "home"))
        for name in names:
            try:
                run_redrive(m, cli, report) if name == "redrive" else run_case(name, m, cli, report)
            except Exception as e:
                traceback.print_exc()
                report.error(name, e)
    finally:
        m.stop()
    sys.exit(report.close())


if __name__ == "__main__":
    main()
