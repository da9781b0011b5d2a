#pragma once

#include "jobs/Sync.h"

#include <QAbstractTableModel>
#include <QList>

namespace poddeck {

// The pods of one remote as a job listed them (listRemotePods), one row each: what a registry shows.
// Rows drag as RemotePodMimeData. SearchRole is what the browser's search matches: name, description, labels.
class RemoteBrowserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, LabelsColumn, ServicesColumn, SizeColumn, NewestColumn, PushedByColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value: QString, qint64, QDateTime
        PodNameRole,
        SearchRole,
    };

    explicit RemoteBrowserModel(QObject *parent = nullptr);

    void setPods(const QString &remote, const QList<RemotePodInfo> &pods);
    QString remote() const { return m_remote; }
    const QList<RemotePodInfo> &pods() const { return m_pods; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    QVariant display(const RemotePodInfo &pod, int column) const;

    QString m_remote;
    QList<RemotePodInfo> m_pods;
};

} // namespace poddeck
