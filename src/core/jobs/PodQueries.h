#pragma once

#include "jobs/JobContext.h"
#include "state/Version.h"
#include "store/Catalogue.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace poddeck {

// Pod queries and edits the GUI and the CLI share, as job functions: each opens its own Catalogue on the
// calling (worker) thread, since a Catalogue belongs to the thread that opened it, and returns plain values.
Result<QList<PodInfo>> loadPods(const QString &home, JobContext &context);
Result<PodInfo> loadPod(const QString &home, const QString &pod, JobContext &context);
Result<QList<Version>> loadVersions(const QString &home, const QString &pod, JobContext &context);

// A change to a pod's description: the fields set replace, labels are added and removed (after `labels`).
struct DescribeRequest
{
    QString home;
    QString pod;
    std::optional<QString> text;
    std::optional<QStringList> labels; // all labels
    QStringList addLabels;
    QStringList removeLabels;          // ignoring case; a label the pod lacks is an error (a typo, probably)
};

// Applies the request after PodDescription's checks and returns the pod as it is now. A request that
// changes nothing leaves the description's edit time alone (so a pull may still bring a newer one).
Result<PodInfo> describePod(const DescribeRequest &request, JobContext &context);

} // namespace poddeck
