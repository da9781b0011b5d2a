#pragma once

#include "aws/AwsRequest.h"

#include <QJsonObject>

namespace poddeck {

// Lambda's REST-JSON requests and the document layout shared by LambdaAdapter (reads) and LambdaWriter
// (writes). Documents use the API's own shapes (Environment {Variables}, TracingConfig {Mode} ...) so
// they go back into CreateFunction unchanged.
namespace LambdaApi {

inline const QString Code = QStringLiteral("code"); // attachment name of function and layer zips

AwsRequest request(const QString &operation, const QByteArray &method, const QString &path,
                   const QJsonObject &body = {}, const QueryItems &query = {});
QString functionPath(const QString &name);          // /2015-03-31/functions/<name>
QString layerVersionsPath(const QString &layer);    // /2018-10-31/layers/<name>/versions
QString mappingsPath();                              // /2015-03-31/event-source-mappings
QString tagsPath(const QString &arn);                // /2017-03-31/tags/<arn>
QString functionArn(const QString &region, const QString &account, const QString &name);

// GetFunction's Configuration + Tags + Code -> document (without code; see LambdaAdapter).
QJsonObject functionDocument(const QJsonObject &configuration, const QJsonObject &tags, const QJsonObject &code);
// The configuration members of a function document as CreateFunction / UpdateFunctionConfiguration input.
// For updates, absent optional members are sent empty so the function loses them.
QJsonObject configurationInput(const QJsonObject &doc, bool forUpdate);
bool configurationDiffers(const QJsonObject &a, const QJsonObject &b);

// GetLayerVersion's answer -> a layer version's document (content hash and settings; its number is in
// its path: LambdaLayers).
QJsonObject layerVersionDocument(const QJsonObject &layerVersion);
// A layer version document and its zip as PublishLayerVersion input.
QJsonObject layerVersionInput(const QJsonObject &doc, const QByteArray &zip);

// An EventSourceMappingConfiguration -> document; its stable id "<function>|<event source ARN>".
QJsonObject mappingDocument(const QJsonObject &mapping);
QString mappingId(const QJsonObject &doc);
// The members of a mapping document UpdateEventSourceMapping accepts.
QJsonObject mappingUpdateInput(const QJsonObject &doc);
// "arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]" -> "<name>[:<qualifier>]".
QString functionNameOf(const QString &functionArn);

} // namespace LambdaApi
} // namespace poddeck
