#pragma once

#include "jobs/ContentsEntry.h"
#include "jobs/JobContext.h"
#include "util/Result.h"

#include <QStringList>

namespace poddeck {

// The queries behind the contents tree (the GUI's ContentsModel and ContentsWidget call them in jobs).
// They read the version's StateTree one level at a time from the ObjectStore (StateTreeReader::readTree),
// never the whole state. Each opens the home's ObjectStore on the worker thread.
namespace ContentsLoader {

// The entries of the tree object `tree`, whose entries sit at `depth` (1 = services, 2 = accounts, ...,
// 5 = resources, then child types and child resources alternating). `parentPath` is the level's encoded
// path: Lambda functions and layers (lambda/<account>/<region>/function|layer) are read to flag the
// ones without code.
Result<QList<ContentsEntry>> loadLevel(const QString &home, const ObjectId &tree, int depth, JobContext &context,
                                       const QString &parentPath = QString());

// A resource's attributes (secrets flagged), attachments, and then its child types (from `subtree`).
Result<QList<ContentsEntry>> loadResource(const QString &home, const ObjectId &resource, const ObjectId &subtree,
                                          int depth, JobContext &context);

// The kind of a tree entry at `depth`.
MetamodelNode::Kind kindAt(int depth);

// Encoded paths (segments joined by '/') of the resources and levels below `root` whose decoded name
// contains `text` (case-insensitive), or (resources) one of whose attribute values does, secrets
// excepted; at most `limit` of them. Reads every resource object below `root`: a job, never the GUI.
Result<QStringList> findPaths(const QString &home, const ObjectId &root, const QString &text, int limit,
                              JobContext &context);

// For search results: the tree levels along each path, keyed by the encoded path of the level's parent
// ("" = root), so the model can insert every level a match needs without one job per level.
using Levels = QHash<QString, QList<ContentsEntry>>;
Result<Levels> loadLevelsAlong(const QString &home, const ObjectId &root, const QStringList &paths,
                               JobContext &context);

} // namespace ContentsLoader
} // namespace poddeck
