#pragma once

#include "app/jobs/LatestRequest.h"
#include "aws/AwsConfig.h"
#include "jobs/InstanceDrift.h"
#include "jobs/VersionRef.h"

#include <QToolButton>
#include <optional>

namespace poddeck {

class JobRunner;

// The instance bar's "in sync with shop:3" / "4 changes since shop:3" / "unknown": how far the instance
// moved from its head, computed in a job (instanceDrift) after each status refresh. A click opens the
// diff window on head → live, or, when the head is too big to check on every refresh, checks once.
class DriftButton : public QToolButton
{
    Q_OBJECT

public:
    DriftButton(JobRunner *jobs, const QString &home, QWidget *parent = nullptr);

    // A check taking longer than this is not repeated by the automatic refresh (`automatic`): the button
    // then says the count is unknown until clicked, so a timer never keeps reading a big instance.
    static constexpr qint64 AutoCheckLimitMs = 3000;

    // Checks again (unless a check runs); `force` also for a head above AutoDriftLimit.
    void check(const AwsConfig &config, bool force = false, bool automatic = false);
    // Nothing to show (no instance, no head).
    void clear();
    const std::optional<InstanceDrift> &drift() const { return m_drift; }

Q_SIGNALS:
    void compareRequested(const poddeck::VersionRef &head);

private:
    void show(const InstanceDrift &drift);
    void onClicked();

    JobRunner *m_jobs;
    QString m_home;
    AwsConfig m_config;
    std::optional<InstanceDrift> m_drift;
    LatestRequest m_latest; // status answers: the newest request wins
    bool m_running = false;
    qint64 m_lastMs = -1; // how long the last check took
};

} // namespace poddeck
