#pragma once

#include "aws/AwsConfig.h"
#include "jobs/JobContext.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QStringList>
#include <optional>

namespace poddeck {

// Safety versions (DESIGN.md "Inject order"): before overwrite or reset empties an instance that holds
// anything, its state is committed to pod "autosave", so the user can get it back.
namespace Autosave {

inline const QString Pod = QStringLiteral("autosave");
constexpr int Keep = 10; // the pod keeps its newest versions only

// Commits the instance (only `services` when given) to the autosave pod with a message saying what is
// about to happen (`what`, e.g. "overwrite with shop:3"), through the ordinary commit job; keeps the
// last Keep versions. The instance head stays as it was. An empty instance records nothing (nullopt).
Result<std::optional<Version>> save(const QString &home, const AwsConfig &config, const QString &what,
                                    const QStringList &services, JobContext &context);

// How to get it back: "poddeck-cli inject autosave:N --strategy overwrite" (account-region-merge when
// only some services were saved, so the others stay).
QString restoreCommand(const Version &version, bool partial = false);

} // namespace Autosave

struct ResetReport
{
    std::optional<Version> autosave; // the safety version taken before the reset, if any
};

// resetInstanceJob() (InstanceStatus.h) after an autosave of what is reset (unless `autosave` is false).
Result<ResetReport> resetWithAutosave(const QString &home, const AwsConfig &config, const QStringList &services,
                                      bool autosave, JobContext &context);

} // namespace poddeck
