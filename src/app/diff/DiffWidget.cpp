#include "app/diff/DiffWidget.h"

#include "app/diff/DiffModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace poddeck {

namespace {

QLabel *countLabel(const QString &name, ResourceChange::Kind kind, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: %1").arg(DiffModel::changeColor(kind).name()));
    return label;
}

} // namespace

DiffWidget::DiffWidget(QWidget *parent)
    : QWidget(parent), m_model(new DiffModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(this)), m_added(countLabel(QStringLiteral("diffAddedCount"), ResourceChange::Kind::Added, this)),
      m_removed(countLabel(QStringLiteral("diffRemovedCount"), ResourceChange::Kind::Removed, this)),
      m_modified(countLabel(QStringLiteral("diffModifiedCount"), ResourceChange::Kind::Modified, this)),
      m_warnings(new QLabel(this)), m_filter(new QLineEdit(this)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(m_stack)), m_view(new QTreeView(m_stack)), m_reveal(new QAction(this))
{
    setObjectName(QStringLiteral("diffWidget"));
    m_title->setObjectName(QStringLiteral("diffTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_warnings->setObjectName(QStringLiteral("diffWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->hide();

    m_filter->setObjectName(QStringLiteral("diffFilter"));
    m_filter->setPlaceholderText(tr("Filter changed resources"));
    m_filter->setAccessibleName(tr("Filter the changes"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(DiffModel::NameColumn);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_placeholder->setObjectName(QStringLiteral("diffPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("diffTree"));
    m_view->setAccessibleName(tr("Changed resources"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(DiffModel::NameColumn, 300);
    m_view->setColumnWidth(DiffModel::ChangeColumn, 90);

    m_reveal->setObjectName(QStringLiteral("revealValueAction"));
    m_reveal->setText(tr("&Reveal Value"));
    // Only on the selected value, while the tree has focus: never window-wide.
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    m_reveal->setProperty("accessibleName", tr("Reveal or hide the selected secret value"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_reveal);
    connect(m_reveal, &QAction::triggered, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.data(DiffModel::SecretRole).toBool())
            m_model->setRevealed(current, !current.data(DiffModel::RevealedRole).toBool());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DiffWidget::updateReveal);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DiffWidget::updateReveal);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiffWidget::updateReveal);
    updateReveal();

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *counts = new QHBoxLayout;
    counts->setSpacing(16);
    counts->addWidget(m_added);
    counts->addWidget(m_removed);
    counts->addWidget(m_modified);
    counts->addStretch(1);
    counts->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(counts);
    layout->addWidget(m_warnings);
    layout->addWidget(m_stack, 1);
    setCounts(0, 0, 0);
    showPlaceholder(QString());
}

QString DiffWidget::sideText(const DiffReport::Side &side)
{
    return side.ref.live ? tr("the instance") : side.ref.version.toString();
}

void DiffWidget::setCounts(int added, int removed, int modified)
{
    m_added->setText(tr("+%n added", nullptr, added));
    m_removed->setText(tr("−%n removed", nullptr, removed));
    m_modified->setText(tr("~%n modified", nullptr, modified));
}

void DiffWidget::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

QString DiffWidget::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

void DiffWidget::showLoading(const QString &text)
{
    m_model->clear();
    m_title->setText(text);
    m_warnings->hide();
    setCounts(0, 0, 0);
    showPlaceholder(tr("Comparing…"));
}

void DiffWidget::showError(const QString &message)
{
    m_model->clear();
    showPlaceholder(tr("Could not compare: %1").arg(message));
}

void DiffWidget::showOutcome(const DiffReport &report, DiffTree tree)
{
    QString from = sideText(report.from), to = sideText(report.to);
    m_title->setText(tr("Changes from %1 to %2").arg(from, to));
    setCounts(tree.added, tree.removed, tree.modified);
    m_warnings->setText(report.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!report.warnings.isEmpty());
    const bool small = int(tree.nodes.size()) <= ExpandAllLimit;
    m_model->setTree(std::move(tree));
    if (m_model->rowCount() == 0) {
        showPlaceholder(tr("No differences: %1 and %2 hold the same resources.").arg(from, to));
        return;
    }
    m_stack->setCurrentWidget(m_view);
    if (small)
        m_view->expandAll();
    else
        m_view->expandToDepth(3); // service > account > region > type
}

void DiffWidget::updateReveal()
{
    const QModelIndex current = m_view->currentIndex();
    m_reveal->setEnabled(current.data(DiffModel::SecretRole).toBool());
    m_reveal->setText(current.data(DiffModel::RevealedRole).toBool() ? tr("&Hide Value") : tr("&Reveal Value"));
}

} // namespace poddeck
