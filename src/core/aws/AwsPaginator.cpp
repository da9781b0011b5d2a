#include "aws/AwsPaginator.h"

#include "util/ErrorText.h"

#include <QSet>
#include <QtGlobal>

namespace poddeck {

int AwsPaginator::pageSize(int preferred)
{
    static const int wanted = qEnvironmentVariableIntValue("PODDECK_PAGE_SIZE");
    return wanted > 0 && wanted < preferred ? wanted : preferred;
}

PageToken PageToken::s3ListObjectsV2()
{
    return {QStringLiteral("continuation-token"), QStringLiteral("NextContinuationToken"), QStringLiteral("IsTruncated")};
}

PageToken PageToken::queryMarker()
{
    return {QStringLiteral("Marker"), QStringLiteral("Marker"), QStringLiteral("IsTruncated")};
}

PageToken PageToken::lambdaMarker()
{
    return {QStringLiteral("Marker"), QStringLiteral("NextMarker"), {}};
}

PageToken PageToken::dynamodbListTables()
{
    return {QStringLiteral("ExclusiveStartTableName"), QStringLiteral("LastEvaluatedTableName"), {}};
}

std::optional<AwsRequest> AwsPaginator::nextRequest(const AwsRequest &request, const AwsResponse &page,
                                                    const PageToken &token)
{
    if (!token.moreFlag.isEmpty() && page.value(token.moreFlag).compare(QLatin1String("true"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QString next = page.value(token.outputToken);
    if (next.isEmpty())
        return std::nullopt;
    AwsRequest r = request;
    if (request.service.protocol == AwsProtocol::Json)
        r.setJsonMember(token.inputToken, next);
    else
        r.setQueryItem(token.inputToken, next);
    return r;
}

namespace {

Error repeatedToken(const AwsRequest &r)
{
    return Error(Error::Code::Corrupt, ErrorText::tr("%1 %2: the server returned the same page token twice; its paging is "
                                                      "broken").arg(r.service.id, r.operation));
}

QString tokenOf(const AwsResponse &page, const PageToken &token)
{
    return page.value(token.outputToken);
}

struct AsyncPaging
{
    AwsClient client;
    PageToken token;
    QPointer<QObject> context;
    AwsPaginator::PageCallback onPage;
    AwsPaginator::DoneCallback onDone;
    QSet<QString> seenTokens;
    int pages = 0;
};

void fetchPage(const std::shared_ptr<AsyncPaging> &state, const AwsRequest &request)
{
    state->client.sendAsync(request, state->context, [state, request](const Result<AwsResponse> &r) {
        if (!r) {
            state->onDone(r.error());
            return;
        }
        ++state->pages;
        if (!state->onPage(*r)) {
            state->onDone(Status::success());
            return;
        }
        const std::optional<AwsRequest> next = AwsPaginator::nextRequest(request, *r, state->token);
        if (!next) {
            state->onDone(Status::success());
            return;
        }
        const QString t = tokenOf(*r, state->token);
        if (state->seenTokens.contains(t) || state->pages >= AwsPaginator::MaxPages) {
            state->onDone(repeatedToken(request));
            return;
        }
        state->seenTokens.insert(t);
        fetchPage(state, *next);
    });
}

} // namespace

Status AwsPaginator::forEachPage(const AwsClient &client, const AwsRequest &first, const PageToken &token,
                                 const PageCallback &onPage, const std::atomic<bool> *cancel)
{
    return forEachPage([&client, cancel](const AwsRequest &r) { return client.send(r, cancel); }, first, token, onPage);
}

Status AwsPaginator::forEachPage(const Send &send, const AwsRequest &first, const PageToken &token, const PageCallback &onPage)
{
    AwsRequest request = first;
    QSet<QString> seenTokens;
    for (int pages = 0; pages < MaxPages; ++pages) {
        const Result<AwsResponse> r = send(request);
        if (!r)
            return r.error();
        if (!onPage(*r))
            return Status::success();
        std::optional<AwsRequest> next = nextRequest(request, *r, token);
        if (!next)
            return Status::success();
        const QString t = tokenOf(*r, token);
        if (seenTokens.contains(t))
            return repeatedToken(request);
        seenTokens.insert(t);
        request = std::move(*next);
    }
    return repeatedToken(first);
}

void AwsPaginator::forEachPageAsync(const AwsClient &client, const AwsRequest &first, const PageToken &token,
                                    QObject *context, PageCallback onPage, DoneCallback onDone)
{
    auto state = std::make_shared<AsyncPaging>(
        AsyncPaging{client, token, context, std::move(onPage), std::move(onDone), {}, 0});
    fetchPage(state, first);
}

} // namespace poddeck
