#pragma once

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

    // Checks again (unless a check runs); `force` also for a head above AutoDriftLimit.
    void check(const AwsConfig &config, bool force = false);
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
    int m_request = 0;
    bool m_running = false;
};

} // namespace poddeck
