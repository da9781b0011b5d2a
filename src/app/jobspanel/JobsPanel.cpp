#include "app/jobspanel/JobsPanel.h"

#include "app/jobspanel/JobDetailsDialog.h"
#include "app/jobspanel/JobListModel.h"
#include "app/jobspanel/JobProgressDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace poddeck {

JobsPanel::JobsPanel(JobRunner *runner, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent), m_model(new JobListModel(this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("jobsDock"));
    setAccessibleName(tr("Jobs"));
    m_model->setRunner(runner);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("toggleJobsAction"));
    toggle->setText(tr("&Jobs"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    toggle->setShortcutContext(Qt::WindowShortcut);
    toggle->setProperty("accessibleName", tr("Show or hide the jobs of this session"));
    toggle->setToolTip(tr("Show or hide the jobs of this session (%1)")
                           .arg(toggle->shortcut().toString(QKeySequence::NativeText)));

    m_summary->setObjectName(QStringLiteral("jobsSummary"));
    m_clear->setObjectName(QStringLiteral("clearFinishedJobsButton"));
    m_clear->setText(tr("C&lear Finished"));
    m_clear->setAccessibleName(tr("Clear finished jobs"));
    m_clear->setToolTip(tr("Remove the finished jobs from the list"));
    connect(m_clear, &QPushButton::clicked, m_model, &JobListModel::clearFinished);

    m_view->setObjectName(QStringLiteral("jobsTable"));
    m_view->setAccessibleName(tr("Jobs of this session"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new JobProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    // Fixed widths: measuring contents on every progress report would cost more than the report.
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobListModel::StageColumn, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(JobListModel::TitleColumn, 40 * digit);
    m_view->setColumnWidth(JobListModel::ProgressColumn, 16 * digit);
    m_view->setColumnWidth(JobListModel::ItemsColumn, 13 * digit);
    m_view->setColumnWidth(JobListModel::BytesColumn, 10 * digit);
    m_view->setColumnWidth(JobListModel::RateColumn, 11 * digit);
    m_view->setColumnWidth(JobListModel::EtaColumn, 8 * digit);
    m_view->setColumnWidth(JobListModel::ElapsedColumn, 8 * digit);
    m_view->setColumnWidth(JobListModel::StateColumn, 11 * digit);
    m_view->setColumnWidth(JobListModel::ActionColumn, 11 * digit);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(JobListModel::StateRole).toInt() == int(JobRecord::State::Failed))
            showDetails(index.row());
    });

    // One button per row that needs one; the view moves index widgets along with their rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            updateButton(row);
    });
    connect(m_model, &JobListModel::stateChanged, this, &JobsPanel::updateButton);
    connect(m_model, &JobListModel::countsChanged, this, &JobsPanel::updateSummary);
    for (int row = 0; row < m_model->rowCount(); ++row)
        updateButton(row);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("jobsPanel"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    setWidget(content);
    updateSummary();
}

QAction *JobsPanel::toggleAction() const
{
    return toggleViewAction();
}

void JobsPanel::toggle()
{
    if (isVisible() && !visibleRegion().isEmpty()) {
        hide();
        return;
    }
    show();
    raise();
}

void JobsPanel::updateButton(int row)
{
    const QModelIndex index = m_model->index(row, JobListModel::ActionColumn);
    const JobRecord &record = m_model->record(row);
    const quint64 id = record.id;
    QToolButton *button = nullptr;
    if (record.state == JobRecord::State::Running) {
        button = new QToolButton;
        button->setObjectName(QStringLiteral("cancelJobButton"));
        button->setText(tr("Cancel"));
        button->setAccessibleName(tr("Cancel %1").arg(record.title));
        button->setToolTip(tr("Ask this job to stop"));
        connect(button, &QToolButton::clicked, this, [this, id] { m_model->cancel(m_model->rowOfId(id)); });
    } else if (record.state == JobRecord::State::Failed) {
        button = new QToolButton;
        button->setObjectName(QStringLiteral("jobDetailsButton"));
        button->setText(tr("Details…"));
        button->setAccessibleName(tr("Details of the error of %1").arg(record.title));
        button->setToolTip(tr("Show the whole error message"));
        connect(button, &QToolButton::clicked, this, [this, id] { showDetails(m_model->rowOfId(id)); });
    }
    if (button) {
        button->setProperty("jobId", id);
        button->setAutoRaise(true);
    }
    m_view->setIndexWidget(index, button); // deletes the button it replaces
}

void JobsPanel::updateSummary()
{
    const int running = m_model->runningCount(), finished = m_model->finishedCount();
    m_summary->setText(running == 0 && finished == 0
                           ? tr("No jobs yet in this session.")
                           : tr("%n running", nullptr, running) + QStringLiteral(" · ") +
                                 tr("%n finished", nullptr, finished));
    m_clear->setEnabled(finished > 0);
}

void JobsPanel::showDetails(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto *dialog = new JobDetailsDialog(m_model->record(row), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

} // namespace poddeck
