#include "app/merge/MergeEditorWindow.h"

#include "app/Actions.h"
#include "app/jobs/JobRunner.h"
#include "app/merge/MergeAttributeTable.h"
#include "app/merge/MergeDocument.h"
#include "app/merge/MergeDocumentPane.h"
#include "app/merge/MergeTreeModel.h"
#include "app/merge/MergeValueDialog.h"
#include "jobs/CommitDirectory.h"
#include "jobs/InjectVersion.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace poddeck {

namespace {

constexpr int StatusMs = 10000;

QString versionText(const Version &v)
{
    return QStringLiteral("%1:%2").arg(v.pod).arg(v.number);
}

} // namespace

MergeEditorWindow::MergeEditorWindow(JobRunner *jobs, const QString &home, PreparedMerge merge, QWidget *parent)
    : QMainWindow(parent), m_jobs(jobs), m_home(home), m_live(false), m_versionMerge(std::move(merge)),
      m_model(new MergeTreeModel(this))
{
    m_result = &m_versionMerge.result;
    init();
}

MergeEditorWindow::MergeEditorWindow(JobRunner *jobs, const QString &home, const AppSettings &settings,
                                     const QString &endpoint, LiveMergeRequest request, PreparedLiveMerge merge,
                                     QWidget *parent)
    : QMainWindow(parent), m_jobs(jobs), m_home(home), m_live(true), m_liveMerge(std::move(merge)),
      m_liveRequest(std::move(request)), m_settings(settings), m_endpoint(endpoint), m_model(new MergeTreeModel(this))
{
    m_result = &m_liveMerge.result;
    init();
}

MergeEditorWindow::~MergeEditorWindow()
{
    m_model->setResult(nullptr); // the result goes with this object, before the model does
}

void MergeEditorWindow::init()
{
    setObjectName(QStringLiteral("mergeEditor"));
    m_store = m_live ? m_liveMerge.store : m_versionMerge.store; // what the merge read: core opened it
    if (parentWidget())
        setWindowModality(Qt::WindowModal); // the instance and the pod must not change under the merge
    if (m_live)
        setWindowTitle(tr("Deep Merge of %1 into the Instance — PodDeck").arg(versionText(m_liveMerge.version)));
    else
        setWindowTitle(tr("Merge %1 into %2 — PodDeck")
                           .arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours)));
    createActions();
    createLayout();
    m_model->setResult(m_result);
    // Deep trees of many rows stay collapsed below the type level; small ones open completely.
    if (m_result->rows().size() <= 200)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(3);
    m_tree->resizeColumnToContents(MergeTreeModel::NameColumn);
    updateState();
    resize(1320, 820);
    if (const int first = m_result->nextUnresolved(-1); first >= 0)
        selectConflict(first);
    else if (!m_result->rows().isEmpty())
        showRow(0);
}

void MergeEditorWindow::createActions()
{
    const QString ours = m_live ? tr("the instance") : tr("ours");
    const QString theirs = m_live ? tr("the version") : tr("theirs");
    m_previousAction =
        addWindowAction(this, QStringLiteral("previousConflictAction"), tr("&Previous Conflict"),
                        QKeySequence(Qt::SHIFT | Qt::Key_F8), tr("Go to the previous unsolved conflict"));
    m_previousAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_nextAction = addWindowAction(this, QStringLiteral("nextConflictAction"), tr("&Next Conflict"),
                                   QKeySequence(Qt::Key_F8), tr("Go to the next unsolved conflict"));
    m_nextAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_autoSolveAction =
        addWindowAction(this, QStringLiteral("autoSolveAction"), tr("&Auto-Solve"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                        tr("Resolve what a rule can: lists both sides changed merge as sets"));
    m_takeBaseAction = addWindowAction(this, QStringLiteral("takeBaseAction"), tr("Take &Base"),
                                       QKeySequence(Qt::CTRL | Qt::Key_1),
                                       tr("Take the base for the selected attribute or resource"));
    m_takeOursAction = addWindowAction(this, QStringLiteral("takeOursAction"), tr("Take &Ours"),
                                       QKeySequence(Qt::CTRL | Qt::Key_2),
                                       tr("Take %1 for the selected attribute or resource").arg(ours));
    m_takeTheirsAction = addWindowAction(this, QStringLiteral("takeTheirsAction"), tr("Take &Theirs"),
                                         QKeySequence(Qt::CTRL | Qt::Key_3),
                                         tr("Take %1 for the selected attribute or resource").arg(theirs));
    m_editAction =
        addWindowAction(this, QStringLiteral("editValueAction"), tr("&Edit Value…"), QKeySequence(Qt::Key_F2),
                        tr("Write the merged value of the selected attribute or resource"));
    // Revealing acts on the selected attribute only, and its shortcut only while the table has focus.
    m_revealAction = new QAction(tr("Re&veal Value"), this);
    m_revealAction->setObjectName(QStringLiteral("revealValueAction"));
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    m_revealAction->setProperty("accessibleName", tr("Reveal or hide the selected secret value"));
    m_revealAction->setStatusTip(m_revealAction->property("accessibleName").toString());
    m_applyAction = addWindowAction(this, QStringLiteral("applyAction"),
                                    m_live ? tr("Apply to the &Instance") : tr("&Record Merge"),
                                    QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    m_live ? tr("Apply the merge to the instance and record it")
                                           : tr("Record the merge as a version with two parents"));
    m_applyAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_cancelAction =
        addWindowAction(this, QStringLiteral("cancelAction"), tr("&Cancel"), QKeySequence(Qt::Key_Escape),
                        tr("Close the merge editor without merging"));

    connect(m_nextAction, &QAction::triggered, this, &MergeEditorWindow::nextConflict);
    connect(m_previousAction, &QAction::triggered, this, &MergeEditorWindow::previousConflict);
    connect(m_autoSolveAction, &QAction::triggered, this, &MergeEditorWindow::autoSolve);
    connect(m_takeBaseAction, &QAction::triggered, this, [this] { take(MergeSide::Base); });
    connect(m_takeOursAction, &QAction::triggered, this, [this] { take(MergeSide::Ours); });
    connect(m_takeTheirsAction, &QAction::triggered, this, [this] { take(MergeSide::Theirs); });
    connect(m_editAction, &QAction::triggered, this, &MergeEditorWindow::editValue);
    connect(m_revealAction, &QAction::triggered, this, &MergeEditorWindow::toggleReveal);
    connect(m_applyAction, &QAction::triggered, this, &MergeEditorWindow::apply);
    connect(m_cancelAction, &QAction::triggered, this, &QWidget::close);
}

void MergeEditorWindow::createLayout()
{
    QToolBar *bar = addToolBar(tr("Merge"));
    bar->setObjectName(QStringLiteral("mergeToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {m_previousAction, m_nextAction, m_autoSolveAction, static_cast<QAction *>(nullptr),
                       m_takeBaseAction, m_takeOursAction, m_takeTheirsAction, m_editAction,
                       static_cast<QAction *>(nullptr), m_revealAction}) {
        if (!a) {
            bar->addSeparator();
            continue;
        }
        bar->addAction(a);
        if (QWidget *button = bar->widgetForAction(a))
            button->setAccessibleName(a->property("accessibleName").toString());
    }

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("mergeCentral"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 6);

    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("mergeHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    if (m_live) {
        const QString base = m_liveMerge.head ? tr("the instance head %1").arg(versionText(*m_liveMerge.head))
                                              : m_liveMerge.twoWayReason.isEmpty()
                                                    ? tr("none (the instance has no head version)")
                                                    : tr("none (%1)").arg(m_liveMerge.twoWayReason);
        m_header->setText(tr("Merging %1 (theirs) into the instance at %2 (ours). Base: %3.")
                              .arg(versionText(m_liveMerge.version), m_endpoint, base));
    } else {
        const QString base = m_versionMerge.base ? versionText(*m_versionMerge.base)
                                                 : tr("none (the versions share no ancestor)");
        m_header->setText(tr("Merging %1 (theirs) into %2 (ours). Base: %3.")
                              .arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours), base));
    }
    layout->addWidget(m_header);

    m_twoWayNotice = new QLabel(central);
    m_twoWayNotice->setObjectName(QStringLiteral("twoWayNotice"));
    m_twoWayNotice->setWordWrap(true);
    m_twoWayNotice->setTextFormat(Qt::PlainText);
    // Why the base is empty (no head, or one that no longer applies after a restart), and what stays
    // deleted on the head's word: both change what the result holds without a conflict to show it.
    QStringList notice;
    if (m_live && m_liveMerge.twoWay)
        notice.append(tr("%1: this is a two-way merge, and everything both sides hold differently is a conflict.")
                          .arg(m_liveMerge.twoWayReason.isEmpty() ? tr("The instance has no head version")
                                                                  : m_liveMerge.twoWayReason));
    if (m_live && !m_liveMerge.keptDeleted.isEmpty()) {
        QStringList shown;
        for (const QString &path : std::as_const(m_liveMerge.keptDeleted).mid(0, 10))
            shown.append(ResourcePath::display(path));
        notice.append(tr("%n resource(s) stay deleted because the instance head says they were deleted on the "
                         "instance: %1", nullptr, int(m_liveMerge.keptDeleted.size()))
                          .arg(shown.join(QStringLiteral(", ")) + (m_liveMerge.keptDeleted.size() > 10 ? tr(" …") : QString())));
    }
    m_twoWayNotice->setText(notice.join(QLatin1Char('\n')));
    m_twoWayNotice->setStyleSheet(QStringLiteral("QLabel { background: rgba(240, 192, 32, 70); border: 1px solid "
                                                 "rgba(180, 140, 0, 160); border-radius: 3px; padding: 4px; }"));
    m_twoWayNotice->setVisible(!notice.isEmpty());
    layout->addWidget(m_twoWayNotice);

    m_conflictCount = new QLabel(central);
    m_conflictCount->setObjectName(QStringLiteral("conflictCountLabel"));
    QFont bold = m_conflictCount->font();
    bold.setBold(true);
    m_conflictCount->setFont(bold);
    layout->addWidget(m_conflictCount);

    auto *split = new QSplitter(Qt::Horizontal, central);
    split->setObjectName(QStringLiteral("mergeSplitter"));
    split->setChildrenCollapsible(false);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("mergeTree"));
    m_tree->setAccessibleName(tr("Changed resources"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setIndentation(14); // five levels of grouping before the resource
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(MergeTreeModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_takeBaseAction, m_takeOursAction, m_takeTheirsAction, m_editAction});
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MergeEditorWindow::onTreeSelection);

    auto *right = new QSplitter(Qt::Vertical, split);
    right->setObjectName(QStringLiteral("mergeDetailSplitter"));
    right->setChildrenCollapsible(false);
    auto *panes = new QSplitter(Qt::Horizontal, right);
    panes->setObjectName(QStringLiteral("mergePanes"));
    m_basePane = new MergeDocumentPane(QStringLiteral("basePane"), panes);
    m_oursPane = new MergeDocumentPane(QStringLiteral("oursPane"), panes);
    m_theirsPane = new MergeDocumentPane(QStringLiteral("theirsPane"), panes);
    m_resultPane = new MergeDocumentPane(QStringLiteral("resultPane"), panes);
    m_basePane->setCaption(sideCaption(MergeSide::Base));
    m_oursPane->setCaption(sideCaption(MergeSide::Ours));
    m_theirsPane->setCaption(sideCaption(MergeSide::Theirs));
    m_resultPane->setCaption(tr("Result"));

    auto *attributesBox = new QWidget(right);
    auto *attributesLayout = new QVBoxLayout(attributesBox);
    attributesLayout->setContentsMargins(0, 0, 0, 0);
    attributesLayout->setSpacing(2);
    auto *attributesLabel = new QLabel(tr("Chan&ged attributes:"), attributesBox);
    m_attributes = new MergeAttributeTable(m_live, attributesBox);
    attributesLabel->setBuddy(m_attributes);
    m_attributes->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_attributes->addActions({m_takeBaseAction, m_takeOursAction, m_takeTheirsAction, m_editAction, m_revealAction});
    connect(m_attributes, &QTreeWidget::itemSelectionChanged, this, &MergeEditorWindow::onAttributeSelection);
    connect(m_attributes, &QTreeWidget::itemDoubleClicked, m_editAction, &QAction::trigger);
    attributesLayout->addWidget(attributesLabel);
    attributesLayout->addWidget(m_attributes, 1);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({460, 860});
    right->setSizes({560, 200});
    layout->addWidget(split, 1);

    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #d62728"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *bottom = new QHBoxLayout;
    auto *messageLabel = new QLabel(tr("&Message:"), central);
    m_message = new QLineEdit(central);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setText(m_live ? tr("Deep merge of %1 into the instance").arg(versionText(m_liveMerge.version))
                              : tr("Merge %1 into %2").arg(versionText(m_versionMerge.theirs),
                                                           versionText(m_versionMerge.ours)));
    messageLabel->setBuddy(m_message);
    m_applyButton = new QPushButton(m_applyAction->icon(), m_applyAction->text(), central);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_applyButton->setToolTip(m_applyAction->toolTip());
    m_cancelButton = new QPushButton(tr("Cancel"), central);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_applyButton, &QPushButton::clicked, m_applyAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    bottom->addWidget(messageLabel);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_applyButton);
    bottom->addWidget(m_cancelButton);
    layout->addLayout(bottom);
    setCentralWidget(central);
}

QString MergeEditorWindow::sideCaption(MergeSide side) const
{
    switch (side) {
    case MergeSide::Base:
        if (m_live)
            return m_liveMerge.head ? tr("Base — head %1").arg(versionText(*m_liveMerge.head)) : tr("Base — none");
        return m_versionMerge.base ? tr("Base — %1").arg(versionText(*m_versionMerge.base)) : tr("Base — none");
    case MergeSide::Ours:
        return m_live ? tr("Ours — the instance") : tr("Ours — %1").arg(versionText(m_versionMerge.ours));
    case MergeSide::Theirs:
        return tr("Theirs — %1").arg(versionText(m_live ? m_liveMerge.version : m_versionMerge.theirs));
    }
    return QString();
}

MergeDocumentPane *MergeEditorWindow::pane(MergeSide side) const
{
    switch (side) {
    case MergeSide::Base: return m_basePane;
    case MergeSide::Ours: return m_oursPane;
    case MergeSide::Theirs: return m_theirsPane;
    }
    return nullptr;
}

int MergeEditorWindow::conflictAt(int row, int attribute) const
{
    const QList<MergeConflictRef> &conflicts = m_result->conflicts();
    for (qsizetype i = 0; i < conflicts.size(); ++i)
        if (conflicts[i].row == row && conflicts[i].attribute == attribute)
            return int(i);
    return -1;
}

int MergeEditorWindow::currentAttribute() const
{
    return m_attributes->currentAttribute();
}

int MergeEditorWindow::currentConflict() const
{
    if (m_row < 0)
        return -1;
    const int attribute = currentAttribute();
    return conflictAt(m_row, attribute);
}

// Navigation ---------------------------------------------------------------------------------------------

void MergeEditorWindow::showRow(int row)
{
    const QModelIndex index = m_model->indexForRow(row);
    if (!index.isValid()) {
        m_tree->setCurrentIndex(QModelIndex());
        return;
    }
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void MergeEditorWindow::selectConflict(int conflict)
{
    if (conflict < 0 || conflict >= m_result->conflictCount())
        return;
    const MergeConflictRef ref = m_result->conflicts().at(conflict);
    showRow(ref.row);
    m_navigation = conflict;
    m_attributes->selectAttribute(ref.attribute);
    m_navigation = conflict;
    updateState();
}

void MergeEditorWindow::nextConflict()
{
    const int next = m_result->nextUnresolved(m_navigation);
    if (next < 0) {
        statusBar()->showMessage(tr("No unsolved conflicts left."), StatusMs);
        return;
    }
    selectConflict(next);
}

void MergeEditorWindow::previousConflict()
{
    const int previous = m_result->previousUnresolved(m_navigation < 0 ? 0 : m_navigation);
    if (previous < 0) {
        statusBar()->showMessage(tr("No unsolved conflicts left."), StatusMs);
        return;
    }
    selectConflict(previous);
}

void MergeEditorWindow::onTreeSelection()
{
    const int row = m_tree->currentIndex().data(MergeTreeModel::MergeRowRole).toInt();
    const int shown = m_tree->currentIndex().isValid() ? row : -1;
    if (shown == m_row)
        return;
    m_row = shown;
    m_error->hide();
    // Next/previous go on from the first conflict of the resource the user picked.
    if (m_row >= 0) {
        for (int i = 0; i < m_result->conflictCount(); ++i)
            if (m_result->conflicts().at(i).row == m_row) {
                m_navigation = i - 1;
                break;
            }
        loadRow(m_row);
    }
    m_attributes->clear();
    updatePanes();
    updateState();
}

void MergeEditorWindow::onAttributeSelection()
{
    if (m_fillingAttributes)
        return;
    if (const int c = currentConflict(); c >= 0 && currentAttribute() >= 0)
        m_navigation = c;
    updateState();
}

// Reading ------------------------------------------------------------------------------------------------

const MergeEditorWindow::RowDocuments *MergeEditorWindow::documents(int row) const
{
    auto it = m_documents.constFind(row);
    return it == m_documents.constEnd() ? nullptr : &it.value();
}

bool MergeEditorWindow::isRowLoaded() const
{
    return m_row >= 0 && documents(m_row);
}

void MergeEditorWindow::loadRow(int row)
{
    if (m_documents.contains(row))
        return;
    const MergeRow &r = m_result->rows().at(row);
    if (r.change == MergeChange::BothDifferent || r.conflict != MergeRow::Conflict::None) {
        // Rows changed on both sides or in conflict carry their three resources (absent: empty path).
        RowDocuments docs;
        if (!r.base.isNull())
            docs.base = r.baseResource;
        if (!r.ours.isNull())
            docs.ours = r.oursResource;
        if (!r.theirs.isNull())
            docs.theirs = r.theirsResource;
        m_documents.insert(row, docs);
        return;
    }
    m_jobs->run(
        tr("Reading %1").arg(r.path),
        [store = m_store, base = r.base, ours = r.ours, theirs = r.theirs](JobContext &) -> Result<RowDocuments> {
            if (!store)
                return Error(Error::Code::InvalidArgument, QStringLiteral("the merge came without its store"));
            return readMergeSides(*store, base, ours, theirs);
        },
        this, [this, row](Result<RowDocuments> docs) {
            m_documents.insert(row, docs ? *docs : RowDocuments{{}, {}, {}, docs.error().message});
            if (row == m_row) {
                updatePanes();
                updateState();
            }
        });
}

std::optional<Resource> MergeEditorWindow::resultResource(int row, bool *known) const
{
    *known = false;
    const MergeRow &r = m_result->rows().at(row);
    switch (r.choice) {
    case MergeChoice::Unresolved: return std::nullopt;
    case MergeChoice::Merged:
    case MergeChoice::Edited: {
        // Composed from the row's own resources: no store read.
        if (!m_store)
            return std::nullopt;
        Result<std::optional<Resource>> composed = m_result->resultResource(*m_store, row);
        if (!composed)
            return std::nullopt;
        *known = true;
        return *composed;
    }
    case MergeChoice::Base:
    case MergeChoice::Ours:
    case MergeChoice::Theirs: break;
    }
    const RowDocuments *docs = documents(row);
    if (!docs)
        return std::nullopt;
    const ObjectId &id = r.choice == MergeChoice::Base ? r.base : r.choice == MergeChoice::Ours ? r.ours : r.theirs;
    const std::optional<Resource> &side = r.choice == MergeChoice::Base   ? docs->base
                                          : r.choice == MergeChoice::Ours ? docs->ours
                                                                          : docs->theirs;
    if (!id.isNull() && !side)
        return std::nullopt; // could not be read
    *known = true;
    return side;
}

// Showing ------------------------------------------------------------------------------------------------

void MergeEditorWindow::fillAttributes()
{
    m_fillingAttributes = true;
    m_attributes->showRow(*m_result, m_row, mask(), m_revealed.value(m_row));
    m_fillingAttributes = false;
}

void MergeEditorWindow::updatePanes()
{
    fillAttributes();
    const std::array<MergeDocumentPane *, 4> panes{m_basePane, m_oursPane, m_theirsPane, m_resultPane};
    if (m_row < 0) {
        for (MergeDocumentPane *p : panes)
            p->showDocument(std::nullopt, {}, m_result->rows().isEmpty() ? QString() : tr("Select a resource."));
        return;
    }
    const MergeRow &r = m_result->rows().at(m_row);
    const RowDocuments *docs = documents(m_row);
    if (!docs) {
        for (MergeDocumentPane *p : panes)
            p->showDocument(std::nullopt, {}, tr("Reading…"));
        return;
    }
    const auto view = [](const std::optional<Resource> &res) -> std::optional<QJsonObject> {
        return res ? std::optional<QJsonObject>(MergeDocument::viewDocument(*res)) : std::nullopt;
    };
    const std::optional<QJsonObject> base = view(docs->base), ours = view(docs->ours), theirs = view(docs->theirs);
    bool known = false;
    const std::optional<QJsonObject> result = view(resultResource(m_row, &known));
    const QJsonObject empty;
    const auto changed = [&](const std::optional<QJsonObject> &side) {
        return side ? MergeDocument::changedKeys(base.value_or(empty), *side) : QList<QStringList>();
    };

    MergeDocumentPane::Highlights common;
    if (r.conflict != MergeRow::Conflict::None) {
        // A whole-resource conflict: everything the sides hold is in question.
        (m_result->isResolved(conflictAt(m_row, -1)) ? common.resolved : common.conflicts).append(QStringList());
    }
    for (qsizetype i = 0; i < r.attributes.size(); ++i) {
        const int c = conflictAt(m_row, int(i));
        if (c >= 0)
            (m_result->isResolved(c) ? common.resolved : common.conflicts).append(MergeDocument::keyPath(r.attributes[i]));
    }
    const auto shown = [&](const std::optional<QJsonObject> &doc) -> std::optional<QJsonObject> {
        return doc ? std::optional<QJsonObject>(MergeDocument::masked(mask(), r.path, *doc, m_revealed.value(m_row)))
                   : doc;
    };
    const QString absent = docs->error.isEmpty() ? tr("(absent)") : tr("(cannot be read: %1)").arg(docs->error);

    MergeDocumentPane::Highlights h = common;
    h.changed = changed(ours) + changed(theirs);
    m_basePane->showDocument(shown(base), h, r.base.isNull() ? tr("(absent: not in the base)") : absent);
    h.changed = changed(ours);
    m_oursPane->showDocument(shown(ours), h, r.ours.isNull() ? tr("(absent: ours does not hold it)") : absent);
    h.changed = changed(theirs);
    m_theirsPane->showDocument(shown(theirs), h, r.theirs.isNull() ? tr("(absent: theirs does not hold it)") : absent);
    h.changed = changed(result);
    QString resultAbsent = tr("(absent: the result deletes it)");
    if (r.choice == MergeChoice::Unresolved)
        resultAbsent = tr("(unresolved: take a side or edit the resource)");
    else if (!known)
        resultAbsent = absent;
    m_resultPane->showDocument(shown(result), h, resultAbsent);
    m_resultPane->setCaption(tr("Result — %1").arg(MergeTreeModel::choiceText(r.choice)));
}

const SecretMask &MergeEditorWindow::mask() const
{
    return m_live ? m_liveMerge.mask : m_versionMerge.mask;
}

void MergeEditorWindow::toggleReveal()
{
    const int attribute = m_row >= 0 ? currentAttribute() : -1;
    if (attribute < 0)
        return;
    const MergeRow &r = m_result->rows().at(m_row);
    const MergeAttribute &a = r.attributes.at(attribute);
    const QStringList key = MergeDocument::keyPath(a);
    QList<QStringList> &revealed = m_revealed[m_row];
    if (revealed.contains(key))
        revealed.removeAll(key);
    else if (MergeAttributeTable::holdsSecret(mask(), r, a))
        revealed.append(key);
    updatePanes();
    updateState();
}

void MergeEditorWindow::updateState()
{
    const int total = m_result->conflictCount();
    const int open = m_result->unresolvedCount();
    if (total == 0)
        m_conflictCount->setText(tr("No conflicts: %n changed resource(s) merge cleanly.", nullptr,
                                    int(m_result->rows().size())));
    else if (open > 0)
        m_conflictCount->setText(tr("%1 of %n conflict(s) unresolved", nullptr, total).arg(open));
    else
        m_conflictCount->setText(tr("All %n conflict(s) resolved", nullptr, total));
    m_conflictCount->setStyleSheet(open > 0 ? QStringLiteral("color: #d62728") : QString());

    const bool idle = !m_applying;
    const int attribute = m_row >= 0 ? currentAttribute() : -1;
    const int attributeConflict = attribute >= 0 ? conflictAt(m_row, attribute) : -1;
    const bool canTake = idle && m_row >= 0 && (attribute < 0 || attributeConflict >= 0);
    for (QAction *a : {m_takeBaseAction, m_takeOursAction, m_takeTheirsAction})
        a->setEnabled(canTake);
    bool canEdit = false;
    if (idle && m_row >= 0) {
        if (attribute >= 0)
            canEdit = attributeConflict >= 0 && m_result->rows().at(m_row).attributes.at(attribute).attachment.isEmpty();
        else
            canEdit = isRowLoaded();
    }
    m_editAction->setEnabled(canEdit);
    bool revealed = false, secret = false;
    if (attribute >= 0) {
        const MergeRow &row = m_result->rows().at(m_row);
        revealed = m_revealed.value(m_row).contains(MergeDocument::keyPath(row.attributes.at(attribute)));
        secret = revealed || MergeAttributeTable::holdsSecret(mask(), row, row.attributes.at(attribute));
    }
    m_revealAction->setEnabled(secret);
    m_revealAction->setText(revealed ? tr("&Hide Value") : tr("Re&veal Value"));
    m_nextAction->setEnabled(idle && open > 0);
    m_previousAction->setEnabled(idle && open > 0);
    m_autoSolveAction->setEnabled(idle && open > 0);
    m_applyAction->setEnabled(idle && open == 0);
    m_applyButton->setEnabled(m_applyAction->isEnabled());
    m_cancelAction->setEnabled(idle);
    m_cancelButton->setEnabled(idle);
    m_message->setEnabled(idle);
}

void MergeEditorWindow::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

// Resolving ----------------------------------------------------------------------------------------------

void MergeEditorWindow::resolved(const Status &status)
{
    showError(status ? QString() : status.error().message);
    m_model->refresh();
    updatePanes();
    updateState();
}

void MergeEditorWindow::take(MergeSide side)
{
    if (m_row < 0 || m_applying)
        return;
    const int attribute = currentAttribute();
    const MergeRow &r = m_result->rows().at(m_row);
    Status status;
    if (attribute >= 0) {
        const int c = conflictAt(m_row, attribute);
        if (c < 0) {
            showError(tr("Only conflicting attributes are chosen one by one; select the resource to take a side "
                         "for all of it."));
            return;
        }
        // An attribute's choice counts only while the resource is merged attribute by attribute.
        if (r.choice != MergeChoice::Merged)
            status = m_result->chooseRow(m_row, MergeChoice::Merged);
        if (status)
            status = m_result->resolve(c, side);
    } else if (const int c = conflictAt(m_row, -1); c >= 0) {
        status = m_result->resolve(c, side);
    } else {
        status = m_result->chooseRow(m_row, mergeChoiceFor(side));
    }
    resolved(status);
}

void MergeEditorWindow::autoSolve()
{
    if (m_applying)
        return;
    const int solved = m_result->autoSolve();
    statusBar()->showMessage(solved > 0 ? tr("Auto-solve resolved %n conflict(s).", nullptr, solved)
                                        : tr("Auto-solve found nothing it can resolve: choose by hand."),
                             StatusMs);
    resolved(Status());
}

void MergeEditorWindow::editValue()
{
    if (m_row < 0 || m_applying)
        return;
    const int row = m_row;
    const MergeRow &r = m_result->rows().at(row);
    const int attribute = currentAttribute();
    if (attribute >= 0) {
        const int c = conflictAt(row, attribute);
        const MergeAttribute &a = r.attributes.at(attribute);
        if (c < 0 || !a.attachment.isEmpty()) {
            showError(tr("Only conflicting document attributes can be edited; for attachments take a side."));
            return;
        }
        const QStringList key = MergeDocument::keyPath(a);
        if (!m_revealed.value(row).contains(key) && MergeAttributeTable::holdsSecret(mask(), r, a)) {
            showError(tr("This value is secret: choose Reveal Value (%1) on it first to edit it.")
                          .arg(m_revealAction->shortcut().toString(QKeySequence::NativeText)));
            return;
        }
        auto *dialog = new MergeValueDialog(MergeValueDialog::Kind::Attribute, a.keyText(), a.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, row, c] {
            Status status;
            if (m_result->rows().at(row).choice != MergeChoice::Merged)
                status = m_result->chooseRow(row, MergeChoice::Merged);
            if (status)
                status = m_result->resolveWithValue(c, dialog->value());
            resolved(status);
        });
        dialog->open();
        return;
    }

    const RowDocuments *docs = documents(row);
    if (!docs)
        return;
    bool known = false;
    std::optional<Resource> current = resultResource(row, &known);
    if (!known) // unresolved: start from whichever side still holds it
        current = docs->ours ? docs->ours : docs->theirs;
    const QJsonObject original = current ? current->document : QJsonObject();
    const QJsonObject shown = MergeDocument::masked(mask(), r.path, original, m_revealed.value(row));
    auto *dialog = new MergeValueDialog(MergeValueDialog::Kind::Document, r.path, shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row, current, original] {
        const QJsonValue value = dialog->value();
        if (value.isUndefined()) {
            resolved(m_result->editRow(row, std::nullopt));
            return;
        }
        // Secrets the user did not reveal come back as the mask: keep their real values.
        const QJsonObject document = MergeDocument::unmasked(value.toObject(), original);
        Resource edited;
        edited.path = m_result->rows().at(row).path;
        edited.document = document;
        if (current)
            edited.attachments = current->attachments;
        resolved(m_result->editRow(row, edited));
    });
    dialog->open();
}

// Applying -----------------------------------------------------------------------------------------------

void MergeEditorWindow::apply()
{
    if (m_applying || m_result->unresolvedCount() > 0)
        return;
    m_applying = true;
    showError(QString());
    updateState();
    const QString text = m_message->text().trimmed();
    if (!m_live) {
        statusBar()->showMessage(tr("Recording the merge…"));
        m_jobs->run(
            tr("Recording the merge of %1 into %2")
                .arg(versionText(m_versionMerge.theirs), versionText(m_versionMerge.ours)),
            [home = m_home, merge = m_versionMerge, text](JobContext &c) {
                return recordMerge(home, merge, text, defaultAuthor(), c);
            },
            this, [this](Result<Version> version) {
                m_applying = false;
                statusBar()->clearMessage();
                if (!version) {
                    showError(tr("Recording the merge failed: %1").arg(version.error().message));
                    updateState();
                    return;
                }
                Q_EMIT message(tr("Recorded the merge as %1").arg(versionText(*version)));
                Q_EMIT merged(*version);
                close();
            });
        return;
    }
    statusBar()->showMessage(tr("Applying the merge to the instance…"));
    m_jobs->run(
        tr("Deep-merging %1 into %2").arg(versionText(m_liveMerge.version), m_endpoint),
        [home = m_home, request = m_liveRequest, merge = m_liveMerge, settings = m_settings, endpoint = m_endpoint,
         text](JobContext &c) mutable {
            request.home = home;
            request.config = settings.awsConfig(endpoint);
            Result<LiveMergeReport> r = applyLiveMerge(request, merge, text, defaultAuthor(), false, c);
            // Inject preflight refusal (issue 10): nothing changed; a failure part-way marks the instance.
            if (r && r->refused)
                return Result<LiveMergeReport>(Error(Error::Code::Unsupported, preflightRefusal(r->preflight)));
            if (r && r->applied)
                (void)recordInjectOutcome(request.home, request.config, merge.version, r->apply, r->preflight);
            return r;
        },
        this, [this](Result<LiveMergeReport> report) {
            m_applying = false;
            statusBar()->clearMessage();
            Q_EMIT instanceTouched();
            const Error error = !report ? report.error() : report->apply.error;
            if (error.isError()) {
                showError(tr("Applying the merge failed: %1. The instance may hold part of the merge; check it "
                             "before you try again.")
                              .arg(error.message));
                updateState();
                return;
            }
            if (report->recorded)
                Q_EMIT message(tr("Merged %1 into the instance and recorded %2")
                                   .arg(versionText(m_liveMerge.version), versionText(report->merged)));
            else
                Q_EMIT message(tr("Merged %1 into the instance").arg(versionText(m_liveMerge.version)));
            Q_EMIT merged(report->merged);
            close();
        });
}

void MergeEditorWindow::closeEvent(QCloseEvent *event)
{
    if (m_applying) {
        statusBar()->showMessage(tr("Wait until the merge is applied."), StatusMs);
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace poddeck
