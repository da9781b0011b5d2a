#pragma once

#include "aws/AwsClient.h"

#include <functional>

namespace poddeck {

// Where an operation's continuation token goes in and comes out (botocore's paginators-1.json
// input_token / output_token). `moreFlag`, when set, is an output member that must be "true" for another
// page to be fetched (S3 IsTruncated, IAM IsTruncated).
struct PageToken
{
    QString inputToken;  // request member (JSON) or query/form parameter
    QString outputToken; // AwsResponse::value() path
    QString moreFlag;

    static PageToken nextToken() { return {QStringLiteral("NextToken"), QStringLiteral("NextToken"), {}}; }
    static PageToken s3ListObjectsV2();  // continuation-token <- NextContinuationToken, IsTruncated
    static PageToken queryMarker();      // IAM: Marker <- Marker, IsTruncated
    static PageToken lambdaMarker();     // Marker <- NextMarker
    static PageToken dynamodbListTables(); // ExclusiveStartTableName <- LastEvaluatedTableName
};

// Fetches every page of a paginated operation: the one paging helper (clients, remotes and the emulator
// adapters). A page callback returns false to stop early. A token that comes back (a server whose paging
// is broken, even one that cycles through several tokens) is reported as Code::Corrupt instead of looping
// forever.
class AwsPaginator
{
public:
    using PageCallback = std::function<bool(const AwsResponse &page)>;
    using DoneCallback = std::function<void(const Status &status)>;
    // Sends one page's request: an adapter context's send(), which carries its cancel flag.
    using Send = std::function<Result<AwsResponse>(const AwsRequest &request)>;

    static constexpr int MaxPages = 100000;

    // The page size a listing asks for: `preferred` (usually the API's maximum), or less when the
    // environment variable PODDECK_PAGE_SIZE (read once) says so. It exists for tests: with a page size of a
    // few, a handful of resources spans several pages, so paging is tested against a real emulator without
    // creating a thousand of everything. Production leaves it unset.
    static int pageSize(int preferred);

    // Blocking (worker threads); same rules as AwsClient::send().
    static Status forEachPage(const AwsClient &client, const AwsRequest &first, const PageToken &token,
                              const PageCallback &onPage, const std::atomic<bool> *cancel = nullptr);
    static Status forEachPage(const Send &send, const AwsRequest &first, const PageToken &token, const PageCallback &onPage);
    // Asynchronous: pages and completion are reported in the thread of `context`.
    static void forEachPageAsync(const AwsClient &client, const AwsRequest &first, const PageToken &token,
                                 QObject *context, PageCallback onPage, DoneCallback onDone);

    // The request for the page after `page`, or an empty optional when `page` was the last.
    static std::optional<AwsRequest> nextRequest(const AwsRequest &request, const AwsResponse &page,
                                                 const PageToken &token);
};

} // namespace poddeck
