#include "aws/AwsService.h"

namespace poddeck {

namespace {

AwsService make(const char *id, const char *signingName, AwsProtocol protocol, const char *apiVersion,
                const char *targetPrefix = "", const char *jsonVersion = "")
{
    AwsService s;
    s.id = QString::fromLatin1(id);
    s.signingName = QString::fromLatin1(signingName);
    s.protocol = protocol;
    s.apiVersion = QString::fromLatin1(apiVersion);
    s.targetPrefix = QString::fromLatin1(targetPrefix);
    s.jsonVersion = QString::fromLatin1(jsonVersion);
    return s;
}

} // namespace

AwsService AwsService::s3() { return make("S3", "s3", AwsProtocol::RestXml, "2006-03-01"); }

AwsService AwsService::sqs()
{
    AwsService s = make("SQS", "sqs", AwsProtocol::Json, "2012-11-05", "AmazonSQS", "1.0");
    s.queryCompatible = true;
    return s;
}

AwsService AwsService::sns() { return make("SNS", "sns", AwsProtocol::Query, "2010-03-31"); }

AwsService AwsService::dynamodb()
{
    return make("DynamoDB", "dynamodb", AwsProtocol::Json, "2012-08-10", "DynamoDB_20120810", "1.0");
}

AwsService AwsService::ssm() { return make("SSM", "ssm", AwsProtocol::Json, "2014-11-06", "AmazonSSM", "1.1"); }

AwsService AwsService::secretsManager()
{
    return make("SecretsManager", "secretsmanager", AwsProtocol::Json, "2017-10-17", "secretsmanager", "1.1");
}

AwsService AwsService::lambda() { return make("Lambda", "lambda", AwsProtocol::RestJson, "2015-03-31"); }

AwsService AwsService::iam()
{
    AwsService s = make("IAM", "iam", AwsProtocol::Query, "2010-05-08");
    s.globalRegion = QStringLiteral("us-east-1");
    return s;
}

AwsService AwsService::sts() { return make("STS", "sts", AwsProtocol::Query, "2011-06-15"); }

AwsService AwsService::ecs()
{
    return make("ECS", "ecs", AwsProtocol::Json, "2014-11-13", "AmazonEC2ContainerServiceV20141113", "1.1");
}

AwsService AwsService::ecr()
{
    return make("ECR", "ecr", AwsProtocol::Json, "2015-09-21", "AmazonEC2ContainerRegistry_V20150921", "1.1");
}

AwsService AwsService::kinesis() { return make("Kinesis", "kinesis", AwsProtocol::Json, "2013-12-02", "Kinesis_20131202", "1.1"); }

AwsService AwsService::events() { return make("EventBridge", "events", AwsProtocol::Json, "2015-10-07", "AWSEvents", "1.1"); }

AwsService AwsService::logs() { return make("CloudWatchLogs", "logs", AwsProtocol::Json, "2014-03-28", "Logs_20140328", "1.1"); }

AwsService AwsService::kms() { return make("KMS", "kms", AwsProtocol::Json, "2014-11-01", "TrentService", "1.1"); }

AwsService AwsService::stepFunctions()
{
    return make("SFN", "states", AwsProtocol::Json, "2016-11-23", "AWSStepFunctions", "1.0");
}

AwsService AwsService::apiGateway() { return make("APIGateway", "apigateway", AwsProtocol::RestJson, "2015-07-09"); }

} // namespace poddeck
