"""ECS, ECR, Kinesis and CloudWatch Logs: a rich state built with boto3, and its description."""
import json
import time

from fidelity_support import ACCOUNT
from state_app import role_arn

REGION = "us-east-1"


# ---------------------------------------------------------------- ECS (the platform team's CI pod)

def container(image, cpu=256, env=None):
    return {"name": "app", "image": image, "cpu": cpu, "memory": 512, "essential": True,
            "portMappings": [{"containerPort": 8080, "hostPort": 8080, "protocol": "tcp"}],
            "environment": [{"name": k, "value": v} for k, v in sorted((env or {}).items())]}


def build_ecs(m):
    ecs = m.client("ecs")
    ecs.create_cluster(clusterName="fid-ci", settings=[{"name": "containerInsights", "value": "enabled"}],
                       tags=[{"key": "team", "value": "platform"}])
    ecs.create_cluster(clusterName="fid-batch")
    for i in range(3):  # three revisions of one family: CI pins the second
        ecs.register_task_definition(family="fid-runner", networkMode="bridge",
                                     containerDefinitions=[container("runner:%d" % i, env={"REV": str(i)})],
                                     tags=[{"key": "rev", "value": str(i)}])
    ecs.register_task_definition(family="fid-web", containerDefinitions=[container("nginx:1.25", cpu=128)],
                                 requiresCompatibilities=["EC2"])
    ecs.create_service(cluster="fid-ci", serviceName="runner", taskDefinition="fid-runner:2", desiredCount=2,
                       launchType="EC2", tags=[{"key": "team", "value": "platform"}])


def describe_ecs(m):
    ecs = m.client("ecs")
    clusters, taskdefs, services = {}, {}, {}
    arns = ecs.list_clusters()["clusterArns"]
    for c in ecs.describe_clusters(clusters=arns, include=["SETTINGS", "TAGS"])["clusters"] if arns else []:
        clusters[c["clusterName"]] = {"settings": c.get("settings", []), "tags": c.get("tags", [])}
        sarns = ecs.list_services(cluster=c["clusterName"])["serviceArns"]
        for s in ecs.describe_services(cluster=c["clusterName"], services=sarns, include=["TAGS"])["services"] if sarns else []:
            services["%s/%s" % (c["clusterName"], s["serviceName"])] = {
                "taskDefinition": s["taskDefinition"].rsplit("/", 1)[1], "desired": s["desiredCount"],
                "launchType": s.get("launchType"), "tags": s.get("tags", [])}
    for family in ecs.list_task_definition_families(status="ALL")["families"]:
        for arn in ecs.list_task_definitions(familyPrefix=family, status="ACTIVE")["taskDefinitionArns"]:
            d = ecs.describe_task_definition(taskDefinition=arn, include=["TAGS"])
            t = d["taskDefinition"]
            taskdefs["%s:%d" % (t["family"], t["revision"])] = {
                "containers": [{k: c.get(k) for k in ("name", "image", "cpu", "memory", "essential", "portMappings",
                                                      "environment")} for c in t["containerDefinitions"]],
                "networkMode": t.get("networkMode"), "requires": t.get("requiresCompatibilities", []),
                "tags": d.get("tags", [])}
    return {"ecs.cluster": clusters, "ecs.task-definition": taskdefs, "ecs.service": services}


# ---------------------------------------------------------------- ECR

LIFECYCLE = {"rules": [{"rulePriority": 1, "description": "keep 5", "selection": {
    "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5}, "action": {"type": "expire"}}]}


def build_ecr(m):
    ecr = m.client("ecr")
    ecr.create_repository(repositoryName="fid/runner", imageTagMutability="IMMUTABLE",
                          imageScanningConfiguration={"scanOnPush": True}, tags=[{"Key": "team", "Value": "platform"}])
    ecr.put_lifecycle_policy(repositoryName="fid/runner", lifecyclePolicyText=json.dumps(LIFECYCLE))
    ecr.set_repository_policy(repositoryName="fid/runner", policyText=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Sid": "pull", "Effect": "Allow",
                                                "Principal": {"AWS": "arn:aws:iam::%s:root" % ACCOUNT},
                                                "Action": ["ecr:BatchGetImage"]}]}))
    ecr.create_repository(repositoryName="fid-web")


def describe_ecr(m):
    ecr = m.client("ecr")
    repos = {}
    for r in ecr.describe_repositories()["repositories"]:
        n = r["repositoryName"]
        d = {"mutability": r.get("imageTagMutability"), "scan": r.get("imageScanningConfiguration"),
             "tags": ecr.list_tags_for_resource(resourceArn=r["repositoryArn"]).get("tags", [])}
        for what, call, key in (("lifecycle", ecr.get_lifecycle_policy, "lifecyclePolicyText"),
                                ("policy", ecr.get_repository_policy, "policyText")):
            try:
                d[what] = call(repositoryName=n)[key]
            except ecr.exceptions.ClientError:
                d[what] = None
        repos[n] = d
    return {"ecr.repository": repos}


# ---------------------------------------------------------------- Kinesis

def build_kinesis(m):
    k = m.client("kinesis")
    k.create_stream(StreamName="fid-clicks", ShardCount=2)
    k.increase_stream_retention_period(StreamName="fid-clicks", RetentionPeriodHours=48)
    k.add_tags_to_stream(StreamName="fid-clicks", Tags={"team": "data"})
    k.create_stream(StreamName="fid-audit", StreamModeDetails={"StreamMode": "ON_DEMAND"})


def describe_kinesis(m):
    k = m.client("kinesis")
    streams = {}
    for n in k.list_streams()["StreamNames"]:
        s = k.describe_stream_summary(StreamName=n)["StreamDescriptionSummary"]
        streams[n] = {"shards": s.get("OpenShardCount"), "retention": s.get("RetentionPeriodHours"),
                      "mode": s.get("StreamModeDetails", {}).get("StreamMode"),
                      "encryption": s.get("EncryptionType"),
                      "tags": k.list_tags_for_stream(StreamName=n).get("Tags", [])}
    return {"kinesis.stream": streams}


# ---------------------------------------------------------------- CloudWatch Logs

def build_logs(m):
    logs = m.client("logs")
    logs.create_log_group(logGroupName="/fid/app", tags={"team": "shop"})
    logs.put_retention_policy(logGroupName="/fid/app", retentionInDays=14)
    logs.put_metric_filter(logGroupName="/fid/app", filterName="errors", filterPattern="ERROR",
                           metricTransformations=[{"metricName": "Errors", "metricNamespace": "Fid",
                                                   "metricValue": "1"}])
    logs.create_log_stream(logGroupName="/fid/app", logStreamName="run-1")
    now = int(time.time() * 1000) - 60000  # CloudWatch refuses events older than 14 days, also on restore
    logs.put_log_events(logGroupName="/fid/app", logStreamName="run-1", logEvents=[
        {"timestamp": now + i, "message": "line %d%s" % (i, " ERROR" if i == 3 else "")} for i in range(6)])
    logs.create_log_group(logGroupName="/fid/empty")


def describe_logs(m):
    logs = m.client("logs")
    groups, filters, events = {}, {}, {}
    for g in logs.describe_log_groups()["logGroups"]:
        n = g["logGroupName"]
        groups[n] = {"retention": g.get("retentionInDays"),
                     "tags": logs.list_tags_log_group(logGroupName=n).get("tags", {})}
        for f in logs.describe_metric_filters(logGroupName=n)["metricFilters"]:
            filters["%s/%s" % (n, f["filterName"])] = {"pattern": f["filterPattern"],
                                                        "metrics": f["metricTransformations"]}
        for s in logs.describe_log_streams(logGroupName=n)["logStreams"]:
            e = logs.get_log_events(logGroupName=n, logStreamName=s["logStreamName"], startFromHead=True)["events"]
            events["%s/%s" % (n, s["logStreamName"])] = {"events": [(x["timestamp"], x["message"]) for x in e]}
    return {"logs.group": groups, "logs.metric-filter": filters, "logs.stream": events}


BUILDERS = [build_ecs, build_ecr, build_kinesis, build_logs]
DESCRIBERS = [describe_ecs, describe_ecr, describe_kinesis, describe_logs]
