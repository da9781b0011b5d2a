#pragma once

#include "jobs/RemoteAccess.h"
#include "store/PodInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace poddeck {

// The pods of a catalogue, one row each, as last loaded by a job (the model never reads the catalogue).
class PodListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionsColumn, LastChangeColumn, ServicesColumn, SizeColumn, SyncColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the cell: QString, int, QDateTime, qint64
        PodNameRole,
        SyncStateRole, // QStringList of "remote:state", state one of in-sync, ahead, behind, diverged
    };

    explicit PodListModel(QObject *parent = nullptr);

    void setPods(const QList<PodInfo> &pods);
    const QList<PodInfo> &pods() const { return m_pods; }
    int rowOf(const QString &pod) const; // -1 when absent; ignores case like the catalogue
    // Where each pod stands against each remote (by pod name), as a job read it from the remote refs.
    void setSyncStates(const QHash<QString, QList<SyncState>> &states);
    static QString syncStateName(const SyncState &state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Whether any pod has a remote to be in sync with: the view shows the Sync column only then.
    void syncAvailableChanged(bool available);

private:
    QVariant display(const PodInfo &pod, int column) const;
    QVariant sortValue(const PodInfo &pod, int column) const;

    QVariant syncBadge(const PodInfo &pod) const;
    QVariant syncToolTip(const PodInfo &pod) const;

    QList<PodInfo> m_pods;
    QHash<QString, QList<SyncState>> m_sync;
};

} // namespace poddeck
