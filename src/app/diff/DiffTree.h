#pragma once

#include "jobs/DiffMerge.h"
#include "state/Metamodel.h"

#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace poddeck {

// A DiffReport arranged for reading, built on the worker thread: the changed resources grouped by
// service > account > region > type > resource (child resources below their parent's resource node),
// and below a modified resource its attribute and attachment changes as display text, secrets masked.
// Nodes live in one vector; index 0 is the root.
struct DiffTree
{
    using Kind = MetamodelNode::Kind;
    using Change = ResourceChange::Kind;

    struct Node
    {
        Kind kind = Kind::Root;
        QString name;                 // decoded segment, attribute key text, or attachment name
        std::optional<Change> change; // resources, attributes, attachments that changed; none for groups
        QString before, after;        // attributes and attachments: display text (masked when secret)
        bool secret = false;
        QString path; // resources: the encoded resource path
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        int added = 0, removed = 0, modified = 0; // resources changed at or below this node
    };

    std::vector<Node> nodes;
    int added = 0, removed = 0, modified = 0;

    // Resource paths whose "Value" is a secret (SSM SecureString parameters): the caller reads the
    // documents, which the diff does not carry.
    static DiffTree build(const QList<ResourceChange> &changes, const QSet<QString> &secretValuePaths = {});
    // A JSON value as one line, with the values of secret keys inside it masked.
    static QString valueText(const QJsonValue &value, bool secret);
    // A path's attribute key names a secret (any step of it, e.g. Environment.Variables.DB_PASSWORD).
    static bool isSecretKey(const QStringList &key);

    // Resource paths with modified "Value" attributes: which of them hold secrets depends on their documents.
    static QStringList pathsNeedingDocuments(const QList<ResourceChange> &changes);
};

// The diff view's job: diffVersions(), then which modified values are secrets (reading the documents
// of the version side), then the tree. Runs on a worker thread.
struct DiffOutcome
{
    DiffReport report;
    DiffTree tree;
};
Result<DiffOutcome> runDiff(const DiffRequest &request, JobContext &context);

} // namespace poddeck
