"""EventBridge, KMS, Step Functions and API Gateway: a rich state built with boto3, and its description.
Server-assigned ids (KMS key ids, REST API ids) differ on another emulator: resources are described by the
names users give them (alias, API name) and references are followed through them."""
import json

from fidelity_support import ACCOUNT
from state_app import role_arn

REGION = "us-east-1"


# ---------------------------------------------------------------- EventBridge

def build_events(m):
    ev = m.client("events")
    m.client("sqs").create_queue(QueueName="fid-event-sink")
    ev.create_event_bus(Name="fid-bus", Tags=[{"Key": "team", "Value": "shop"}])
    ev.put_rule(Name="orders", EventBusName="fid-bus", State="ENABLED", Description="new orders",
                EventPattern=json.dumps({"source": ["shop"], "detail-type": ["order"]}))
    ev.put_targets(Rule="orders", EventBusName="fid-bus", Targets=[
        {"Id": "sink", "Arn": "arn:aws:sqs:%s:%s:fid-event-sink" % (REGION, ACCOUNT), "InputPath": "$.detail"}])
    ev.put_rule(Name="nightly", ScheduleExpression="cron(0 3 * * ? *)", State="DISABLED")
    ev.create_archive(ArchiveName="fid-orders-archive", RetentionDays=7,
                      EventSourceArn="arn:aws:events:%s:%s:event-bus/fid-bus" % (REGION, ACCOUNT))


def describe_events(m):
    ev = m.client("events")
    buses, rules, targets, archives = {}, {}, {}, {}
    for b in ev.list_event_buses()["EventBuses"]:
        buses[b["Name"]] = {"tags": ev.list_tags_for_resource(ResourceARN=b["Arn"]).get("Tags", [])}
        for r in ev.list_rules(EventBusName=b["Name"])["Rules"]:
            key = "%s/%s" % (b["Name"], r["Name"])
            rules[key] = {k: r.get(k) for k in ("EventPattern", "ScheduleExpression", "State", "Description")}
            for t in ev.list_targets_by_rule(Rule=r["Name"], EventBusName=b["Name"])["Targets"]:
                targets["%s/%s" % (key, t["Id"])] = {k: t.get(k) for k in ("Arn", "Input", "InputPath")}
    for a in ev.list_archives()["Archives"]:
        archives[a["ArchiveName"]] = {"source": a.get("EventSourceArn"), "retention": a.get("RetentionDays")}
    return {"events.bus": buses, "events.rule": rules, "events.target": targets, "events.archive": archives}


# ---------------------------------------------------------------- KMS

def build_kms(m):
    kms = m.client("kms")
    k = kms.create_key(Description="fid app data", KeyUsage="ENCRYPT_DECRYPT", Tags=[{"TagKey": "team", "TagValue": "shop"}])
    kms.create_alias(AliasName="alias/fid-data", TargetKeyId=k["KeyMetadata"]["KeyId"])
    s = kms.create_key(Description="fid signing", KeyUsage="SIGN_VERIFY", KeySpec="RSA_2048")
    kms.create_alias(AliasName="alias/fid-sign", TargetKeyId=s["KeyMetadata"]["KeyId"])
    kms.disable_key(KeyId=s["KeyMetadata"]["KeyId"])


# `_custom_id_` is the emulators' own id marker (moto and LocalStack create a resource with the id it names):
# PodDeck sets it so a re-created resource keeps, or at least remembers, its recorded id. moto cannot untag a
# REST API, and gives KMS keys new ids whatever the tag says, so the marker stays on what PodDeck restored.
# It is described as what it means, the resource's identity, and must name the original id; it is not a
# user tag.
CUSTOM_ID = "_custom_id_"


def describe_kms(m):
    kms = m.client("kms")
    keys = {}
    for a in kms.list_aliases()["Aliases"]:
        if not a.get("TargetKeyId") or a["AliasName"].startswith("alias/aws/"):
            continue
        md = kms.describe_key(KeyId=a["TargetKeyId"])["KeyMetadata"]
        if md.get("KeyManager") == "AWS":
            continue
        tags = kms.list_resource_tags(KeyId=md["KeyId"]).get("Tags", [])
        marker = [t["TagValue"] for t in tags if t["TagKey"] == CUSTOM_ID]
        keys[a["AliasName"]] = {"description": md.get("Description"), "usage": md.get("KeyUsage"),
                                "spec": md.get("KeySpec"), "enabled": md.get("Enabled"),
                                "identity": marker[0] if marker else md["KeyId"],
                                "tags": [t for t in tags if t["TagKey"] != CUSTOM_ID]}
    return {"kms.key": keys}


# ---------------------------------------------------------------- Step Functions

DEFINITION = {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 1, "Next": "Done"},
                                            "Done": {"Type": "Succeed"}}}


def build_stepfunctions(m):
    import state_app
    if not state_app.has_role(m, "fid-sfn-role"):
        state_app.build_iam(m)
    sfn = m.client("stepfunctions")
    sfn.create_state_machine(name="fid-flow", definition=json.dumps(DEFINITION), roleArn=role_arn("fid-sfn-role"),
                             type="STANDARD", tags=[{"key": "team", "value": "shop"}])
    sfn.create_activity(name="fid-approve", tags=[{"key": "kind", "value": "manual"}])


def describe_stepfunctions(m):
    sfn = m.client("stepfunctions")
    machines, activities = {}, {}
    for s in sfn.list_state_machines()["stateMachines"]:
        d = sfn.describe_state_machine(stateMachineArn=s["stateMachineArn"])
        machines[s["name"]] = {"definition": d["definition"], "role": d["roleArn"], "type": d.get("type"),
                               "tags": sfn.list_tags_for_resource(resourceArn=s["stateMachineArn"]).get("tags", [])}
    for a in sfn.list_activities()["activities"]:
        activities[a["name"]] = {"tags": sfn.list_tags_for_resource(resourceArn=a["activityArn"]).get("tags", [])}
    return {"stepfunctions.state-machine": machines, "stepfunctions.activity": activities}


# ---------------------------------------------------------------- API Gateway

def build_apigateway(m):
    ag = m.client("apigateway")
    api = ag.create_rest_api(name="fid-shop-api", description="shop", tags={"team": "shop"})["id"]
    root = [r for r in ag.get_resources(restApiId=api)["items"] if r["path"] == "/"][0]["id"]
    items = ag.create_resource(restApiId=api, parentId=root, pathPart="items")["id"]
    ag.put_method(restApiId=api, resourceId=items, httpMethod="GET", authorizationType="NONE")
    ag.put_integration(restApiId=api, resourceId=items, httpMethod="GET", type="MOCK",
                       requestTemplates={"application/json": '{"statusCode": 200}'})
    ag.put_method_response(restApiId=api, resourceId=items, httpMethod="GET", statusCode="200")
    ag.put_integration_response(restApiId=api, resourceId=items, httpMethod="GET", statusCode="200",
                                responseTemplates={"application/json": '{"items": []}'})
    d = ag.create_deployment(restApiId=api, description="first")["id"]
    ag.create_stage(restApiId=api, stageName="dev", deploymentId=d, variables={"table": "fid-orders"})


def describe_apigateway(m):
    ag = m.client("apigateway")
    apis, resources, stages = {}, {}, {}
    for a in ag.get_rest_apis()["items"]:
        tags = dict(a.get("tags", {}))
        if tags.get(CUSTOM_ID) == a["id"]:  # the marker that kept this very id: nothing else to say
            del tags[CUSTOM_ID]
        apis[a["name"]] = {"description": a.get("description"), "tags": tags, "id": a["id"]}
        for r in ag.get_resources(restApiId=a["id"], embed=["methods"])["items"]:
            methods = {}
            for verb in r.get("resourceMethods", {}):
                mth = ag.get_method(restApiId=a["id"], resourceId=r["id"], httpMethod=verb)
                integ = mth.get("methodIntegration", {})
                methods[verb] = {"auth": mth.get("authorizationType"), "integration": integ.get("type"),
                                 "templates": integ.get("requestTemplates"),
                                 "responses": sorted(mth.get("methodResponses", {}))}
            resources["%s %s" % (a["name"], r["path"])] = {"methods": methods}
        for s in ag.get_stages(restApiId=a["id"])["item"]:
            stages["%s/%s" % (a["name"], s["stageName"])] = {"variables": s.get("variables", {})}
    return {"apigateway.rest-api": apis, "apigateway.resource": resources, "apigateway.stage": stages}


BUILDERS = [build_events, build_kms, build_stepfunctions, build_apigateway]
DESCRIBERS = [describe_events, describe_kms, describe_stepfunctions, describe_apigateway]
