#include "app/instance/InstanceBar.h"

#include "app/ItemFormat.h"
#include "app/instance/DriftButton.h"
#include "app/instance/MotoLauncher.h"
#include "app/jobs/JobRunner.h"
#include "app/remotes/RemotePodMimeData.h"
#include "jobs/InstanceConfig.h"

#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace poddeck {

namespace {

QLabel *makeLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString defaultEndpoint()
{
    const QString env = qEnvironmentVariable("AWS_ENDPOINT_URL");
    return env.isEmpty() ? QStringLiteral("http://localhost:4566") : env;
}

} // namespace

InstanceBar::InstanceBar(JobRunner *jobs, const QString &home, QWidget *parent)
    : QFrame(parent), m_jobs(jobs), m_home(home), m_moto(new MotoLauncher(this)), m_endpoint(new QComboBox(this)),
      m_refresh(new QToolButton(this)), m_kind(makeLabel(QStringLiteral("instanceKind"), this)),
      m_health(makeLabel(QStringLiteral("instanceHealth"), this)),
      m_services(makeLabel(QStringLiteral("instanceServices"), this)),
      m_head(makeLabel(QStringLiteral("instanceHead"), this)),
      m_resources(makeLabel(QStringLiteral("instanceResources"), this)), m_count(new QToolButton(this)),
      m_drift(new DriftButton(jobs, home, this)), m_message(makeLabel(QStringLiteral("instanceMessage"), this)), m_startMoto(new QPushButton(this)),
      m_retry(new QTimer(this)), m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("instanceBar"));
    setAccessibleName(tr("Instance"));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setToolTip(tr("Drop a version here to inject it into this instance"));

    auto *caption = new QLabel(tr("&Instance:"), this);
    caption->setBuddy(m_endpoint);
    m_endpoint->setObjectName(QStringLiteral("endpointCombo"));
    m_endpoint->setEditable(true);
    m_endpoint->setInsertPolicy(QComboBox::NoInsert);
    m_endpoint->setMinimumContentsLength(24);
    m_endpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endpoint->setAccessibleName(tr("Instance endpoint"));
    m_endpoint->setToolTip(tr("The emulator endpoint PodDeck commits from and injects into"));
    connect(m_endpoint->lineEdit(), &QLineEdit::editingFinished, this, &InstanceBar::onEndpointEdited);
    connect(m_endpoint, &QComboBox::activated, this, &InstanceBar::onEndpointEdited);

    m_refresh->setObjectName(QStringLiteral("refreshInstanceButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);
    m_refresh->setToolTip(tr("Check the instance again"));
    m_refresh->setAccessibleName(tr("Check the instance again"));
    connect(m_refresh, &QToolButton::clicked, this, &InstanceBar::refresh);

    m_count->setObjectName(QStringLiteral("countResourcesButton"));
    m_count->setText(tr("Count"));
    m_count->setToolTip(tr("Count the instance's resources (reads the whole instance)"));
    m_count->setAccessibleName(tr("Count resources"));
    connect(m_count, &QToolButton::clicked, this, &InstanceBar::countResources);

    m_startMoto->setObjectName(QStringLiteral("startMotoButton"));
    m_startMoto->setText(tr("Start a local moto_server"));
    m_startMoto->setAccessibleName(tr("Start a local moto_server"));
    m_startMoto->setToolTip(tr("Runs moto_server on a free port of 127.0.0.1 until PodDeck quits"));
    connect(m_startMoto, &QPushButton::clicked, this, &InstanceBar::startLocalMoto);
    // Wraps rather than widening the window past the screen (a long "nothing answers" sentence).
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_services->setMaximumWidth(260);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(caption);
    layout->addWidget(m_endpoint);
    layout->addWidget(m_refresh);
    layout->addSpacing(8);
    layout->addWidget(m_kind);
    layout->addWidget(m_health);
    layout->addWidget(m_services);
    layout->addWidget(m_head);
    layout->addWidget(m_resources);
    layout->addWidget(m_count);
    layout->addWidget(m_drift);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_startMoto);
    layout->addStretch(0);

    m_retry->setSingleShot(true);
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &InstanceBar::refresh);
    m_autoRefresh->setInterval(AutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, &InstanceBar::autoRefresh);
    m_autoRefresh->start();
    connect(m_moto, &MotoLauncher::listening, this, [this](const QString &endpoint) { setEndpoint(endpoint); });
    connect(m_moto, &MotoLauncher::finished, this, [this](const QString &message) {
        m_waitingForMotoSince = -1;
        showProblem(message);
    });

    m_settings = AppSettings::load();
    fillEndpoints();
    showProblem(QString());
    m_message->setText(tr("Checking…"));
}

InstanceBar::~InstanceBar()
{
    shutdown();
}

void InstanceBar::shutdown()
{
    // A focused endpoint field says editingFinished when the window closes: that must not start a job.
    disconnect(m_endpoint->lineEdit(), nullptr, this, nullptr);
    disconnect(m_endpoint, nullptr, this, nullptr);
    m_retry->stop();
    m_autoRefresh->stop();
}

void InstanceBar::setAutoRefreshInterval(int ms)
{
    m_autoRefresh->stop();
    if (ms <= 0)
        return;
    m_autoRefresh->setInterval(ms);
    m_autoRefresh->start();
}

void InstanceBar::autoRefresh()
{
    // Only for someone looking, and never beside other work: a commit or inject reads and writes the
    // instance, and a status read in between would show a state halfway through. The runner does not
    // say which jobs touch the instance, so any job holds the refresh back until the next tick.
    if (!window()->isActiveWindow() || !m_jobs->isIdle() || m_statusRunning || m_retry->isActive())
        return;
    const bool recount = m_status && !m_status->resourceCounts.isEmpty() && m_lastCountMs >= 0 &&
                         m_lastCountMs < AutoCountLimitMs;
    runStatus(recount, true);
}

void InstanceBar::fillEndpoints()
{
    const QString current = m_settings.currentEndpoint.isEmpty() ? defaultEndpoint() : m_settings.currentEndpoint;
    QStringList items = m_settings.endpoints;
    if (!items.contains(current))
        items.prepend(current);
    const QSignalBlocker block(m_endpoint);
    m_endpoint->clear();
    m_endpoint->addItems(items);
    m_endpoint->setCurrentText(current);
}

QString InstanceBar::endpoint() const
{
    return m_endpoint->currentText().trimmed();
}

void InstanceBar::setEndpoint(const QString &endpoint)
{
    m_endpoint->setCurrentText(endpoint);
    onEndpointEdited();
}

void InstanceBar::setSettings(const AppSettings &settings)
{
    const QString before = endpoint();
    m_settings = settings;
    if (!m_settings.currentEndpoint.isEmpty() || before.isEmpty())
        m_settings.currentEndpoint = m_settings.currentEndpoint.isEmpty() ? before : m_settings.currentEndpoint;
    fillEndpoints();
    refresh();
}

void InstanceBar::onEndpointEdited()
{
    const QString e = endpoint();
    if (e.isEmpty() || e == m_settings.currentEndpoint)
        return;
    m_settings.remember(e);
    m_settings.save();
    fillEndpoints();
    m_countedOnce = false;
    m_drift->clear();
    Q_EMIT endpointChanged(e);
    refresh();
}

void InstanceBar::refresh()
{
    runStatus(false);
}

void InstanceBar::countResources()
{
    runStatus(true);
}

void InstanceBar::runStatus(bool count, bool quiet)
{
    m_retry->stop();
    const QString e = endpoint();
    m_refresh->setEnabled(false);
    m_statusRunning = true;
    QElapsedTimer started;
    started.start();
    if (count && !quiet) {
        m_count->setEnabled(false);
        m_resources->setText(tr("Counting…"));
    }
    m_jobs->run(
        count ? tr("Counting the resources of %1").arg(e) : tr("Checking %1").arg(e),
        [home = m_home, settings = m_settings, e, count](JobContext &c) {
            return instanceStatus(home, settings.awsConfig(e), count, c);
        },
        this, m_latest.wrap([this, count, quiet, started](Result<InstanceStatus> status) {
            m_statusRunning = false;
            if (count)
                m_lastCountMs = status ? started.elapsed() : -1;
            m_refresh->setEnabled(true);
            m_count->setEnabled(true);
            if (!status) {
                m_status.reset();
                const bool waiting = m_waitingForMotoSince >= 0 &&
                                     QDateTime::currentMSecsSinceEpoch() - m_waitingForMotoSince < StartupTimeoutMs &&
                                     m_moto->isRunning();
                if (waiting) {
                    m_message->setText(tr("Starting moto_server…"));
                    m_retry->start();
                    return;
                }
                m_waitingForMotoSince = -1;
                showProblem(status.error().message);
                Q_EMIT statusChanged();
                return;
            }
            m_waitingForMotoSince = -1;
            const QMap<QString, int> previousCounts = m_status ? m_status->resourceCounts : QMap<QString, int>();
            m_status = std::move(*status);
            if (!count && m_status->resourceCounts.isEmpty())
                m_status->resourceCounts = previousCounts; // keep the last count until asked again
            m_problem.clear();
            showStatus();
            Q_EMIT statusChanged();
            if (m_status->head)
                m_drift->check(m_settings.awsConfig(endpoint()), false, quiet);
            else
                m_drift->clear();
            // Resources are counted without a click while counting is quick (a small instance).
            if (!count && !m_countedOnce) {
                m_countedOnce = true;
                runStatus(true, true);
            }
        }));
}

void InstanceBar::showStatus()
{
    const EmulatorInfo &info = m_status->emulator;
    m_kind->setText(info.version.isEmpty() ? info.kindName() : tr("%1 %2").arg(info.kindName(), info.version));
    m_kind->setToolTip(info.notice);
    m_health->setText(info.healthy ? tr("● healthy") : tr("● unhealthy"));
    m_health->setStyleSheet(info.healthy ? QStringLiteral("color: #2ca02c") : QStringLiteral("color: #d62728"));
    m_services->setText(fontMetrics().elidedText(ItemFormat::services(info.services), Qt::ElideRight, 250));
    m_services->setToolTip(info.services.join(QLatin1Char('\n')));
    if (m_status->head && m_status->head->modified) // an inject failed part-way: the head no longer describes it
        m_head->setText(tr("Head: modified (%1)").arg(m_status->head->note));
    else if (m_status->head)
        m_head->setText(m_status->headApplies
                            ? tr("Head: %1:%2").arg(m_status->head->pod).arg(m_status->head->number)
                            : tr("Head: %1:%2 (no longer applies)").arg(m_status->head->pod).arg(m_status->head->number));
    else
        m_head->setText(tr("Head: none"));
    // A head from an earlier life of the emulator: deep merges run two-way until the next commit or inject.
    m_head->setStyleSheet(m_status->head && !m_status->headApplies ? QStringLiteral("color: #d62728") : QString());
    QString headTip = m_status->head ? m_status->head->version.toHex()
                                     : tr("Nothing was committed from or injected into this instance yet");
    if (!m_status->headNote.isEmpty())
        headTip += QLatin1Char('\n') + m_status->headNote;
    m_head->setToolTip(headTip);
    if (m_status->resourceCounts.isEmpty()) {
        m_resources->setText(tr("Resources: ?"));
        m_resources->setToolTip(tr("Press Count to read the whole instance"));
    } else {
        int total = 0;
        QStringList lines;
        for (auto it = m_status->resourceCounts.cbegin(); it != m_status->resourceCounts.cend(); ++it) {
            total += it.value();
            lines.append(tr("%1: %2").arg(it.key()).arg(it.value()));
        }
        m_resources->setText(tr("%n resource(s)", nullptr, total));
        m_resources->setToolTip(lines.join(QLatin1Char('\n')));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_health),
                       static_cast<QWidget *>(m_services), static_cast<QWidget *>(m_head),
                       static_cast<QWidget *>(m_resources), static_cast<QWidget *>(m_count)})
        w->show();
    m_services->setVisible(!info.services.isEmpty()); // moto does not list its services
    m_message->setText(info.notice);
    m_startMoto->hide();
}

void InstanceBar::showProblem(const QString &message)
{
    m_problem = message;
    m_drift->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_health),
                       static_cast<QWidget *>(m_services), static_cast<QWidget *>(m_head),
                       static_cast<QWidget *>(m_resources), static_cast<QWidget *>(m_count)})
        w->hide();
    if (message.isEmpty()) {
        m_message->clear();
        m_startMoto->hide();
        return;
    }
    m_message->setText(tr("Nothing answers at %1. Start LocalStack or moto there, pick another endpoint, or "
                          "start a local moto_server.")
                           .arg(endpoint()));
    m_message->setToolTip(message);
    m_startMoto->setVisible(!m_moto->isRunning());
}

void InstanceBar::startLocalMoto()
{
    const QString error = m_moto->start();
    if (!error.isEmpty()) {
        showProblem(error);
        m_message->setText(error);
        return;
    }
    m_startMoto->hide();
    m_waitingForMotoSince = QDateTime::currentMSecsSinceEpoch();
    m_message->setText(tr("Starting moto_server…"));
}

void InstanceBar::dragEnterEvent(QDragEnterEvent *event)
{
    if (VersionMimeData::decode(event->mimeData()) || RemotePodMimeData::decode(event->mimeData()))
        event->acceptProposedAction();
}

void InstanceBar::dragMoveEvent(QDragMoveEvent *event)
{
    if (VersionMimeData::decode(event->mimeData()) || RemotePodMimeData::decode(event->mimeData()))
        event->acceptProposedAction();
}

void InstanceBar::dropEvent(QDropEvent *event)
{
    if (const std::optional<RemotePodMimeData::Ref> pod = RemotePodMimeData::decode(event->mimeData())) {
        event->acceptProposedAction();
        Q_EMIT remotePodDropped(pod->remote, pod->pod);
        return;
    }
    const std::optional<VersionMimeData::Ref> ref = VersionMimeData::decode(event->mimeData());
    if (!ref)
        return;
    event->acceptProposedAction();
    Q_EMIT injectRequested(*ref);
}

} // namespace poddeck
