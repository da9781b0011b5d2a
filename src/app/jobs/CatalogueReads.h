#pragma once

#include "jobs/JobContext.h"
#include "state/Version.h"
#include "store/Catalogue.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace poddeck {

// Read-only catalogue queries as job functions: each opens its own Catalogue on the calling (worker)
// thread, since a Catalogue belongs to the thread that opened it, and returns plain values the GUI
// thread can keep. Candidates for the core's jobs layer once the CLI wants them too.
Result<QList<PodInfo>> loadPods(const QString &home, JobContext &context);
Result<QList<Version>> loadVersions(const QString &home, const QString &pod, JobContext &context);

} // namespace poddeck
