// AWS JSON answers (JSON and REST-JSON protocols): error decoding from headers and body (SQS's
// query-compatible header too), member lookups by path and the paginators' token reading.
#include "FuzzSupport.h"

#include "aws/AwsError.h"
#include "aws/AwsPaginator.h"
#include "aws/AwsRequest.h"
#include "aws/AwsResponse.h"

#include <QJsonDocument>

#include <fuzzer/FuzzedDataProvider.h>

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const int status = in.ConsumeIntegralInRange(100, 599);
    HttpHeaders headers;
    headers.append({"x-amzn-ErrorType", QByteArray::fromStdString(in.ConsumeRandomLengthString(200))});
    headers.append({"x-amzn-query-error", QByteArray::fromStdString(in.ConsumeRandomLengthString(200))});
    const QString path = QString::fromStdString(in.ConsumeRandomLengthString(64));
    const QByteArray body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());

    for (const AwsService &service : {AwsService::sqs(), AwsService::dynamodb(), AwsService::lambda()}) {
        const AwsError e = AwsError::parse(service, status, headers, body);
        FUZZ_CHECK(!e.code.isEmpty() && !e.message.isEmpty());
        const Error err = e.toError(service.id, QStringLiteral("Op"));
        FUZZ_CHECK(err.code == Error::Code::Remote);
        (void)AwsError::codeOf(err);
        (void)e.isRetryable();
    }

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    AwsResponse page;
    page.protocol = AwsProtocol::Json;
    page.operation = QStringLiteral("ListTables");
    page.headers = headers;
    page.body = body;
    page.json = doc.object();
    (void)page.value(path);
    (void)page.value(QStringLiteral("a.b.c"));
    (void)AwsPaginator::nextRequest(AwsRequest::json(AwsService::dynamodb(), QStringLiteral("ListTables")), page,
                                    PageToken::dynamodbListTables());
    (void)AwsPaginator::nextRequest(AwsRequest::json(AwsService::sqs(), QStringLiteral("ListQueues")), page,
                                    PageToken::nextToken());
    page.protocol = AwsProtocol::RestJson;
    (void)AwsPaginator::nextRequest(AwsRequest::restJson(AwsService::lambda(), QStringLiteral("ListFunctions"), "GET",
                                                         QStringLiteral("/2015-03-31/functions/")),
                                    page, PageToken::lambdaMarker());
    return 0;
}
