#pragma once

#include "jobs/JobContext.h"
#include "jobs/VersionRef.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>

namespace poddeck {

class Remote;

struct ShareRequest
{
    QString home;
    VersionRef ref;
    QString remote;                        // empty: the only remote
    int expiresSeconds = DefaultExpiresSeconds; // at most 7 days (S3 presigned links live no longer)
    // On an encrypted remote the bundle is sealed under a fresh key that only the link's #fragment carries
    // (ShareCipher). With this set, it goes up unencrypted instead: the one deliberate exception to "the
    // remote holds only ciphertext", for recipients whose PodDeck predates encrypted shares.
    bool plaintext = false;

    static constexpr int DefaultExpiresSeconds = 24 * 3600;
};

struct ShareReport
{
    QString url;       // presigned GET (S3) or file:// (folders), with #key=... when encrypted; `import URL` reads either
    QString id;        // shares/<id>.pod on the remote
    Version version;
    qint64 bytes = 0;  // of the bundle
    QDateTime expires; // when the link stops working and `gc --remote` may delete the bundle
    bool encrypted = false;
    QStringList notes; // e.g. why the storage will not delete the bundle by itself
};

// A share's id holds its expiry: "<Unix seconds>-<32 random hex digits>". Ids from before (32 hex digits)
// expire MaxLegacyAge after they were written, when the longest link they could have had is dead.
QString newShareId(const QDateTime &expires);
QDateTime shareExpiry(const QString &id, const QDateTime &modified);

struct ShareGcReport
{
    int kept = 0;
    QStringList removed; // ids
    qint64 removedBytes = 0;
};

// Deletes every share on the remote whose link expired (part of `gc --remote`).
Result<ShareGcReport> removeExpiredShares(Remote &remote, const QDateTime &now, JobContext &context);

// Writes a .pod bundle of one version, uploads it to the remote as shares/<id>.pod (multipart when large)
// and returns a link to it. The id is random, so links cannot be guessed from version ids.
Result<ShareReport> shareVersion(const ShareRequest &request, JobContext &context);

// "7d", "12h", "30m", "90s" or plain seconds; InvalidArgument otherwise.
Result<int> parseDuration(const QString &text);

} // namespace poddeck
