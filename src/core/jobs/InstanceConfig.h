#pragma once

#include "aws/AwsConfig.h"
#include "util/Result.h"

namespace poddeck {

// The instance to talk to: --endpoint, else AWS_ENDPOINT_URL, else http://localhost:4566; credentials
// from the AWS environment variables or profiles, else test/test.
AwsConfig instanceConfig(const QString &endpointOverride = QString());
// The key an instance is known by in the catalogue (instance heads): its normalized endpoint.
QString instanceKey(const AwsConfig &config);

class JobContext;
// `--wait-for-endpoint SECONDS`: waits until the emulator answers (a CI job's emulator container may still
// be starting), saying so in the job's stage; nothing when `seconds` is 0.
Status waitForEndpoint(const AwsConfig &config, int seconds, JobContext &context);

} // namespace poddeck
