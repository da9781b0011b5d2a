"""S3, SQS, SNS and DynamoDB: a rich state built with boto3, and its description through the API."""
import hashlib
import json

from fidelity_support import ACCOUNT

REGION = "us-east-1"


def sha(data):
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- S3

def build_s3(m):
    s3 = m.client("s3")
    s3.create_bucket(Bucket="fid-data")
    s3.put_bucket_versioning(Bucket="fid-data", VersioningConfiguration={"Status": "Enabled"})
    s3.put_bucket_tagging(Bucket="fid-data", Tagging={"TagSet": [{"Key": "team", "Value": "ml"}]})
    s3.put_bucket_cors(Bucket="fid-data", CORSConfiguration={"CORSRules": [
        {"AllowedMethods": ["GET"], "AllowedOrigins": ["*"], "MaxAgeSeconds": 300}]})
    for i in range(3):  # three versions of one key, the newest last
        s3.put_object(Bucket="fid-data", Key="model/weights.bin", Body=b"weights v%d" % i)
    s3.put_object(Bucket="fid-data", Key="gone.txt", Body=b"soon deleted")
    s3.delete_object(Bucket="fid-data", Key="gone.txt")  # a delete marker on a versioned bucket
    s3.put_object(Bucket="fid-data", Key="2024/city photo.jpg", Body=bytes(range(256)) * 40,
                  ContentType="image/jpeg", CacheControl="max-age=60", Metadata={"camera": "x100", "owner": "ana"})
    s3.put_object_tagging(Bucket="fid-data", Key="2024/city photo.jpg",
                          Tagging={"TagSet": [{"Key": "label", "Value": "city"}]})
    s3.create_bucket(Bucket="fid-plain")
    s3.put_bucket_policy(Bucket="fid-plain", Policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::fid-plain/*"}]}))
    for i in range(12):
        s3.put_object(Bucket="fid-plain", Key="rows/%02d.csv" % i, Body=b"id,value\n%d,%d\n" % (i, i * i))


def describe_s3(m):
    s3 = m.client("s3")
    buckets, objects, versions = {}, {}, {}
    for b in s3.list_buckets()["Buckets"]:
        name = b["Name"]
        d = {"versioning": s3.get_bucket_versioning(Bucket=name).get("Status", "")}
        for what, call, key in (("tags", s3.get_bucket_tagging, "TagSet"), ("cors", s3.get_bucket_cors, "CORSRules"),
                                ("policy", s3.get_bucket_policy, "Policy")):
            try:
                d[what] = call(Bucket=name)[key]
            except s3.exceptions.ClientError:
                d[what] = None
        buckets[name] = d
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
            for o in page.get("Contents", []):
                head = s3.head_object(Bucket=name, Key=o["Key"])
                body = s3.get_object(Bucket=name, Key=o["Key"])["Body"].read()
                objects["%s/%s" % (name, o["Key"])] = {
                    "sha256": sha(body), "size": len(body), "contentType": head.get("ContentType"),
                    "cacheControl": head.get("CacheControl"), "metadata": head.get("Metadata", {}),
                    "tags": s3.get_object_tagging(Bucket=name, Key=o["Key"])["TagSet"]}
        if d["versioning"]:
            seq = {}
            position = {}  # S3 lists each key's versions newest first
            for page in s3.get_paginator("list_object_versions").paginate(Bucket=name):
                entries = [(v, False) for v in page.get("Versions", [])] + \
                          [(v, True) for v in page.get("DeleteMarkers", [])]
                for v, marker in entries:
                    body = b"" if marker else s3.get_object(Bucket=name, Key=v["Key"], VersionId=v["VersionId"])["Body"].read()
                    n = position[(v["Key"], marker)] = position.get((v["Key"], marker), 0) + 1
                    # LastModified has one-second resolution, so versions written in the same second
                    # (a fast restore) tie on it: the API's own newest-first order breaks the tie.
                    seq.setdefault(v["Key"], []).append((v["LastModified"].isoformat(), v["IsLatest"], -n,
                                                         "delete-marker" if marker else sha(body)))
            for key, vs in seq.items():
                vs.sort()  # oldest first; the latest flag must sit on the newest
                versions["%s/%s" % (name, key)] = {"order": [v[3] for v in vs],
                                                   "latest": [v[3] for v in vs if v[1]]}
    return {"s3.bucket": buckets, "s3.object": objects, "s3.object-versions": versions}


# ---------------------------------------------------------------- SQS

def build_sqs(m):
    sqs = m.client("sqs")
    dlq = sqs.create_queue(QueueName="fid-dlq")["QueueUrl"]
    dlq_arn = "arn:aws:sqs:%s:%s:fid-dlq" % (REGION, ACCOUNT)
    q = sqs.create_queue(QueueName="fid-orders", Attributes={
        "VisibilityTimeout": "45", "MessageRetentionPeriod": "86400", "DelaySeconds": "0",
        # One receive is all it takes: describing the state receives each message once, so a commit that
        # received them again would move them all to fid-dlq. PodDeck must read them without receiving.
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "1"})},
        tags={"team": "shop"})["QueueUrl"]
    for i in range(5):
        sqs.send_message(QueueUrl=q, MessageBody=json.dumps({"order": i}), MessageAttributes={
            "kind": {"DataType": "String", "StringValue": "order"},
            "n": {"DataType": "Number", "StringValue": str(i)}})
    sqs.send_message(QueueUrl=q, MessageBody=json.dumps({"order": 1}))  # a duplicate body: messages are a multiset
    f = sqs.create_queue(QueueName="fid-events.fifo", Attributes={
        "FifoQueue": "true", "ContentBasedDeduplication": "false"})["QueueUrl"]
    for i in range(4):
        sqs.send_message(QueueUrl=f, MessageBody="event-%d" % i, MessageGroupId="g%d" % (i % 2),
                         MessageDeduplicationId="d%d" % i)
    sqs.send_message(QueueUrl=dlq, MessageBody="poison")


QUEUE_VOLATILE = {"CreatedTimestamp", "LastModifiedTimestamp", "ApproximateNumberOfMessages",
                  "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed", "SqsManagedSseEnabled"}


def read_messages(sqs, url, fifo):
    """Every message, then all made visible again, so describing does not change the state."""
    got, handles = [], []
    for _ in range(50):
        r = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=60,
                                AttributeNames=["All"], MessageAttributeNames=["All"])
        batch = r.get("Messages", [])
        if not batch:
            break
        for msg in batch:
            a = msg.get("Attributes", {})
            got.append({"body": msg["Body"], "attributes": {k: v for k, v in msg.get("MessageAttributes", {}).items()},
                        "group": a.get("MessageGroupId"), "dedup": a.get("MessageDeduplicationId")})
            handles.append(msg["ReceiptHandle"])
    for h in handles:
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=h, VisibilityTimeout=0)
    if fifo:  # order within a group is what FIFO promises
        groups = {}
        for g in got:
            groups.setdefault(g["group"], []).append(g)
        return groups
    return sorted(got, key=lambda g: json.dumps(g, sort_keys=True))


def describe_sqs(m):
    sqs = m.client("sqs")
    queues, messages = {}, {}
    for url in sqs.list_queues().get("QueueUrls", []):
        name = url.rsplit("/", 1)[1]
        attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
        queues[name] = {"attributes": {k: v for k, v in attrs.items() if k not in QUEUE_VOLATILE},
                        "tags": sqs.list_queue_tags(QueueUrl=url).get("Tags", {})}
        messages[name] = {"messages": read_messages(sqs, url, name.endswith(".fifo"))}
    return {"sqs.queue": queues, "sqs.messages": messages}


# ---------------------------------------------------------------- SNS

def build_sns(m):
    sns = m.client("sns")
    t = sns.create_topic(Name="fid-alerts", Attributes={"DisplayName": "Alerts"},
                         Tags=[{"Key": "team", "Value": "ops"}])["TopicArn"]
    sqs = m.client("sqs")
    sqs.create_queue(QueueName="fid-alert-sink")
    sns.subscribe(TopicArn=t, Protocol="sqs", Endpoint="arn:aws:sqs:%s:%s:fid-alert-sink" % (REGION, ACCOUNT),
                  Attributes={"RawMessageDelivery": "true",
                              "FilterPolicy": json.dumps({"severity": ["high"]})})
    sns.create_topic(Name="fid-plain")


def describe_sns(m):
    sns = m.client("sns")
    topics, subs = {}, {}
    for t in sns.list_topics()["Topics"]:
        arn = t["TopicArn"]
        a = sns.get_topic_attributes(TopicArn=arn)["Attributes"]
        topics[arn] = {"displayName": a.get("DisplayName", ""), "policy": a.get("Policy"),
                       "tags": sns.list_tags_for_resource(ResourceArn=arn).get("Tags", [])}
    for s in sns.list_subscriptions()["Subscriptions"]:
        a = sns.get_subscription_attributes(SubscriptionArn=s["SubscriptionArn"])["Attributes"]
        key = "%s -> %s:%s" % (s["TopicArn"], s["Protocol"], s["Endpoint"])
        subs[key] = {"raw": a.get("RawMessageDelivery"), "filter": a.get("FilterPolicy")}
    return {"sns.topic": topics, "sns.subscription": subs}


# ---------------------------------------------------------------- DynamoDB

def build_dynamodb(m):
    ddb = m.client("dynamodb")
    ddb.create_table(TableName="fid-orders", BillingMode="PAY_PER_REQUEST",
                     AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                                           {"AttributeName": "sk", "AttributeType": "S"},
                                           {"AttributeName": "status", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
                     GlobalSecondaryIndexes=[{"IndexName": "by-status",
                                              "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}],
                                              "Projection": {"ProjectionType": "ALL"}}],
                     Tags=[{"Key": "team", "Value": "shop"}])
    ddb.update_time_to_live(TableName="fid-orders", TimeToLiveSpecification={"Enabled": True, "AttributeName": "ttl"})
    with_items = [{"pk": {"S": "c%d" % (i % 3)}, "sk": {"S": "o%03d" % i}, "status": {"S": "open" if i % 2 else "paid"},
                   "total": {"N": str(i * 1.5)}, "lines": {"L": [{"M": {"sku": {"S": "s%d" % i}, "n": {"N": "1"}}}]},
                   "flags": {"SS": ["a", "b"]}, "blob": {"B": bytes([i, 0, 255])}} for i in range(30)]
    for it in with_items:
        ddb.put_item(TableName="fid-orders", Item=it)
    ddb.create_table(TableName="fid-counters", AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "N"}],
                     KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
                     ProvisionedThroughput={"ReadCapacityUnits": 2, "WriteCapacityUnits": 3})
    ddb.put_item(TableName="fid-counters", Item={"id": {"N": "1"}, "count": {"N": "42"}, "on": {"BOOL": True}})


def describe_dynamodb(m):
    ddb = m.client("dynamodb")
    tables, items = {}, {}
    for name in ddb.list_tables()["TableNames"]:
        t = ddb.describe_table(TableName=name)["Table"]
        tables[name] = {
            "keys": t["KeySchema"], "attributes": sorted(t["AttributeDefinitions"], key=lambda a: a["AttributeName"]),
            "billing": t.get("BillingModeSummary", {}).get("BillingMode", "PROVISIONED"),
            "throughput": {k: v for k, v in t.get("ProvisionedThroughput", {}).items() if k.endswith("CapacityUnits")},
            "gsi": sorted([{"name": g["IndexName"], "keys": g["KeySchema"], "projection": g["Projection"]}
                           for g in t.get("GlobalSecondaryIndexes", [])], key=lambda g: g["name"]),
            "ttl": ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"],
            "tags": ddb.list_tags_of_resource(ResourceArn=t["TableArn"]).get("Tags", [])}
        for page in ddb.get_paginator("scan").paginate(TableName=name):
            for it in page["Items"]:
                key = name + "/" + "|".join(json.dumps(it[k["AttributeName"]], sort_keys=True, default=str)
                                            for k in t["KeySchema"])
                items[key] = it
    return {"dynamodb.table": tables, "dynamodb.item": items}


BUILDERS = [build_s3, build_sqs, build_sns, build_dynamodb]
DESCRIBERS = [describe_s3, describe_sqs, describe_sns, describe_dynamodb]
