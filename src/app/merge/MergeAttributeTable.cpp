#include "app/merge/MergeAttributeTable.h"

#include "app/merge/MergeDocument.h"
#include "app/merge/MergeTreeModel.h"
#include "merge/MergeSecrets.h"

#include <QHeaderView>

namespace poddeck {

namespace {

const QColor ConflictTint(0xd6, 0x27, 0x28, 70);
const QColor ResolvedTint(0x2c, 0xa0, 0x2c, 60);
const QColor ChangedTint(0xf0, 0xc0, 0x20, 70);

int conflictAt(const MergeResult &result, int row, int attribute)
{
    const QList<MergeConflictRef> &conflicts = result.conflicts();
    for (qsizetype i = 0; i < conflicts.size(); ++i)
        if (conflicts[i].row == row && conflicts[i].attribute == attribute)
            return int(i);
    return -1;
}

} // namespace

MergeAttributeTable::MergeAttributeTable(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("attributeTable"));
    setAccessibleName(tr("Changed attributes of the resource"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setLive(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->resizeSection(KeyColumn, 240);
}

void MergeAttributeTable::setLive(bool live)
{
    setHeaderLabels({tr("Attribute"), tr("Base"), live ? tr("Ours (instance)") : tr("Ours"),
                     live ? tr("Theirs (version)") : tr("Theirs"), tr("Result")});
}

bool MergeAttributeTable::holdsSecret(const SecretMask &mask, const MergeRow &row, const MergeAttribute &attribute)
{
    for (const QJsonValue &v : {attribute.base, attribute.ours, attribute.theirs, attribute.value()})
        if (MergeSecrets::shown(mask, row, attribute, v) != v)
            return true;
    return false;
}

int MergeAttributeTable::currentAttribute() const
{
    QTreeWidgetItem *item = currentItem();
    return item && item->isSelected() ? item->data(KeyColumn, Qt::UserRole).toInt() : -1;
}

void MergeAttributeTable::selectAttribute(int attribute)
{
    if (attribute < 0 || attribute >= topLevelItemCount()) {
        clearSelection();
        return;
    }
    QTreeWidgetItem *item = topLevelItem(attribute);
    setCurrentItem(item);
    item->setSelected(true);
    scrollToItem(item);
}

void MergeAttributeTable::showRow(const MergeResult &result, int rowIndex, const SecretMask &mask,
                                  const QList<QStringList> &revealed)
{
    const MergeRow *row = rowIndex >= 0 ? &result.rows().at(rowIndex) : nullptr;
    const int count = row ? int(row->attributes.size()) : 0;
    if (topLevelItemCount() != count) {
        clear();
        for (int i = 0; i < count; ++i)
            (new QTreeWidgetItem(this))->setData(KeyColumn, Qt::UserRole, i);
    }
    for (int i = 0; i < count; ++i) {
        const MergeAttribute &a = row->attributes.at(i);
        const QStringList key = MergeDocument::keyPath(a);
        const bool shown = revealed.contains(key);
        const auto text = [&](const QJsonValue &v) {
            return MergeDocument::valueText(shown ? v : MergeSecrets::shown(mask, *row, a, v));
        };
        QTreeWidgetItem *item = topLevelItem(i);
        item->setText(KeyColumn, a.keyText());
        item->setText(BaseColumn, text(a.base));
        item->setText(OursColumn, text(a.ours));
        item->setText(TheirsColumn, text(a.theirs));
        const int c = conflictAt(result, rowIndex, i);
        const bool open = c >= 0 && !result.isResolved(c);
        if (open)
            item->setText(ResultColumn, tr("unresolved"));
        else if (row->choice != MergeChoice::Merged)
            item->setText(ResultColumn, tr("(whole resource: %1)").arg(MergeTreeModel::choiceText(row->choice)));
        else
            item->setText(ResultColumn, tr("%1  (%2)").arg(text(a.value()), MergeTreeModel::choiceText(a.choice)));
        for (int col = 0; col < ColumnCount; ++col) {
            item->setBackground(col, QBrush());
            item->setToolTip(col, item->text(col));
        }
        if (c < 0) {
            item->setBackground(a.change == MergeChange::OursOnly ? OursColumn : TheirsColumn, ChangedTint);
            continue;
        }
        for (int col = 0; col < ColumnCount; ++col)
            item->setBackground(col, open ? ConflictTint : ResolvedTint);
        switch (result.conflictKind(c)) {
        case MergeResult::ConflictKind::ChangedBoth: item->setToolTip(KeyColumn, tr("Changed differently on both sides")); break;
        case MergeResult::ConflictKind::AddedBoth: item->setToolTip(KeyColumn, tr("Added differently on both sides")); break;
        case MergeResult::ConflictKind::ChangedDeleted: item->setToolTip(KeyColumn, tr("Changed in ours, removed in theirs")); break;
        case MergeResult::ConflictKind::DeletedChanged: item->setToolTip(KeyColumn, tr("Removed in ours, changed in theirs")); break;
        }
    }
}

} // namespace poddeck
