#pragma once

#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QDateTime>

namespace poddeck {

struct ShareRequest
{
    QString home;
    VersionRef ref;
    QString remote;                        // empty: the only remote
    int expiresSeconds = 7 * 24 * 3600;    // S3 presigned links live at most 7 days
    // An encrypted remote refuses share links (whoever opens one could not decrypt it); with this set, the
    // bundle goes up unencrypted, the one deliberate exception to "the remote holds only ciphertext".
    bool plaintext = false;
};

struct ShareReport
{
    QString url;      // presigned GET (S3) or file:// (folders); `import URL` reads either
    QString id;       // shares/<id>.pod on the remote
    Version version;
    qint64 bytes = 0; // of the bundle
    QDateTime expires; // invalid for folders
};

// Writes a .pod bundle of one version, uploads it to the remote as shares/<id>.pod (multipart when large)
// and returns a link to it. The id is random, so links cannot be guessed from version ids.
Result<ShareReport> shareVersion(const ShareRequest &request, JobContext &context);

// "7d", "12h", "30m", "90s" or plain seconds; InvalidArgument otherwise.
Result<int> parseDuration(const QString &text);

} // namespace poddeck
