#include "app/diff/DiffWindow.h"

#include "app/diff/DiffWidget.h"
#include "app/jobs/JobRunner.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace poddeck {

DiffWindow::DiffWindow(JobRunner *jobs, QWidget *parent)
    : QWidget(parent, Qt::Window), m_jobs(jobs), m_diff(new DiffWidget(this)), m_again(new QPushButton(this))
{
    setObjectName(QStringLiteral("diffWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("Comparison"));
    m_again->setObjectName(QStringLiteral("diffAgainButton"));
    m_again->setText(tr("Compare &Again"));
    m_again->setToolTip(tr("Read both sides again"));
    connect(m_again, &QPushButton::clicked, this, &DiffWindow::compareAgain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("diffCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(900, 620);
}

DiffWindow::~DiffWindow()
{
    if (m_job)
        m_job->cancel(); // its result would be dropped anyway: JobRunner calls back only while we live
}

void DiffWindow::compare(const DiffRequest &request, const AppSettings &settings, const QString &endpoint)
{
    m_request = request;
    m_settings = settings;
    m_endpoint = endpoint;
    compareAgain();
}

void DiffWindow::compareAgain()
{
    if (m_job)
        m_job->cancel();
    const DiffRequest &r = m_request;
    auto side = [this](const StateRef &ref) {
        return ref.live ? tr("the instance at %1").arg(m_endpoint) : ref.version.toString();
    };
    const QString what = tr("%1 → %2").arg(side(r.from), side(r.to));
    setWindowTitle(tr("Compare %1 — PodDeck").arg(what));
    m_diff->showLoading(tr("Comparing %1").arg(what));
    m_again->setEnabled(false);
    m_job = m_jobs->run(
        tr("Comparing %1").arg(what),
        [request = m_request, settings = m_settings, endpoint = m_endpoint](JobContext &c) mutable {
            if (request.from.live || request.to.live)
                request.config = settings.awsConfig(endpoint);
            return runDiff(request, c);
        },
        this, m_latest.wrap([this](Result<DiffOutcome> outcome) {
            m_again->setEnabled(true);
            if (!outcome)
                m_diff->showError(outcome.error().message);
            else
                m_diff->showOutcome(outcome->report, std::move(outcome->tree));
            Q_EMIT compared();
        }));
}

void DiffWindow::closeEvent(QCloseEvent *event)
{
    if (m_job)
        m_job->cancel();
    event->accept();
}

} // namespace poddeck
