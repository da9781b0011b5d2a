#pragma once

#include "merge/MergeResult.h"

#include <QTreeWidget>

namespace poddeck {

// The merge editor's table of one resource's attribute rows (key | base | ours | theirs | result): the
// attributes a resource changed on both sides holds differently. Conflicts are tinted red while open and
// green once resolved; a change of one side is tinted in that side's column. Secrets show the mask
// unless revealed.
class MergeAttributeTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { KeyColumn, BaseColumn, OursColumn, TheirsColumn, ResultColumn, ColumnCount };

    MergeAttributeTable(bool live, QWidget *parent = nullptr);

    // Shows row `row` of `result` (-1 clears). Items of the same row are updated in place, so the
    // selection survives a resolution.
    void showRow(const MergeResult &result, int row, bool reveal);
    int currentAttribute() const; // -1 when none is selected
    void selectAttribute(int attribute);

    // True when the value at `key` is secret in any side's document (Metamodel::isSecretAttribute).
    static bool isSecret(const MergeRow &row, const QStringList &key);
};

} // namespace poddeck
