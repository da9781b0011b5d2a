#pragma once

#include <QString>

namespace poddeck {

enum class AwsProtocol { Json, Query, RestXml, RestJson };

// The protocol facts of one AWS service, as botocore's service model metadata states them
// (botocore/data/<service>/<version>/service-2.json "metadata").
struct AwsService
{
    QString id;            // for messages: "SQS", "DynamoDB" ...
    QString signingName;   // SigV4 credential scope service; moto routes requests by it
    AwsProtocol protocol = AwsProtocol::Json;
    QString apiVersion;    // query protocol Version=
    QString targetPrefix;  // JSON protocol X-Amz-Target prefix
    QString jsonVersion;   // "1.0" or "1.1"
    QString globalRegion;  // signing region of global services (IAM: us-east-1); empty = configured region
    bool queryCompatible = false; // awsQueryCompatible: JSON errors carry the old query code in a header

    static AwsService s3();
    static AwsService sqs();
    static AwsService sns();
    static AwsService dynamodb();
    static AwsService ssm();
    static AwsService secretsManager();
    static AwsService lambda();
    static AwsService iam();
    static AwsService sts();
    static AwsService ecs();
    static AwsService ecr();
    static AwsService kinesis();
    static AwsService events();
    static AwsService logs();
    static AwsService kms();
    static AwsService stepFunctions();
    static AwsService apiGateway();
};

} // namespace poddeck
