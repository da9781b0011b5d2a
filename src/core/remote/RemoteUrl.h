#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>

namespace poddeck {

// Where a remote lives, parsed and validated from what a user types:
//   s3://bucket[/prefix][?endpoint=URL&region=R&style=path|virtual]
//   file:///absolute/path
// S3 addressing defaults to path-style with a custom endpoint (MinIO, moto, LocalStack) and to
// virtual-host style on AWS itself; `style` overrides it.
struct RemoteUrl
{
    enum class Kind { S3, Folder };

    Kind kind = Kind::Folder;
    // S3
    QString bucket;
    QString prefix;     // "" or "team/pods" (no leading or trailing slash)
    QUrl endpoint;      // empty: AWS
    QString region = QStringLiteral("us-east-1");
    bool virtualHost = false;
    // Folder
    QString path;       // absolute, cleaned

    static Result<RemoteUrl> parse(const QString &text);
    // The normalized form (what the catalogue stores and the keychain key is built from).
    QString toString() const;

    // An S3 endpoint reached over plain http on a host other than this machine: credentials and (for
    // unencrypted remotes) pod data cross the network in clear, so it takes an explicit opt-in.
    bool isInsecureHttp() const;

    // 3-63 characters of a-z 0-9 . -, starting and ending with a letter or digit, no "..", not an IP address.
    static Status validateBucket(const QString &bucket);
};

} // namespace poddeck
