#pragma once

#include "store/Catalogue.h"

#include <QAbstractTableModel>
#include <QList>

namespace poddeck {

// The pods of a catalogue, one row each, as last loaded by a job (the model never reads the catalogue).
class PodListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionsColumn, LastChangeColumn, ServicesColumn, SizeColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell: QString, int, QDateTime, qint64
        PodNameRole,
    };

    explicit PodListModel(QObject *parent = nullptr);

    void setPods(const QList<PodInfo> &pods);
    const QList<PodInfo> &pods() const { return m_pods; }
    int rowOf(const QString &pod) const; // -1 when absent; ignores case like the catalogue

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PodInfo &pod, int column) const;
    QVariant sortValue(const PodInfo &pod, int column) const;

    QList<PodInfo> m_pods;
};

} // namespace poddeck
