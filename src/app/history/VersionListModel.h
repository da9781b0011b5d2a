#pragma once

#include "app/history/Lanes.h"
#include "state/Version.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace poddeck {

class DragBundle;

// The versions of one pod, newest (highest number) first, as last loaded by a job, with the history
// graph's lanes computed once per load (see Lanes) and kept beside the rows.
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GraphColumn,
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
        LanesRole,    // QByteArray of Lanes::Glyph, one per lane (the graph column's data)
        IsHeadRole,   // bool: the instance head is this version
    };
    static constexpr int ShortIdDigits = 12;

    explicit VersionListModel(QObject *parent = nullptr);

    void setVersions(const QString &pod, const QList<Version> &versions);
    // The same, with rows already newest first and their lanes computed (in the loading job, so
    // 100,000 versions do not stall the GUI thread): see sortNewestFirst().
    void setSortedVersions(const QString &pod, QList<Version> versions, Lanes lanes);
    static void sortNewestFirst(QList<Version> &versions);
    void clear() { setVersions(QString(), {}); }
    QString pod() const { return m_pod; }
    const Version &version(int row) const { return m_versions.at(row); }
    const QList<Version> &versions() const { return m_versions; }
    int rowOfNumber(int number) const; // -1 when absent
    const Lanes &lanes() const { return m_lanes; }

    // The version the instance head names (null: none of this pod's); shown in bold.
    void setHead(const ObjectId &head);
    // Called when a drag of a version starts, for the .pod bundle it carries to the desktop
    // (DragExportCache::begin); null: the drag carries no file.
    using DragExport = std::function<std::shared_ptr<DragBundle>(const Version &)>;
    void setDragExport(DragExport dragExport) { m_dragExport = std::move(dragExport); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QVariant display(const Version &version, int column) const;
    QVariant toolTip(const Version &version, int column) const;

    QString m_pod;
    QList<Version> m_versions;
    Lanes m_lanes;
    ObjectId m_head;
    DragExport m_dragExport;
};

} // namespace poddeck
