#pragma once

#include "merge/MergeResult.h"
#include "state/SecretMask.h"

#include <QTreeWidget>

namespace poddeck {

// The merge editor's table of one resource's attribute rows (key | base | ours | theirs | result): the
// attributes a resource changed on both sides holds differently. Conflicts are tinted red while open and
// green once resolved; a change of one side is tinted in that side's column. Secrets show the mask
// (MergeSecrets, the core's one rule) unless the user revealed that attribute.
class MergeAttributeTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { KeyColumn, BaseColumn, OursColumn, TheirsColumn, ResultColumn, ColumnCount };

    explicit MergeAttributeTable(QWidget *parent = nullptr);

    // Names the sides' columns after the merge's mode: live, ours is the instance and theirs the version.
    void setLive(bool live);

    // Shows row `row` of `result` (-1 clears). Items of the same row are updated in place, so the
    // selection survives a resolution.
    void showRow(const MergeResult &result, int row, const SecretMask &mask, const QList<QStringList> &revealed);
    int currentAttribute() const; // -1 when none is selected
    void selectAttribute(int attribute);

    // True when a value of the attribute (any side, or the result) is masked, whole or in part.
    static bool holdsSecret(const SecretMask &mask, const MergeRow &row, const MergeAttribute &attribute);
};

} // namespace poddeck
