#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>
#include <functional>

namespace poddeck {

// Fetches an http(s) URL (a share link) into a local file, refusing bodies past `maxBytes`. Blocks in a
// local event loop: for the CLI and job threads, refused on the GUI thread. Messages name the URL without
// its query, which for a presigned link holds the signature.
class HttpDownload
{
public:
    static constexpr qint64 DefaultMaxBytes = 16ll * 1024 * 1024 * 1024;
    // done, total (-1 when unknown); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static bool isHttpUrl(const QString &text);
    static QString redacted(const QUrl &url); // scheme://host/path, no query, no user info
    static Status toFile(const QUrl &url, const QString &path, qint64 maxBytes = DefaultMaxBytes,
                         const Progress &progress = {});
};

} // namespace poddeck
