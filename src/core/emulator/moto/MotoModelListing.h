#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QUrl>
#include <atomic>

namespace poddeck {

// moto's model listing (GET /moto-api/data.json) as resources per service, the adapters' service names:
// every object moto made since its last reset or start, deleted ones too, and none of the objects moto
// makes by itself (default VPCs, AWS-owned AMIs, the default event bus ...). An empty map when moto
// does not serve the listing.
Result<QMap<QString, int>> motoModelCounts(const QUrl &endpoint, const QString &account,
                                           const std::atomic<bool> *cancel = nullptr);

} // namespace poddeck
