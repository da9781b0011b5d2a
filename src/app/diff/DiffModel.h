#pragma once

#include "app/diff/DiffTree.h"

#include <QAbstractItemModel>

namespace poddeck {

// A DiffTree as a tree model: Name | Change | Details. Resources and attributes that changed are
// coloured by kind (added green, removed red, modified amber); a modified attribute reads "old → new";
// groups count the changes below them.
class DiffModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ChangeColumn, DetailsColumn, ColumnCount };
    enum Role {
        ChangeRole = Qt::UserRole, // ResourceChange::Kind as int, -1 for groups
        KindRole,                  // MetamodelNode::Kind as int
        PathRole,                  // resources: the encoded resource path
        BeforeRole,                // attributes and attachments: display text of the old value
        AfterRole,                 // ... and of the new one
        SecretRole,                // bool: the values are masked (whole or in part)
        RevealedRole,              // bool: a secret shown in clear after Reveal Value
    };
    static constexpr int MaxDisplayChars = 300;

    explicit DiffModel(QObject *parent = nullptr);

    void setTree(DiffTree tree);
    void clear();
    const DiffTree &tree() const { return m_tree; }
    // Shows a secret attribute's values in clear (or masks them again): one value, asked for.
    void setRevealed(const QModelIndex &index, bool revealed);

    static QString changeText(ResourceChange::Kind kind);
    static QColor changeColor(ResourceChange::Kind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex &index) const;
    QString details(const DiffTree::Node &node) const;

    DiffTree m_tree;
    std::vector<bool> m_revealed; // by node
};

} // namespace poddeck
