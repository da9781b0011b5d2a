#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace poddeck {

// The catalogue's schema: connection settings and the step-by-step migrations that take a database
// from PRAGMA user_version N to N+1, each in its own transaction.
class CatalogueSchema
{
public:
    // The schema this build writes; PRAGMA user_version of an up-to-date catalogue.
    static int latestVersion();

    // Looks at an existing file through a read-only connection, so a file we refuse is never written to:
    // Corrupt when it is no SQLite database or another application's, Unsupported when a newer PodDeck
    // wrote it.
    static Status checkFile(const QString &path);

    // On an open read-write connection: WAL, synchronous=FULL, foreign keys, busy timeout, then the
    // migrations this file still needs. Safe when several processes open a new home at once.
    static Status prepare(const QSqlDatabase &db);
};

} // namespace poddeck
