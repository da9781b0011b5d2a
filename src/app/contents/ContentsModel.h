#pragma once

#include "app/jobs/LatestRequest.h"
#include "jobs/ContentsLoader.h"
#include "state/Version.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <vector>

namespace poddeck {

class JobRunner;

// The metamodel of one version as a lazy tree: service > account > region > type > resource >
// attributes. Nothing is read until a node is expanded: fetchMore() starts a job that reads that one
// level (ContentsLoader), and a level of many thousand entries is inserted a page at a time as the view
// scrolls to its end, so a metamodel of a million nodes costs what is on screen.
//
// Secret attributes (SecretMask, the core's one rule, applied by ContentsLoader) show SecretMask::Mask until
// setRevealed() on that one value; other values show the secrets inside them masked.
class ContentsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole, // MetamodelNode::Kind as int
        SecretRole,              // bool: a secret attribute
        RevealedRole,            // bool: a secret shown in clear
        PathRole,                // encoded path of tree nodes ("s3/123456789012/us-east-1/bucket/b")
        RawValueRole,            // a secret's unmasked value text (for "Copy value" after reveal); others as shown
        MissingCodeRole,         // bool: a Lambda function or layer without its code (Attach Code… applies)
    };
    static constexpr int PageSize = 1000;

    ContentsModel(JobRunner *jobs, QObject *parent = nullptr);

    // Shows the version's contents (only its first level is read, in a job); an empty home clears.
    void setVersion(const QString &home, const Version &version);
    void clear();
    const Version &version() const { return m_version; }
    QString home() const { return m_home; }
    bool isLoading() const { return m_loading > 0; }

    void setRevealed(const QModelIndex &index, bool revealed);
    // Inserts levels a search job read (ContentsLoader::loadLevelsAlong) into nodes not yet loaded.
    void applyLevels(const ContentsLoader::Levels &levels);
    // The node at an encoded path, when loaded.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void levelLoaded(const QModelIndex &parent); // after a job's rows went in

private:
    enum class Fetch : char { Unfetched, Fetching, Fetched };
    struct Node
    {
        int parent = -1;
        int row = 0;
        int depth = 0; // tree levels: 1 = service ...; attributes: their resource's depth + 1
        ContentsEntry::Kind kind = ContentsEntry::Kind::Root;
        bool secret = false;
        bool revealed = false;
        bool missingCode = false;
        Fetch fetch = Fetch::Unfetched;
        QString name;
        QString path; // encoded path (tree levels); empty for attributes
        ObjectId tree;
        ObjectId resource;
        QJsonValue value;
        QJsonValue shown; // value with the secrets inside masked
        std::vector<int> children;
        QList<ContentsEntry> pending; // loaded; those from pendingFirst on are not inserted yet
        qsizetype pendingFirst = 0;
        bool hasPending() const { return pendingFirst < pending.size(); }
    };

    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(int node, int column = 0) const;
    void startFetch(int node);
    void setChildren(int node, QList<ContentsEntry> entries);
    void insertPage(int node);
    QString valueText(const Node &node, bool reveal) const;
    void setLoading(int delta);

    JobRunner *m_jobs;
    QString m_home;
    Version m_version;
    std::vector<Node> m_nodes; // 0 is the root; indices are internal ids and never move
    LatestRequest m_latest;    // a new version on every reset: results of older loads are dropped
    int m_loading = 0;
    bool m_inserting = false;
    mutable QIcon m_icons[3]; // folder, resource, masked secret
};

} // namespace poddeck
