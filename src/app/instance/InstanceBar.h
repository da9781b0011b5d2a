#pragma once

#include "app/jobs/LatestRequest.h"
#include "app/history/VersionMimeData.h"
#include "app/settings/AppSettings.h"
#include "jobs/InstanceStatus.h"

#include <QFrame>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace poddeck {

class JobRunner;
class DriftButton;
class MotoLauncher;

// The top of the window: which instance PodDeck talks to and what it is. An editable endpoint picker
// (recent endpoints kept in QSettings), the detected kind and version, health, running services, the
// instance head and (on request: it reads the whole instance) the resource count. Refreshed by jobs
// calling instanceStatus(). When nothing answers, it says so and offers to start a local moto_server.
// A version dropped on it asks to be injected; a pod dragged from Browse Remote asks to be fetched and injected.
class InstanceBar : public QFrame
{
    Q_OBJECT

public:
    static constexpr int RetryMs = 500;          // while a moto_server we started comes up
    static constexpr int StartupTimeoutMs = 30000;
    // Health, head and (when counting is quick) the resource count are read again this often while the
    // window is active and no job runs.
    static constexpr int AutoRefreshMs = 30000;
    static constexpr int AutoCountLimitMs = 3000; // recount on auto refresh only if counting took less

    InstanceBar(JobRunner *jobs, const QString &home, QWidget *parent = nullptr);
    ~InstanceBar() override;

    QString endpoint() const;
    void setEndpoint(const QString &endpoint);
    void setSettings(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }

    // The last status read, when the instance answered.
    const std::optional<InstanceStatus> &status() const { return m_status; }
    QString problem() const { return m_problem; }
    bool isReachable() const { return m_status.has_value(); }
    MotoLauncher *motoLauncher() const { return m_moto; }
    DriftButton *driftButton() const { return m_drift; }
    // Stops reacting to edits and timers (the window is closing and its JobRunner goes first).
    void shutdown();
    // A seam for tests; 0 turns the automatic refresh off.
    void setAutoRefreshInterval(int ms);

public Q_SLOTS:
    void refresh();
    void countResources();
    void startLocalMoto();

Q_SIGNALS:
    void endpointChanged(const QString &endpoint);
    // After every refresh; `head` is unset when the instance has none (or nothing answers).
    void statusChanged();
    void injectRequested(const poddeck::VersionMimeData::Ref &ref);
    void remotePodDropped(const QString &remote, const QString &pod);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onEndpointEdited();
    void runStatus(bool count, bool quiet = false); // quiet: keep showing the last count meanwhile
    void showStatus();
    void showProblem(const QString &message);
    void fillEndpoints();
    void autoRefresh();

    JobRunner *m_jobs;
    QString m_home;
    AppSettings m_settings;
    MotoLauncher *m_moto;
    QComboBox *m_endpoint;
    QToolButton *m_refresh;
    QLabel *m_kind;
    QLabel *m_health;
    QLabel *m_services;
    QLabel *m_head;
    QLabel *m_resources;
    QToolButton *m_count;
    DriftButton *m_drift;
    QLabel *m_message;
    QPushButton *m_startMoto;
    QTimer *m_retry;
    QTimer *m_autoRefresh;
    bool m_statusRunning = false;
    qint64 m_lastCountMs = -1; // how long the last count took
    bool m_countedOnce = false; // the first answer of an endpoint is followed by a quiet count
    LatestRequest m_latest; // status answers: the newest request wins
    qint64 m_waitingForMotoSince = -1; // ms since epoch, while a started moto_server comes up
    std::optional<InstanceStatus> m_status;
    QString m_problem;
};

} // namespace poddeck
