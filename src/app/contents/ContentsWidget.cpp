#include "app/contents/ContentsWidget.h"

#include "jobs/ContentsLoader.h"
#include "app/contents/ContentsModel.h"
#include "app/jobs/Job.h"
#include "app/jobs/JobRunner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace poddeck {

namespace {

struct SearchResult
{
    QStringList paths;
    ContentsLoader::Levels levels;
};

} // namespace

ContentsWidget::ContentsWidget(JobRunner *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_model(new ContentsModel(jobs, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(this)), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_searchTimer(new QTimer(this)), m_reveal(new QAction(this)), m_copyValue(new QAction(this)),
      m_copyPath(new QAction(this)), m_attachCode(new QAction(this))
{
    setObjectName(QStringLiteral("contentsPane"));
    m_title->setObjectName(QStringLiteral("contentsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Contents"));
    m_title->setMinimumHeight(m_title->sizeHint().height() + 6);

    m_search->setObjectName(QStringLiteral("contentsSearch"));
    m_search->setPlaceholderText(tr("Search resources and attributes"));
    m_search->setAccessibleName(tr("Search the contents"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ContentsWidget::onSearchTextChanged);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ContentsWidget::runSearch);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // names and values (secrets show their mask, so they never match)

    m_view->setObjectName(QStringLiteral("contentsTree"));
    m_view->setAccessibleName(tr("Contents of the selected version"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ContentsModel::NameColumn, 250);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_reveal->setObjectName(QStringLiteral("revealAction"));
    m_reveal->setText(tr("&Reveal Value"));
    // Only on the selected value, while the tree has focus: never window-wide.
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    m_reveal->setProperty("accessibleName", tr("Reveal or hide the selected secret value"));
    connect(m_reveal, &QAction::triggered, this, &ContentsWidget::toggleReveal);
    m_copyValue->setObjectName(QStringLiteral("copyValueAction"));
    m_copyValue->setText(tr("Copy &Value"));
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyValue->setProperty("accessibleName", tr("Copy the selected value"));
    connect(m_copyValue, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        // A masked secret copies as its mask: revealing is a deliberate act.
        const QModelIndex value = current.siblingAtColumn(ContentsModel::ValueColumn);
        QGuiApplication::clipboard()->setText(value.data().toString());
    });
    m_copyPath->setObjectName(QStringLiteral("copyPathAction"));
    m_copyPath->setText(tr("Copy &Path"));
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPath->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyPath->setProperty("accessibleName", tr("Copy the resource path of the selected node"));
    connect(m_copyPath, &QAction::triggered, this, [this] {
        QModelIndex current = m_view->currentIndex();
        while (current.isValid() && current.data(ContentsModel::PathRole).toString().isEmpty())
            current = current.parent();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.data(ContentsModel::PathRole).toString());
    });
    m_attachCode->setObjectName(QStringLiteral("attachCodeAction"));
    m_attachCode->setText(tr("Attach &Code…"));
    m_attachCode->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_attachCode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_attachCode->setProperty("accessibleName", tr("Attach a code zip to the selected Lambda function or layer"));
    connect(m_attachCode, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.data(ContentsModel::MissingCodeRole).toBool())
            Q_EMIT attachCodeRequested(m_model->version(), current.data(ContentsModel::PathRole).toString());
    });
    m_view->addActions({m_reveal, m_copyValue, m_copyPath, m_attachCode});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContentsWidget::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContentsWidget::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContentsWidget::updateActions);
    updateActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
}

void ContentsWidget::showVersion(const QString &home, const std::optional<Version> &version)
{
    m_searchLatest.invalidate(); // a search of the previous version is of no use
    m_searchDone = m_searchLatest.current();
    if (m_searchJob)
        m_searchJob->cancel();
    if (!version) {
        m_title->setText(tr("Contents"));
        m_model->clear();
        return;
    }
    m_title->setText(tr("Contents of %1:%2 (%n resource(s))", nullptr, int(version->resourceCount))
                         .arg(version->pod)
                         .arg(version->number));
    m_model->setVersion(home, *version);
    if (!m_search->text().isEmpty())
        m_searchTimer->start();
}

void ContentsWidget::onSearchTextChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text); // what is loaded filters at once
    if (text.trimmed().isEmpty()) {
        m_searchTimer->stop();
        m_searchLatest.invalidate();
        m_searchDone = m_searchLatest.current();
        if (m_searchJob)
            m_searchJob->cancel();
        return;
    }
    m_searchTimer->start();
}

void ContentsWidget::runSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || m_model->home().isEmpty() || m_model->version().root.isNull())
        return;
    if (m_searchJob) // reading every resource takes a while: the previous search is of no use now
        m_searchJob->cancel();
    m_searchJob = m_jobs->run(
        tr("Searching for “%1”").arg(text),
        [home = m_model->home(), root = m_model->version().root, text](JobContext &c) -> Result<SearchResult> {
            Result<QStringList> paths = ContentsLoader::findPaths(home, root, text, MaxSearchMatches, c);
            if (!paths)
                return paths.error();
            Result<ContentsLoader::Levels> levels = ContentsLoader::loadLevelsAlong(home, root, *paths, c);
            if (!levels)
                return levels.error();
            return SearchResult{*paths, *levels};
        },
        this, m_searchLatest.wrap([this, text](Result<SearchResult> result) {
            m_searchDone = m_searchLatest.current();
            if (!result)
                return;
            m_model->applyLevels(result->levels);
            // Open the way to the first matches.
            int expanded = 0;
            for (const QString &path : std::as_const(result->paths)) {
                if (++expanded > 50)
                    break;
                const QModelIndex match = m_proxy->mapFromSource(m_model->indexForPath(path));
                // A resource found by a value: open it too, so the matching attribute shows.
                if (!match.data().toString().contains(text, Qt::CaseInsensitive))
                    m_view->expand(match);
                QModelIndex index = match.parent();
                while (index.isValid()) {
                    m_view->expand(index);
                    index = index.parent();
                }
            }
        }));
}

void ContentsWidget::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool secret = current.data(ContentsModel::SecretRole).toBool();
    const bool revealed = current.data(ContentsModel::RevealedRole).toBool();
    m_reveal->setEnabled(secret);
    m_reveal->setText(revealed ? tr("&Hide Value") : tr("&Reveal Value"));
    m_copyValue->setEnabled(current.isValid());
    m_copyPath->setEnabled(current.isValid());
    m_attachCode->setEnabled(current.data(ContentsModel::MissingCodeRole).toBool());
}

void ContentsWidget::toggleReveal()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.data(ContentsModel::SecretRole).toBool())
        return;
    m_model->setRevealed(current, !current.data(ContentsModel::RevealedRole).toBool());
}

} // namespace poddeck
