#pragma once

#include "jobs/DiffMerge.h"
#include "state/Metamodel.h"

#include <QString>

#include <optional>
#include <vector>

namespace poddeck {

// A DiffReport arranged for reading, built on the worker thread: the changed resources grouped by
// service > account > region > type > resource (child resources below their parent's resource node),
// and below a modified resource its attribute and attachment changes as display text, secrets masked by
// the report's SecretMask (the core's one rule); their real text is kept for an explicit Reveal Value.
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
        bool secret = false;          // attributes: before or after is masked, whole or in part
        QString revealedBefore, revealedAfter; // secret attributes: the text unmasked
        QString path; // resources: the encoded resource path
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        int added = 0, removed = 0, modified = 0; // resources changed at or below this node
    };

    std::vector<Node> nodes;
    int added = 0, removed = 0, modified = 0;

    static DiffTree build(const DiffReport &report);
    // A JSON value as one line.
    static QString valueText(const QJsonValue &value);
};

// The diff view's job: diffVersions() (which flags the secrets), then the tree. Runs on a worker thread.
struct DiffOutcome
{
    DiffReport report;
    DiffTree tree;
};
Result<DiffOutcome> runDiff(const DiffRequest &request, JobContext &context);

} // namespace poddeck
