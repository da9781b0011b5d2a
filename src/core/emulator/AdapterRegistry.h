#pragma once

#include "emulator/ServiceAdapter.h"

#include <QStringList>
#include <memory>

namespace poddeck {

// The AWS API backend's adapters, one per service, in a fixed order. Adapters are stateless.
QList<std::shared_ptr<ServiceAdapter>> awsApiAdapters();
std::shared_ptr<ServiceAdapter> adapterFor(const QString &service);
QStringList supportedServices();
// The adapters for `services` (empty: all), or an error naming the unknown ones and the known ones.
Result<QList<std::shared_ptr<ServiceAdapter>>> adaptersFor(const QStringList &services);

} // namespace poddeck
