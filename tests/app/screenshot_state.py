#!/usr/bin/env python3
"""Makes the screenshots' demo state in moto the way a user would, with boto3.

    screenshot_state.py ENDPOINT ACTION [ARG]

screenshots.sh calls it to build the demo pods (and those of the remotes demo); poddeck_screenshots calls it (--state-script) for the
changes a picture needs while the window is open: drift in the live instance, and a bucket name taken
in another account so an inject fails part-way.
"""
import sys

import boto3

endpoint, action, *args = sys.argv[1:]
kw = dict(endpoint_url=endpoint, region_name="us-east-1")
sqs, s3, sm, ssm, iam, ddb, sns = (boto3.client(n, **kw)
                                   for n in ("sqs", "s3", "secretsmanager", "ssm", "iam", "dynamodb", "sns"))


def queue_url(name):
    return sqs.get_queue_url(QueueName=name)["QueueUrl"]


if action == "base":
    for q in ("orders", "payments", "emails"):
        sqs.create_queue(QueueName=q, Attributes={"VisibilityTimeout": "45"})
    s3.create_bucket(Bucket="photos")
    for k in ("2024/beach.jpg", "2024/mountain.jpg", "avatars/ana.png"):
        s3.put_object(Bucket="photos", Key=k, Body=b"x" * 2048)
    sm.create_secret(Name="db-password", SecretString="correct horse battery staple")
    ssm.put_parameter(Name="/shop/api-key", Value="sk_live_123", Type="SecureString")
    ssm.put_parameter(Name="/shop/currency", Value="EUR", Type="String")
elif action == "queue":
    sqs.create_queue(QueueName=args[0])
elif action == "object":
    s3.put_object(Bucket="photos", Key=args[0], Body=b"y" * 4096)
elif action == "change":  # what the diff view shows: a queue setting, a rotated key, a queue gone
    sqs.set_queue_attributes(QueueUrl=queue_url("orders"), Attributes={"VisibilityTimeout": "90"})
    ssm.put_parameter(Name="/shop/api-key", Value="sk_live_456", Type="SecureString", Overwrite=True)
    sqs.delete_queue(QueueUrl=queue_url("emails"))
elif action == "uploads":  # the "uploads" pod: a role and the bucket it writes to
    iam.create_role(RoleName="uploads-writer",
                    AssumeRolePolicyDocument='{"Version":"2012-10-17","Statement":[]}')
    s3.create_bucket(Bucket="uploads")
    s3.put_object(Bucket="uploads", Key="welcome.txt", Body=b"hello")
elif action == "orders":  # the remote demo's "orders" pod: a table with a week of orders
    ddb.create_table(TableName="orders", BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
    for day in range(1, 8):
        ddb.put_item(TableName="orders", Item={"id": {"S": f"order-{day}"}, "day": {"S": f"2026-11-{day:02}"},
                                               "total": {"N": str(day * 12)}})
elif action == "orders-index":  # ... and a table that indexes them by customer
    ddb.create_table(TableName="orders-by-customer", BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": "customer", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "customer", "KeyType": "HASH"}])
elif action == "billing":  # the remote demo's "billing" pod: a topic and its subscribers
    topic = sns.create_topic(Name="billing")["TopicArn"]
    sns.subscribe(TopicArn=topic, Protocol="email", Endpoint="billing@example.com")
elif action == "billing-alerts":  # what the teammate adds to it
    topic = sns.create_topic(Name="billing-alerts")["TopicArn"]
    sns.subscribe(TopicArn=topic, Protocol="email", Endpoint="oncall@example.com")
elif action == "drift":  # what the instance bar counts since its head: a queue, an object, a parameter
    sqs.create_queue(QueueName="shipping")
    s3.delete_object(Bucket="photos", Key="avatars/ana.png")
    ssm.put_parameter(Name="/shop/currency", Value="USD", Type="String", Overwrite=True)
elif action == "clash":  # a teammate's account takes the name "uploads" (bucket names are global)
    other = boto3.client("s3", **kw)
    other.meta.events.register("before-sign.s3.*",
                               lambda request, **_: request.headers.__setitem__("x-moto-account-id", "111111111111"))
    try:
        other.create_bucket(Bucket="uploads")
    except other.exceptions.BucketAlreadyOwnedByYou:
        pass  # the second language's run: it is still there
else:
    sys.exit(f"unknown action {action}")
