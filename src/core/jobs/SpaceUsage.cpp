#include "jobs/SpaceUsage.h"

#include "state/ResourcePath.h"
#include "state/TreeObject.h"
#include "state/Version.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace poddeck {

namespace {

// Visits every object below a tree once per `seen` set: trees, resources and their chunks. `onNew` gets
// each object not seen before, with its resource when it is one (so callers can count and size them).
class ObjectWalk
{
public:
    ObjectWalk(const ObjectStore &store, QSet<ObjectId> &seen) : m_store(store), m_seen(seen) {}

    std::function<void(const ObjectId &)> onNew;
    std::function<void(const Resource &)> onResource;

    // `depth`: levels of the state below the service; `partLevel`: levels of parts within a node.
    Status tree(const ObjectId &id, int depth = 1, int partLevel = 0)
    {
        if (Status st = checkTreeLevels(id, depth, partLevel); !st)
            return st;
        if (!visit(id))
            return {};
        Result<TreeObject> t = readTreeNode(m_store, id);
        if (!t)
            return t.error();
        for (const TreeObject::Entry &e : t->entries) {
            const bool part = e.kind == TreeObject::Kind::Part;
            Status st = e.kind == TreeObject::Kind::Resource ? resource(e.id)
                                                             : tree(e.id, part ? depth : depth + 1, part ? partLevel + 1 : 0);
            if (!st)
                return st;
        }
        return {};
    }

private:
    bool visit(const ObjectId &id)
    {
        if (m_seen.contains(id))
            return false;
        m_seen.insert(id);
        if (onNew)
            onNew(id);
        return true;
    }

    Status resource(const ObjectId &id)
    {
        if (!visit(id))
            return {};
        Result<Resource> r = loadResource(m_store, id);
        if (!r)
            return r.error();
        if (onResource)
            onResource(*r);
        for (const AttachmentRef &a : std::as_const(r->attachments))
            for (const ObjectId &c : a.chunks)
                visit(c);
        return {};
    }

    const ObjectStore &m_store;
    QSet<ObjectId> &m_seen;
};

qint64 storedSize(const ObjectStore &store, const ObjectId &id)
{
    return qMax<qint64>(0, [&] { Result<qint64> n = store.storedSize(id); return n ? *n : 0; }());
}

} // namespace

Result<SpaceReport> spaceUsage(const QString &home, const QString &pod, int number, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<Version> version = (*catalogue)->version(pod, number);
    if (!version)
        return version.error();
    Result<QList<Version>> versions = (*catalogue)->versions(pod);
    if (!versions)
        return versions.error();
    catalogue->reset(); // nothing more to read there; the store walk may take a while
    const ObjectStore store(home);
    SpaceReport report;
    report.pod = version->pod;
    report.number = version->number;

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Measuring %1:%2").arg(version->pod).arg(version->number));
    Result<TreeObject> root = readTree(store, version->root);
    if (!root)
        return root.error();
    QSet<ObjectId> versionSeen{version->id, version->root};
    report.storedBytes = storedSize(store, version->id) + storedSize(store, version->root);
    for (const TreeObject::Entry &e : root->entries) {
        if (context.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        ServiceSpace s;
        s.service = ResourcePath::decodeSegment(e.name);
        QSet<ObjectId> serviceSeen;
        ObjectWalk walk(store, serviceSeen);
        walk.onNew = [&](const ObjectId &id) {
            const qint64 size = storedSize(store, id);
            s.storedBytes += size;
            if (!versionSeen.contains(id)) {
                versionSeen.insert(id);
                report.storedBytes += size;
            }
        };
        walk.onResource = [&](const Resource &r) {
            ++s.resources;
            s.bytes += r.byteSize();
        };
        Status st = e.kind == TreeObject::Kind::Tree ? walk.tree(e.id) : Status(Error(Error::Code::Corrupt,
                                                                     ErrorText::tr("state tree %1 has a resource at its top").arg(version->root.toHex())));
        if (!st)
            return st.error();
        report.services.append(s);
    }
    std::sort(report.services.begin(), report.services.end(), [](const ServiceSpace &a, const ServiceSpace &b) {
        return a.storedBytes != b.storedBytes ? a.storedBytes > b.storedBytes : a.service < b.service;
    });

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Measuring the history of %1").arg(version->pod), versions->size());
    QSet<ObjectId> podSeen;
    for (const Version &v : std::as_const(*versions)) {
        if (context.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("cancelled"));
        VersionSpace h;
        h.number = v.number;
        h.id = v.id;
        h.message = v.message;
        h.created = v.created;
        h.bytes = v.bytes;
        ObjectWalk walk(store, podSeen);
        walk.onNew = [&](const ObjectId &id) { h.newStoredBytes += storedSize(store, id); };
        if (!podSeen.contains(v.id)) {
            podSeen.insert(v.id);
            h.newStoredBytes += storedSize(store, v.id);
        }
        if (Status st = walk.tree(v.root); !st)
            return st.error();
        report.podStoredBytes += h.newStoredBytes;
        report.history.append(h);
        context.advance();
    }
    return report;
}

} // namespace poddeck
