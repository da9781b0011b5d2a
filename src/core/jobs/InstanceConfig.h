#pragma once

#include "aws/AwsConfig.h"

namespace poddeck {

// The instance to talk to: --endpoint, else AWS_ENDPOINT_URL, else http://localhost:4566; credentials
// from the AWS environment variables or profiles, else test/test.
AwsConfig instanceConfig(const QString &endpointOverride = QString());
// The key an instance is known by in the catalogue (instance heads): its normalized endpoint.
QString instanceKey(const AwsConfig &config);

} // namespace poddeck
