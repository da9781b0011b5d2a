#pragma once

#include "state/ObjectId.h"
#include "store/PodDescription.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace poddeck {

// One pod as the catalogue lists it: a value type views hold without including the catalogue.
struct PodInfo
{
    QString name;
    int versionCount = 0;
    QDateTime lastChange; // newest `created` among its versions; the pod's own `created` when it has none
    QStringList services; // union of its versions' services, sorted
    qint64 bytes = 0;     // of the newest version (highest number)
    ObjectId newest;      // null when the pod has no versions
    QDateTime created;
    PodDescription description;
};

} // namespace poddeck
