#!/usr/bin/env python3
"""Our three user stories, each round-tripped to an emulator that never saw it (issue 10):

  bob       Bob's queue -> Lambda -> secret in us-west-2; a teammate loads his pod, changes the function's
            code, commits and hands it back; Bob injects it and runs the new code.
  ml        The ML sample: S3 training data, a Lambda function and a layer.
  platform  The platform team's CI pod: an ECS cluster with task definitions and a service, its ECR
            repository, a log group and the task role.

  stories.py --cli build/src/cli/poddeck-cli --story bob|ml|platform
"""
import argparse
import json
import os
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import state_app  # noqa: E402
import state_compute  # noqa: E402
import state_storage  # noqa: E402
from fidelity_support import ACCOUNT, Cli, Moto, Report  # noqa: E402

WEST = "us-west-2"
CODE_V2 = state_app.zip_of({"app.py": "def handler(event, context):\n    return {'ok': True, 'fixed': 'yes'}\n"})


def build_bob(m):
    iam = m.client("iam")
    iam.create_role(RoleName="bob-fn", AssumeRolePolicyDocument=json.dumps(state_app.TRUST))
    sqs, sm, lam = m.client("sqs", WEST), m.client("secretsmanager", WEST), m.client("lambda", WEST)
    sqs.create_queue(QueueName="bob-jobs", Attributes={"VisibilityTimeout": "60"})
    sqs.send_message(QueueUrl=sqs.get_queue_url(QueueName="bob-jobs")["QueueUrl"], MessageBody='{"job": "repro-1"}')
    secret = sm.create_secret(Name="bob/api-token", SecretString="tok-abc")["ARN"]
    lam.create_function(FunctionName="bob-handler", Runtime="python3.11", Role=state_app.role_arn("bob-fn"),
                        Handler="app.handler", Code={"ZipFile": state_app.HANDLER}, Timeout=20,
                        Environment={"Variables": {"TOKEN_SECRET": secret}})
    lam.create_event_source_mapping(FunctionName="bob-handler", BatchSize=1,
                                    EventSourceArn="arn:aws:sqs:%s:%s:bob-jobs" % (WEST, ACCOUNT))


def describe_bob(m):
    out = state_app.describe_lambda(m, WEST)
    sqs, sm = m.client("sqs", WEST), m.client("secretsmanager", WEST)
    url = sqs.get_queue_url(QueueName="bob-jobs")["QueueUrl"]
    out["sqs.queue"] = {"bob-jobs": {"visibility": sqs.get_queue_attributes(
        QueueUrl=url, AttributeNames=["VisibilityTimeout"])["Attributes"],
        "messages": state_storage.read_messages(sqs, url, False)}}
    out["secretsmanager.secret"] = {"bob/api-token": {"value": sm.get_secret_value(SecretId="bob/api-token")["SecretString"]}}
    # The function finds its secret through the ARN in its environment: that ARN must resolve here.
    env = m.client("lambda", WEST).get_function_configuration(FunctionName="bob-handler")["Environment"]["Variables"]
    try:
        resolved = sm.get_secret_value(SecretId=env["TOKEN_SECRET"])["SecretString"]
    except Exception as e:  # the ARN names no secret here: a broken reference is a difference, not a crash
        resolved = "does not resolve: %s" % e
    out["lambda.secret-reference"] = {"TOKEN_SECRET": {"resolves": resolved}}
    return out


def build_ml(m):
    s3 = m.client("s3")
    s3.create_bucket(Bucket="ml-training")
    for i in range(20):
        s3.put_object(Bucket="ml-training", Key="data/part-%03d.csv" % i, Body=(b"x,y\n" + b"%d,%d\n" % (i, i * 2)) * 50)
    s3.put_object(Bucket="ml-training", Key="labels.json", Body=json.dumps({"classes": ["cat", "dog"]}).encode())
    iam = m.client("iam")
    iam.create_role(RoleName="ml-train", AssumeRolePolicyDocument=json.dumps(state_app.TRUST))
    lam = m.client("lambda")
    layer = lam.publish_layer_version(LayerName="ml-deps", Content={"ZipFile": state_app.LAYER_V1},
                                      CompatibleRuntimes=["python3.11"])["LayerVersionArn"]
    lam.create_function(FunctionName="ml-train", Runtime="python3.11", Role=state_app.role_arn("ml-train"),
                        Handler="app.handler", Code={"ZipFile": state_app.HANDLER}, Layers=[layer], MemorySize=1024,
                        Environment={"Variables": {"DATA": "s3://ml-training/data/"}})


def describe_ml(m):
    out = state_storage.describe_s3(m)
    out.update(state_app.describe_lambda(m))
    return out


def build_platform(m):
    state_compute.build_ecs(m)
    state_compute.build_ecr(m)
    state_compute.build_logs(m)
    m.client("iam").create_role(RoleName="ecs-task", AssumeRolePolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
                                                 "Action": "sts:AssumeRole"}]}))


def describe_platform(m):
    out = {}
    for d in (state_compute.describe_ecs, state_compute.describe_ecr, state_compute.describe_logs):
        out.update(d(m))
    out["iam.role"] = {k: v for k, v in state_app.describe_iam(m)["iam.role"].items() if k == "ecs-task"}
    return out


STORIES = {"bob": (build_bob, describe_bob), "ml": (build_ml, describe_ml), "platform": (build_platform, describe_platform)}


def run(args):
    build, describe = STORIES[args.story]
    report = Report(args.story)
    work = tempfile.mkdtemp(prefix="story-%s-" % args.story)
    mine, theirs = Moto(args.cli).start(), None
    try:
        me = Cli(args.cli, os.path.join(work, "me"))
        teammate = Cli(args.cli, os.path.join(work, "teammate"))
        build(mine)
        # The describers read whole services; a story checks the kinds it built.
        before = {kind: resources for kind, resources in describe(mine).items() if resources}
        me.run("commit", args.story, "-m", "the state to share", endpoint=mine.endpoint)
        bundle = os.path.join(work, "v1.pod")
        me.run("export", args.story, "-o", bundle)
        teammate.run("import", bundle)
        theirs = Moto(args.cli).start()  # the teammate's emulator never saw any of it
        teammate.run("inject", args.story, "--strategy", "overwrite", endpoint=theirs.endpoint)
        after = describe(theirs)
        for kind in sorted(before):
            report.check(kind, before[kind], after.get(kind, {}))
        if args.story == "bob":
            # The teammate fixes the handler, commits and hands the pod back; Bob runs the fixed code.
            theirs.client("lambda", WEST).update_function_code(FunctionName="bob-handler", ZipFile=CODE_V2)
            fixed = describe(theirs)
            teammate.run("commit", args.story, "-m", "fix the handler", endpoint=theirs.endpoint)
            bundle2 = os.path.join(work, "v2.pod")
            teammate.run("export", args.story, "-o", bundle2)
            me.run("import", bundle2)
            me.run("inject", args.story, "--strategy", "deep-merge", "--prefer", "theirs", endpoint=mine.endpoint)
            back = describe(mine)
            for kind in sorted(fixed):
                report.check(kind + " (fix handed back)", fixed[kind], back.get(kind, {}))
    except Exception as e:
        traceback.print_exc()
        report.error("run", e)
    finally:
        mine.stop()
        if theirs:
            theirs.stop()
    return report.close()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cli", required=True)
    p.add_argument("--story", required=True, choices=sorted(STORIES))
    sys.exit(run(p.parse_args()))


if __name__ == "__main__":
    main()
