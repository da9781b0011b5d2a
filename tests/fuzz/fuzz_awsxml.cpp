// AWS XML answers (query and REST-XML protocols): XmlNode's tree, its JSON view and lookups, error
// decoding, and the paginators that read continuation tokens from a page.
#include "FuzzSupport.h"

#include "aws/AwsError.h"
#include "aws/AwsPaginator.h"
#include "aws/AwsRequest.h"
#include "aws/AwsResponse.h"
#include "aws/XmlNode.h"

using namespace poddeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);
    Result<XmlNode> xml = XmlNode::parse(body);
    if (xml) {
        FUZZ_CHECK(!xml->isNull());
        (void)xml->toJson();
        (void)xml->find(u"Code").text();
        (void)xml->textAt(u"ListBucketResult/Contents/Key");
        (void)xml->childrenNamed(u"member").size();

        AwsResponse page;
        page.protocol = AwsProtocol::Query;
        page.operation = QStringLiteral("ListRoles");
        page.body = body;
        page.xml = *xml;
        (void)AwsPaginator::nextRequest(AwsRequest::query(AwsService::iam(), QStringLiteral("ListRoles")), page,
                                        PageToken::queryMarker());
        page.protocol = AwsProtocol::RestXml;
        page.operation = QStringLiteral("ListObjectsV2");
        (void)AwsPaginator::nextRequest(AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", QStringLiteral("bucket")),
                                        page, PageToken::s3ListObjectsV2());
    }
    for (int status : {400, 404, 503}) {
        const AwsError q = AwsError::parse(AwsService::sns(), status, {}, body);
        const AwsError s3 = AwsError::parse(AwsService::s3(), status, {}, body);
        FUZZ_CHECK(!q.code.isEmpty() && !s3.code.isEmpty());
        (void)q.toError(QStringLiteral("IAM"), QStringLiteral("ListRoles"));
        (void)q.isRetryable();
    }
    return 0;
}
