#include "app/merge/MergeEditorWindow.h"

#include "app/merge/MergeAttributeTable.h"
#include "app/merge/MergeDocument.h"
#include "app/merge/MergeDocumentLoader.h"
#include "app/merge/MergeDocumentPane.h"
#include "app/merge/MergeTreeModel.h"

#include "ui_MergeEditorWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QStatusBar>

#include <array>

namespace poddeck {

QString MergeEditorWindow::versionText(const Version &v)
{
    return QStringLiteral("%1:%2").arg(v.pod).arg(v.number);
}

MergeEditorWindow::MergeEditorWindow(JobRunner *jobs, const QString &home, PreparedMerge merge, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MergeEditorWindow>()), m_jobs(jobs), m_home(home), m_live(false), m_versionMerge(std::move(merge)),
      m_model(new MergeTreeModel(this))
{
    m_result = &m_versionMerge.result;
    init();
}

MergeEditorWindow::MergeEditorWindow(JobRunner *jobs, const QString &home, const AppSettings &settings,
                                     const QString &endpoint, LiveMergeRequest request, PreparedLiveMerge merge,
                                     QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MergeEditorWindow>()), m_jobs(jobs), m_home(home), m_live(true), m_liveMerge(std::move(merge)),
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
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mergeEditor"));
    // What the merge read (core opened it): the rows' resources are read there.
    m_loader = new MergeDocumentLoader(m_jobs, m_result, m_live ? m_liveMerge.store : m_versionMerge.store, this);
    connect(m_loader, &MergeDocumentLoader::loaded, this, [this](int row) {
        if (row == m_row) {
            updatePanes();
            updateState();
        }
    });
    if (parentWidget())
        setWindowModality(Qt::WindowModal); // the instance and the pod must not change under the merge
    createActions();
    setupLayout();
    m_model->setResult(m_result);
    // Deep trees of many rows stay collapsed below the type level; small ones open completely.
    if (m_result->rows().size() <= 200)
        m_ui->mergeTree->expandAll();
    else
        m_ui->mergeTree->expandToDepth(3);
    m_ui->mergeTree->resizeColumnToContents(MergeTreeModel::NameColumn);
    updateState();
    if (const int first = m_result->nextUnresolved(-1); first >= 0)
        selectConflict(first);
    else if (!m_result->rows().isEmpty())
        showRow(0);
}

void MergeEditorWindow::setupLayout()
{
    // The layout is ui/MergeEditorWindow.ui; here the actions, the model and what depends on the mode.
    for (QAction *a : {m_previousAction, m_nextAction, m_autoSolveAction, static_cast<QAction *>(nullptr),
                       m_takeBaseAction, m_takeOursAction, m_takeTheirsAction, m_editAction,
                       static_cast<QAction *>(nullptr), m_revealAction}) {
        if (!a) {
            m_ui->mergeToolBar->addSeparator();
            continue;
        }
        m_ui->mergeToolBar->addAction(a);
        if (QWidget *button = m_ui->mergeToolBar->widgetForAction(a))
            button->setAccessibleName(a->property("accessibleName").toString());
    }

    setWindowTitle(modeTitle());
    m_ui->mergeHeader->setText(modeHeader());
    const QString notice = modeNotice();
    m_ui->twoWayNotice->setText(notice);
    m_ui->twoWayNotice->setVisible(!notice.isEmpty());

    QTreeView *tree = m_ui->mergeTree;
    tree->setModel(m_model);
    tree->header()->setSectionResizeMode(MergeTreeModel::ChangeColumn, QHeaderView::ResizeToContents);
    tree->addActions({m_takeBaseAction, m_takeOursAction, m_takeTheirsAction, m_editAction});
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MergeEditorWindow::onTreeSelection);

    m_ui->basePane->setCaption(sideCaption(MergeSide::Base));
    m_ui->oursPane->setCaption(sideCaption(MergeSide::Ours));
    m_ui->theirsPane->setCaption(sideCaption(MergeSide::Theirs));
    m_ui->resultPane->setCaption(tr("Result"));

    MergeAttributeTable *attributes = m_ui->attributeTable;
    attributes->setLive(m_live);
    attributes->addActions({m_takeBaseAction, m_takeOursAction, m_takeTheirsAction, m_editAction, m_revealAction});
    connect(attributes, &QTreeWidget::itemSelectionChanged, this, &MergeEditorWindow::onAttributeSelection);
    connect(attributes, &QTreeWidget::itemDoubleClicked, m_editAction, &QAction::trigger);
    m_ui->mergeDetailSplitter->setStretchFactor(0, 3);
    m_ui->mergeDetailSplitter->setStretchFactor(1, 1);
    m_ui->mergeSplitter->setStretchFactor(0, 1);
    m_ui->mergeSplitter->setStretchFactor(1, 3);
    m_ui->mergeSplitter->setSizes({460, 860});
    m_ui->mergeDetailSplitter->setSizes({560, 200});
    m_ui->mergeError->hide();

    m_ui->messageEdit->setText(modeMessage());
    m_ui->applyButton->setIcon(m_applyAction->icon());
    m_ui->applyButton->setText(m_applyAction->text());
    m_ui->applyButton->setToolTip(m_applyAction->toolTip());
    connect(m_ui->applyButton, &QPushButton::clicked, m_applyAction, &QAction::trigger);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
}

MergeDocumentPane *MergeEditorWindow::pane(MergeSide side) const
{
    switch (side) {
    case MergeSide::Base: return m_ui->basePane;
    case MergeSide::Ours: return m_ui->oursPane;
    case MergeSide::Theirs: return m_ui->theirsPane;
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
    return m_ui->attributeTable->currentAttribute();
}

int MergeEditorWindow::currentConflict() const
{
    if (m_row < 0)
        return -1;
    const int attribute = currentAttribute();
    return conflictAt(m_row, attribute);
}

MergeDocumentPane *MergeEditorWindow::resultPane() const
{
    return m_ui->resultPane;
}

bool MergeEditorWindow::isRowLoaded() const
{
    return m_row >= 0 && m_loader->documents(m_row);
}

// Navigation ---------------------------------------------------------------------------------------------

void MergeEditorWindow::showRow(int row)
{
    const QModelIndex index = m_model->indexForRow(row);
    if (!index.isValid()) {
        m_ui->mergeTree->setCurrentIndex(QModelIndex());
        return;
    }
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_ui->mergeTree->expand(p);
    m_ui->mergeTree->setCurrentIndex(index);
    m_ui->mergeTree->scrollTo(index);
}

void MergeEditorWindow::selectConflict(int conflict)
{
    if (conflict < 0 || conflict >= m_result->conflictCount())
        return;
    const MergeConflictRef ref = m_result->conflicts().at(conflict);
    showRow(ref.row);
    m_navigation = conflict;
    m_ui->attributeTable->selectAttribute(ref.attribute);
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
    const int row = m_ui->mergeTree->currentIndex().data(MergeTreeModel::MergeRowRole).toInt();
    const int shown = m_ui->mergeTree->currentIndex().isValid() ? row : -1;
    if (shown == m_row)
        return;
    m_row = shown;
    m_ui->mergeError->hide();
    // Next/previous go on from the first conflict of the resource the user picked.
    if (m_row >= 0) {
        for (int i = 0; i < m_result->conflictCount(); ++i)
            if (m_result->conflicts().at(i).row == m_row) {
                m_navigation = i - 1;
                break;
            }
        m_loader->load(m_row);
    }
    m_ui->attributeTable->clear();
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

// Showing ------------------------------------------------------------------------------------------------

void MergeEditorWindow::fillAttributes()
{
    m_fillingAttributes = true;
    m_ui->attributeTable->showRow(*m_result, m_row, mask(), m_revealed.value(m_row));
    m_fillingAttributes = false;
}

void MergeEditorWindow::updatePanes()
{
    fillAttributes();
    const std::array<MergeDocumentPane *, 4> panes{m_ui->basePane, m_ui->oursPane, m_ui->theirsPane, m_ui->resultPane};
    if (m_row < 0) {
        for (MergeDocumentPane *p : panes)
            p->showDocument(std::nullopt, {}, m_result->rows().isEmpty() ? QString() : tr("Select a resource."));
        return;
    }
    const MergeRow &r = m_result->rows().at(m_row);
    const MergeSides *docs = m_loader->documents(m_row);
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
    const std::optional<QJsonObject> result = view(m_loader->resultResource(m_row, &known));
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
    m_ui->basePane->showDocument(shown(base), h, r.base.isNull() ? tr("(absent: not in the base)") : absent);
    h.changed = changed(ours);
    m_ui->oursPane->showDocument(shown(ours), h, r.ours.isNull() ? tr("(absent: ours does not hold it)") : absent);
    h.changed = changed(theirs);
    m_ui->theirsPane->showDocument(shown(theirs), h, r.theirs.isNull() ? tr("(absent: theirs does not hold it)") : absent);
    h.changed = changed(result);
    QString resultAbsent = tr("(absent: the result deletes it)");
    if (r.choice == MergeChoice::Unresolved)
        resultAbsent = tr("(unresolved: take a side or edit the resource)");
    else if (!known)
        resultAbsent = absent;
    m_ui->resultPane->showDocument(shown(result), h, resultAbsent);
    m_ui->resultPane->setCaption(tr("Result — %1").arg(MergeTreeModel::choiceText(r.choice)));
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
        m_ui->conflictCountLabel->setText(tr("No conflicts: %n changed resource(s) merge cleanly.", nullptr,
                                    int(m_result->rows().size())));
    else if (open > 0)
        m_ui->conflictCountLabel->setText(tr("%1 of %n conflict(s) unresolved", nullptr, total).arg(open));
    else
        m_ui->conflictCountLabel->setText(tr("All %n conflict(s) resolved", nullptr, total));
    m_ui->conflictCountLabel->setStyleSheet(open > 0 ? QStringLiteral("color: #d62728") : QString());

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
    m_ui->applyButton->setEnabled(m_applyAction->isEnabled());
    m_cancelAction->setEnabled(idle);
    m_ui->cancelButton->setEnabled(idle);
    m_ui->messageEdit->setEnabled(idle);
}

void MergeEditorWindow::showError(const QString &text)
{
    m_ui->mergeError->setText(text);
    m_ui->mergeError->setVisible(!text.isEmpty());
}

// Applying ----------------------------------------------------------------------------------------------
// Each mode applies in its own file: MergeApplyVersion.cpp records a version, MergeApplyLive.cpp changes
// the instance.

void MergeEditorWindow::apply()
{
    if (m_applying || m_result->unresolvedCount() > 0)
        return;
    m_applying = true;
    showError(QString());
    updateState();
    const QString text = m_ui->messageEdit->text().trimmed();
    if (m_live)
        applyLive(text);
    else
        applyVersion(text);
}

void MergeEditorWindow::finishApply()
{
    m_applying = false;
    statusBar()->clearMessage();
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
