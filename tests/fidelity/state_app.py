"""IAM, Lambda, SSM Parameter Store and Secrets Manager: a rich state built with boto3, and its description."""
import base64
import hashlib
import io
import json
import zipfile

from fidelity_support import ACCOUNT

REGION = "us-east-1"
TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                                                 "Action": "sts:AssumeRole"}]}


def zip_of(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in sorted(files.items()):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, text)
    return buf.getvalue()


def role_arn(name):
    return "arn:aws:iam::%s:role/%s" % (ACCOUNT, name)


# ---------------------------------------------------------------- IAM

def build_iam(m):
    iam = m.client("iam")
    iam.create_role(RoleName="fid-lambda-role", AssumeRolePolicyDocument=json.dumps(TRUST), Path="/service/",
                    Description="runs the functions", MaxSessionDuration=7200, Tags=[{"Key": "team", "Value": "shop"}])
    iam.put_role_policy(RoleName="fid-lambda-role", PolicyName="logs", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:*", "Resource": "*"}]}))
    p = iam.create_policy(PolicyName="fid-read-data", Path="/", Description="read the data bucket",
                          PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
                              {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::fid-data/*"}]}))
    iam.attach_role_policy(RoleName="fid-lambda-role", PolicyArn=p["Policy"]["Arn"])
    iam.create_user(UserName="fid-ci", Tags=[{"Key": "kind", "Value": "bot"}])
    iam.create_group(GroupName="fid-devs")
    iam.add_user_to_group(GroupName="fid-devs", UserName="fid-ci")
    iam.create_role(RoleName="fid-sfn-role", AssumeRolePolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"},
                                                 "Action": "sts:AssumeRole"}]}))


def describe_iam(m):
    iam = m.client("iam")
    roles, policies, users = {}, {}, {}
    for r in iam.list_roles()["Roles"]:
        n = r["RoleName"]
        roles[n] = {"path": r["Path"], "trust": r["AssumeRolePolicyDocument"], "description": r.get("Description"),
                    "maxSession": r.get("MaxSessionDuration"),
                    "tags": iam.list_role_tags(RoleName=n)["Tags"],
                    "inline": {p: iam.get_role_policy(RoleName=n, PolicyName=p)["PolicyDocument"]
                               for p in iam.list_role_policies(RoleName=n)["PolicyNames"]},
                    "attached": sorted(a["PolicyArn"] for a in iam.list_attached_role_policies(RoleName=n)["AttachedPolicies"])}
    for p in iam.list_policies(Scope="Local")["Policies"]:
        v = iam.get_policy_version(PolicyArn=p["Arn"], VersionId=p["DefaultVersionId"])["PolicyVersion"]
        policies[p["Arn"]] = {"path": p["Path"], "description": iam.get_policy(PolicyArn=p["Arn"])["Policy"].get("Description"),
                              "document": v["Document"]}
    for u in iam.list_users()["Users"]:
        n = u["UserName"]
        users[n] = {"path": u["Path"], "tags": iam.list_user_tags(UserName=n)["Tags"],
                    "groups": sorted(g["GroupName"] for g in iam.list_groups_for_user(UserName=n)["Groups"])}
    return {"iam.role": roles, "iam.policy": policies, "iam.user": users}


# ---------------------------------------------------------------- Lambda

HANDLER = zip_of({"app.py": "def handler(event, context):\n    return {'ok': True}\n"})
LAYER_V1 = zip_of({"python/util.py": "VERSION = 1\n"})
LAYER_V2 = zip_of({"python/util.py": "VERSION = 2\n"})
LAYER_V3 = zip_of({"python/util.py": "VERSION = 3\n"})


def has_role(m, name):
    try:
        m.client("iam").get_role(RoleName=name)
        return True
    except Exception:
        return False


def build_lambda(m):
    if not has_role(m, "fid-lambda-role"):
        build_iam(m)
    lam = m.client("lambda")
    # Several versions, one of them deleted, and functions pinned to an old and the newest one: each number
    # must come back with its own content, and the deleted number must stay a gap.
    l1 = lam.publish_layer_version(LayerName="fid-layer", Content={"ZipFile": LAYER_V1}, CompatibleRuntimes=["python3.11"])
    lam.publish_layer_version(LayerName="fid-layer", Content={"ZipFile": LAYER_V2},
                              CompatibleRuntimes=["python3.11"], Description="second")
    l3 = lam.publish_layer_version(LayerName="fid-layer", Content={"ZipFile": LAYER_V3},
                                   CompatibleRuntimes=["python3.11", "python3.12"], Description="third",
                                   LicenseInfo="MIT")
    lam.delete_layer_version(LayerName="fid-layer", VersionNumber=2)
    # Who may use a version: another account on version 3, everyone in an organization on version 1.
    lam.add_layer_version_permission(LayerName="fid-layer", VersionNumber=3, StatementId="partner",
                                     Action="lambda:GetLayerVersion", Principal="210987654321")
    lam.add_layer_version_permission(LayerName="fid-layer", VersionNumber=1, StatementId="org",
                                     Action="lambda:GetLayerVersion", Principal="*", OrganizationId="o-fid1234")
    lam.create_function(FunctionName="fid-legacy", Runtime="python3.11", Role=role_arn("service/fid-lambda-role"),
                        Handler="app.handler", Code={"ZipFile": HANDLER}, Layers=[l1["LayerVersionArn"]])
    lam.create_function(FunctionName="fid-worker", Runtime="python3.11", Role=role_arn("service/fid-lambda-role"),
                        Handler="app.handler", Code={"ZipFile": HANDLER}, Timeout=30, MemorySize=256,
                        Description="processes orders", Layers=[l3["LayerVersionArn"]],
                        Environment={"Variables": {"STAGE": "dev", "DB_PASSWORD": "hunter2"}},
                        Tags={"team": "shop"})
    sqs = m.client("sqs")
    sqs.create_queue(QueueName="fid-lambda-in")
    lam.create_event_source_mapping(FunctionName="fid-worker", BatchSize=5, Enabled=True,
                                    EventSourceArn="arn:aws:sqs:%s:%s:fid-lambda-in" % (REGION, ACCOUNT))
    lam.publish_version(FunctionName="fid-worker", Description="first release")
    lam.create_alias(FunctionName="fid-worker", Name="live", FunctionVersion="1")
    lam.add_permission(FunctionName="fid-worker", StatementId="s3-invoke", Action="lambda:InvokeFunction",
                       Principal="s3.amazonaws.com", SourceArn="arn:aws:s3:::fid-data")


def code_sha(data):
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def describe_lambda(m, region=REGION):
    lam = m.client("lambda", region)
    functions, layers, mappings, aliases, policies, versions = {}, {}, {}, {}, {}, {}
    for f in lam.list_functions()["Functions"]:
        n = f["FunctionName"]
        c = lam.get_function(FunctionName=n)["Configuration"]
        functions[n] = {k: c.get(k) for k in ("Runtime", "Role", "Handler", "Timeout", "MemorySize", "Description",
                                               "CodeSha256", "CodeSize", "PackageType", "Architectures")}
        functions[n]["Environment"] = c.get("Environment", {}).get("Variables", {})
        functions[n]["Layers"] = [l["Arn"] for l in c.get("Layers", [])]
        functions[n]["Tags"] = lam.list_tags(Resource=c["FunctionArn"]).get("Tags", {})
        versions[n] = {"versions": sorted((v["Version"], v.get("Description", ""), v["CodeSha256"])
                                          for v in lam.list_versions_by_function(FunctionName=n)["Versions"])}
        aliases[n] = {a["Name"]: a["FunctionVersion"] for a in lam.list_aliases(FunctionName=n)["Aliases"]}
        try:
            policy = json.loads(lam.get_policy(FunctionName=n)["Policy"])
            policies[n] = {s["Sid"]: {k: s.get(k) for k in ("Action", "Principal", "Condition")}
                           for s in policy.get("Statement", [])}
        except lam.exceptions.ResourceNotFoundException:
            policies[n] = {}
    for l in lam.list_layers()["Layers"]:
        for v in lam.list_layer_versions(LayerName=l["LayerName"])["LayerVersions"]:
            d = lam.get_layer_version(LayerName=l["LayerName"], VersionNumber=v["Version"])
            layers["%s:%d" % (l["LayerName"], v["Version"])] = {
                "sha": d["Content"]["CodeSha256"], "size": d["Content"]["CodeSize"],
                "runtimes": d.get("CompatibleRuntimes", []), "description": d.get("Description", ""),
                "license": d.get("LicenseInfo")}
    for key in list(layers):
        name, number = key.rsplit(":", 1)
        try:
            policy = json.loads(lam.get_layer_version_policy(LayerName=name, VersionNumber=int(number))["Policy"])
            statements = {s["Sid"]: {k: s.get(k) for k in ("Action", "Principal", "Condition", "OrganizationId")}
                          for s in policy.get("Statement", [])}
        except lam.exceptions.ResourceNotFoundException:
            statements = {}
        layers[key]["permissions"] = statements
    for e in lam.list_event_source_mappings()["EventSourceMappings"]:
        mappings["%s <- %s" % (e["FunctionArn"].split(":")[6], e["EventSourceArn"])] = {
            "batch": e.get("BatchSize"), "state": e.get("State")}
    return {"lambda.function": functions, "lambda.layer-version": layers, "lambda.event-source-mapping": mappings,
            "lambda.version": versions, "lambda.alias": aliases, "lambda.policy": policies}


# ---------------------------------------------------------------- SSM

def build_ssm(m):
    ssm = m.client("ssm")
    ssm.put_parameter(Name="/fid/app/url", Value="http://a.example", Type="String", Description="endpoint",
                      Tags=[{"Key": "team", "Value": "shop"}])
    ssm.put_parameter(Name="/fid/app/url", Value="http://b.example", Type="String", Overwrite=True)
    ssm.put_parameter(Name="/fid/app/url", Value="http://c.example", Type="String", Overwrite=True)
    ssm.put_parameter(Name="/fid/app/hosts", Value="a,b,c", Type="StringList")
    ssm.put_parameter(Name="/fid/app/db-password", Value="s3cret!", Type="SecureString")
    for i in range(12):
        ssm.put_parameter(Name="/fid/flags/f%02d" % i, Value=str(i % 2 == 0).lower(), Type="String")


def describe_ssm(m):
    ssm = m.client("ssm")
    params, history = {}, {}
    for page in ssm.get_paginator("get_parameters_by_path").paginate(Path="/", Recursive=True, WithDecryption=True):
        for p in page["Parameters"]:
            n = p["Name"]
            meta = ssm.describe_parameters(ParameterFilters=[{"Key": "Name", "Values": [n]}])["Parameters"][0]
            params[n] = {"type": p["Type"], "value": p["Value"], "description": meta.get("Description"),
                         "tags": ssm.list_tags_for_resource(ResourceType="Parameter", ResourceId=n).get("TagList", [])}
            h = ssm.get_parameter_history(Name=n, WithDecryption=True)["Parameters"]
            history[n] = {"values": [x["Value"] for x in sorted(h, key=lambda x: x["Version"])],
                          "version": p["Version"]}
    return {"ssm.parameter": params, "ssm.history": history}


# ---------------------------------------------------------------- Secrets Manager

def build_secretsmanager(m):
    sm = m.client("secretsmanager")
    sm.create_secret(Name="fid/db", SecretString=json.dumps({"user": "app", "password": "v1"}),
                     Description="database login", Tags=[{"Key": "team", "Value": "shop"}])
    sm.put_secret_value(SecretId="fid/db", SecretString=json.dumps({"user": "app", "password": "v2"}))
    sm.create_secret(Name="fid/cert", SecretBinary=b"\x00\x01binary-cert\xff")
    sm.create_secret(Name="fid/api-key", SecretString="k-123")


def describe_secretsmanager(m):
    sm = m.client("secretsmanager")
    secrets, versions = {}, {}
    for s in sm.list_secrets()["SecretList"]:
        n = s["Name"]
        d = sm.describe_secret(SecretId=n)
        cur = sm.get_secret_value(SecretId=n)
        secrets[n] = {"description": d.get("Description"), "tags": d.get("Tags", []),
                      "kms": d.get("KmsKeyId"), "string": cur.get("SecretString"),
                      "binary": cur.get("SecretBinary")}
        stages = {}
        for label in sorted({l for ls in d.get("VersionIdsToStages", {}).values() for l in ls}):
            v = sm.get_secret_value(SecretId=n, VersionStage=label)
            stages[label] = v.get("SecretString") or v.get("SecretBinary")
        versions[n] = {"byStage": stages, "count": len(d.get("VersionIdsToStages", {}))}
    return {"secretsmanager.secret": secrets, "secretsmanager.versions": versions}


BUILDERS = [build_iam, build_lambda, build_ssm, build_secretsmanager]
DESCRIBERS = [describe_iam, describe_lambda, describe_ssm, describe_secretsmanager]
