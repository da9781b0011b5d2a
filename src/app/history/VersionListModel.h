#pragma once

#include "state/Version.h"

#include <QAbstractTableModel>
#include <QList>

namespace poddeck {

// The versions of one pod, newest (highest number) first, as last loaded by a job.
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        MessageColumn,
        AuthorColumn,
        DateColumn,
        ServicesColumn,
        SizeColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        VersionIdRole = Qt::UserRole, // full hex id
        VersionNumberRole,
    };
    static constexpr int ShortIdDigits = 12;

    explicit VersionListModel(QObject *parent = nullptr);

    void setVersions(const QString &pod, const QList<Version> &versions);
    void clear() { setVersions(QString(), {}); }
    QString pod() const { return m_pod; }
    const Version &version(int row) const { return m_versions.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Version &version, int column) const;
    QVariant toolTip(const Version &version, int column) const;

    QString m_pod;
    QList<Version> m_versions;
};

} // namespace poddeck
