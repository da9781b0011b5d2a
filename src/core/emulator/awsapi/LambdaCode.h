#pragma once

#include "state/Resource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace poddeck {

class SnapshotContext;

// Where a Lambda function's or layer's code zip comes from when a snapshot reads it, and the names the
// user gives such code. In order: the previous version's zip when CodeSha256 is unchanged (no download);
// the emulator's code route (PodDeck's moto entry point), verified against CodeSha256; a zip the user
// attached (`commit --attach-code`); else the document records "CodeMissing": true and the snapshot warns.
namespace LambdaCode {

inline const QString Missing = QStringLiteral("CodeMissing");

// base64(SHA-256(zip)): Lambda's CodeSha256.
QString sha256(const QByteArray &zip);

// The name `--attach-code` and the commit report use: "<function>" or "layer:<name>:<version>".
// Empty for anything but a Lambda function or layer version (a layer's ".../version/<n>" child, or a
// layer of the legacy shape that holds its newest version itself: LambdaLayers).
QString attachKey(const QString &path, const QJsonObject &document);
// "function fn1" / "layer fid-layer:3" with its account and region, for messages.
QString describe(const QString &path, const QJsonObject &document);
// Whether `resource` is a zip function or layer whose version holds no code.
bool isMissing(const Resource &resource);

// Fills resource.attachments["code"] (or marks it missing) for a function or layer being snapshotted.
// An error only when the emulator served code that does not match CodeSha256 or could not be asked.
Status fill(SnapshotContext &ctx, Resource &resource);

// `resource` with `zip` as its code: attachment set, CodeSha256 the zip's, CodeMissing gone.
Resource withCode(Resource resource, const AttachmentRef &zip, const QString &sha);

} // namespace LambdaCode
} // namespace poddeck
