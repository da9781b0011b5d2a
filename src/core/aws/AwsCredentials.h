#pragma once

#include "util/Result.h"

#include <QProcessEnvironment>
#include <QString>

namespace poddeck {

// An access key pair plus an optional session token. Resolved like the AWS CLI does, minus the parts an
// emulator never needs (SSO, instance metadata): environment, then the shared credentials file, then test/test.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }

    // AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN; invalid when either key is missing.
    static AwsCredentials fromEnvironment(const QProcessEnvironment &env);
    // One profile of an INI credentials file (aws_access_key_id, aws_secret_access_key, aws_session_token).
    static Result<AwsCredentials> fromProfileFile(const QString &path, const QString &profile);
    // env, else the profile AWS_PROFILE (or "default") of AWS_SHARED_CREDENTIALS_FILE (or ~/.aws/credentials),
    // else test/test, which every emulator accepts.
    static AwsCredentials resolve(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace poddeck
