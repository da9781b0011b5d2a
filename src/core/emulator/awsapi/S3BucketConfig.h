#pragma once

#include "aws/AwsRequest.h"
#include "aws/AwsResponse.h"
#include "aws/XmlNode.h"
#include "util/Result.h"

#include <QJsonObject>
#include <functional>

namespace poddeck {

// The bucket-level settings an S3 bucket document keeps, read with `GET /<bucket>?<sub>` and written with
// `PUT /<bucket>?<sub>`:
//   Tags {key: value}, Policy (the policy JSON), Versioning ("Enabled"/"Suspended"),
//   Cors, Lifecycle, Encryption, PublicAccessBlock, Notification, Website, OwnershipControls
//     (each the JSON form of its XML configuration, see xmlToJson()).
// A setting the bucket does not have (NoSuchCORSConfiguration ...) is an absent member, and so is one the
// emulator does not implement.
namespace S3BucketConfig {

using Sender = std::function<Result<AwsResponse>(const AwsRequest &)>;

Result<QJsonObject> read(const Sender &send, const QString &bucket);
// Puts the members of `after` that differ from `before`; members only in `before` are deleted.
Status apply(const Sender &send, const QString &bucket, const QJsonObject &before,
             const QJsonObject &after);

// XML configuration <-> JSON: an element with children becomes an object keyed by child name (the
// root element itself is dropped), text becomes a string, repeated names (and names S3 defines as
// lists, such as CORSRule or Rule) become arrays. Child order among different names is not kept
// (S3 does not depend on it); order within a repeated name is.
QJsonValue xmlToJson(const XmlNode &node);
QByteArray jsonToXml(const QString &rootElement, const QJsonObject &content);

// Content-MD5 header value, required by S3 on several configuration PUTs.
QByteArray contentMd5(const QByteArray &body);

} // namespace S3BucketConfig

} // namespace poddeck
