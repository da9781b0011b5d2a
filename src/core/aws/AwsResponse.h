#pragma once

#include "aws/AwsService.h"
#include "aws/SigV4Signer.h"
#include "aws/XmlNode.h"

#include <QJsonObject>

namespace poddeck {

// A successful (2xx) answer, parsed per protocol: JSON protocols fill `json`, query and REST-XML fill
// `xml` (when the body is XML), raw requests keep only `body`.
struct AwsResponse
{
    AwsProtocol protocol = AwsProtocol::Json;
    QString operation;
    int httpStatus = 0;
    HttpHeaders headers;
    QByteArray body;
    QJsonObject json;
    XmlNode xml;
    int attempts = 1; // how many tries it took

    QByteArray header(QByteArrayView name) const;
    // Query protocol answers wrap the payload in <OpResponse><OpResult>; this is the OpResult node
    // (the root element for REST-XML).
    const XmlNode &result() const;
    // A scalar output member as a string: a JSON member ("a.b" for nesting) or an XML element below
    // result() ("A/B" for nesting). Empty when absent.
    QString value(const QString &path) const;
};

} // namespace poddeck
