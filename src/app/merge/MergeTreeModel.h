#pragma once

#include "merge/MergeResult.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <vector>

namespace poddeck {

// The resources a merge changed, grouped by their path: service > account > region > type > resource
// (child resources such as S3 objects under their parent's child type). A resource node stands for one
// MergeRow; its mark says whether it holds conflicts and whether they are resolved, and group nodes
// carry a mark while anything below them is unresolved. The model reads the MergeResult it is given
// and never changes it; call refresh() after resolving something.
class MergeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ChangeColumn, ResultColumn, ColumnCount };
    enum Role {
        MergeRowRole = Qt::UserRole, // int: the MergeRow index; -1 for group nodes
        ConflictStateRole,           // ConflictState as int
        PathRole,                    // the resource path (resource nodes) or the path prefix (groups)
        UnresolvedRole,              // int: unresolved conflicts at or below the node
    };
    enum ConflictState { NoConflict, Unresolved, Resolved };

    explicit MergeTreeModel(QObject *parent = nullptr);

    // `result` must outlive the model or be replaced first; nullptr clears.
    void setResult(const MergeResult *result);
    const MergeResult *result() const { return m_result; }
    // Re-reads choices and conflict states (after a resolution): data changes, the shape does not.
    void refresh();
    QModelIndex indexForRow(int mergeRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeText(const MergeRow &row);
    static QString choiceText(MergeChoice choice);

private:
    struct Node
    {
        int parent = -1; // -1: the (invisible) root
        int row = 0;     // position among its parent's children
        QString name;
        QString path;
        int mergeRow = -1;
        std::vector<int> children;
        int conflicts = 0;  // at or below
        int unresolved = 0; // at or below
    };

    void build();
    void count();
    int childNamed(int parent, const QString &name, const QString &path);
    int nodeOf(const QModelIndex &index) const;
    const std::vector<int> &childrenOf(int node) const;
    void emitChanged(int node);

    const MergeResult *m_result = nullptr;
    std::vector<Node> m_nodes; // m_nodes[0] is the root
    QHash<int, int> m_nodeOfRow;
    QIcon m_unresolvedIcon, m_resolvedIcon, m_blankIcon;
};

} // namespace poddeck
