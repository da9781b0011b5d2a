#pragma once

#include "aws/AwsService.h"
#include "aws/SigV4Signer.h"
#include "util/Error.h"

namespace poddeck {

// An error answer from an AWS endpoint, decoded per protocol:
//  JSON:      x-amzn-ErrorType header or "__type" ("ns#Code"), "message"/"Message"; for query-compatible
//             services (SQS) the x-amzn-query-error header "Code;Sender" wins, as in botocore.
//  REST-JSON: the same header/body members.
//  Query:     <ErrorResponse><Error><Code/><Message/></Error><RequestId/></ErrorResponse>
//  REST-XML:  <Error><Code/><Message/><RequestId/></Error>; HEAD answers have no body: the code is the status.
struct AwsError
{
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;

    static AwsError parse(const AwsService &service, int httpStatus, const HttpHeaders &headers,
                          const QByteArray &body);

    bool isThrottling() const;
    bool isRetryable() const;
    // Code::Remote, "<Service> <Operation> failed: <Code>: <Message>".
    Error toError(const QString &serviceId, const QString &operation) const;
    // The AWS error code inside an Error built by toError() ("NoSuchKey"), else an empty string.
    static QString codeOf(const Error &error);
};

} // namespace poddeck
