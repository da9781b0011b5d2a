#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>
#include <functional>

namespace poddeck {

// Fetches an http(s) URL (a share link) into a local file, refusing bodies past `maxBytes` (declared or
// streamed), redirects that redirectAllowed() refuses, and downloads that do not finish within an overall
// deadline (a server trickling bytes never trips a per-transfer timeout). Blocks in a local event loop:
// for the CLI and job threads, refused on the GUI thread. Messages name the URL without its query, which
// for a presigned link holds the signature.
class HttpDownload
{
public:
    static constexpr qint64 DefaultMaxBytes = 16ll * 1024 * 1024 * 1024;
    static constexpr int DefaultDeadlineSeconds = 4 * 3600; // 16 GiB at ~1.2 MB/s
    static constexpr const char *DeadlineVariable = "PODDECK_DOWNLOAD_DEADLINE"; // seconds, overrides the default

    enum class HostKind { Other, Loopback, LinkLocal };
    // What `host` is: literal addresses by their range (unspecified counts as loopback), "localhost" and
    // "*.localhost" as loopback, other names by what they resolve to (`resolve`; else Other).
    static HostKind hostKind(const QString &host, bool resolve = true);
    // Whether a download of `link` (what the user gave) may follow a redirect to `target`: never to a
    // loopback or link-local host (this machine, a cloud metadata service) unless `link` was on such a host
    // itself, and never from https to http. `why` says what is wrong.
    static bool redirectAllowed(const QUrl &link, const QUrl &from, const QUrl &target, QString *why = nullptr,
                                bool resolve = true);
    // done, total (-1 when unknown); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static bool isHttpUrl(const QString &text);
    static QString redacted(const QUrl &url); // scheme://host/path, no query, no user info
    // `deadlineSeconds` <= 0: DeadlineVariable, else DefaultDeadlineSeconds.
    static Status toFile(const QUrl &url, const QString &path, qint64 maxBytes = DefaultMaxBytes,
                         const Progress &progress = {}, int deadlineSeconds = 0);
};

} // namespace poddeck
