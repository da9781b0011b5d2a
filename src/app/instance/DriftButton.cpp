#include "app/instance/DriftButton.h"

#include "app/jobs/JobRunner.h"

#include <QElapsedTimer>

namespace poddeck {

DriftButton::DriftButton(JobRunner *jobs, const QString &home, QWidget *parent)
    : QToolButton(parent), m_jobs(jobs), m_home(home)
{
    setObjectName(QStringLiteral("instanceDrift"));
    setAutoRaise(true);
    setAccessibleName(tr("Changes since the instance head"));
    connect(this, &QToolButton::clicked, this, &DriftButton::onClicked);
    hide();
}

void DriftButton::clear()
{
    m_latest.invalidate(); // an answer still on its way is moot
    m_running = false;
    m_drift.reset();
    hide();
}

void DriftButton::check(const AwsConfig &config, bool force, bool automatic)
{
    if (m_running)
        return;
    m_config = config;
    if (automatic && m_lastMs > AutoCheckLimitMs && m_drift) {
        InstanceDrift unknown = *m_drift;
        unknown.state = InstanceDrift::State::Unknown;
        unknown.why = tr("the last check took %1 s").arg(m_lastMs / 1000.0, 0, 'f', 1);
        show(unknown);
        m_drift = unknown;
        return;
    }
    m_running = true;
    QElapsedTimer started;
    started.start();
    if (!m_drift || force) {
        setText(tr("Checking changes…"));
        setToolTip(QString());
        QToolButton::show();
    }
    m_jobs->run(
        tr("Comparing the instance with its head"),
        [home = m_home, config, force](JobContext &c) { return instanceDrift(home, config, force, c); }, this,
        m_latest.wrap([this, started](Result<InstanceDrift> drift) {
            m_running = false;
            m_lastMs = started.elapsed();
            if (!drift) {
                m_drift.reset();
                setText(tr("Changes: unknown"));
                setToolTip(tr("Could not compare the instance with its head: %1").arg(drift.error().message));
                QToolButton::show();
                return;
            }
            m_drift = *drift;
            show(*drift);
        }));
}

void DriftButton::show(const InstanceDrift &drift)
{
    const QString head = QStringLiteral("%1:%2").arg(drift.head.pod).arg(drift.head.number);
    setStyleSheet(QString());
    switch (drift.state) {
    case InstanceDrift::State::NoHead:
        hide();
        return;
    case InstanceDrift::State::InSync:
        setText(tr("✓ in sync with %1").arg(head));
        setToolTip(tr("The instance holds exactly %1 (SQS messages are not compared). Click to compare.").arg(head));
        break;
    case InstanceDrift::State::Changed:
        setText(tr("%n change(s) since %1", nullptr, drift.changes()).arg(head));
        setToolTip(tr("%1 added, %2 removed, %3 modified since %4 (SQS messages are not compared). Click to see them.")
                       .arg(drift.added).arg(drift.removed).arg(drift.modified).arg(head));
        setStyleSheet(QStringLiteral("color: #b35c00"));
        break;
    case InstanceDrift::State::Unknown:
        setText(tr("Changes since %1: unknown").arg(head));
        setToolTip(tr("Not checked automatically: %1. Click to check now.").arg(drift.why));
        break;
    }
    QToolButton::show();
}

void DriftButton::onClicked()
{
    if (!m_drift || m_drift->state == InstanceDrift::State::Unknown) {
        check(m_config, true);
        return;
    }
    if (m_drift->state != InstanceDrift::State::NoHead)
        Q_EMIT compareRequested(VersionRef{m_drift->head.pod, m_drift->head.number});
}

} // namespace poddeck
