#include "merge/ThreeWayMerge.h"

#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"

#include <QSet>
#include <functional>

namespace poddeck {

namespace {

QString join(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
}

int compareEntries(const TreeObject::Entry &a, const TreeObject::Entry &b)
{
    if (const int c = a.name.compare(b.name); c != 0)
        return c;
    return int(char(a.kind)) - int(char(b.kind));
}

// Three-way merge of one value below `key`: rows for what ours and theirs hold differently, recursing
// into objects both sides still hold as objects.
// What one value's three versions say: who changed it and whether that is a conflict.
MergeAttribute classify(const QJsonValue &b, const QJsonValue &o, const QJsonValue &t)
{
    MergeAttribute a;
    a.base = b;
    a.ours = o;
    a.theirs = t;
    if (b == o) {
        a.change = MergeChange::TheirsOnly;
        a.choice = MergeChoice::Theirs;
    } else if (b == t) {
        a.change = MergeChange::OursOnly;
        a.choice = MergeChoice::Ours;
    } else {
        a.change = MergeChange::BothDifferent;
        a.conflict = true;
        a.choice = MergeChoice::Unresolved;
    }
    return a;
}

// Three-way merge of one value below `key`: rows for what ours and theirs hold differently, recursing
// into objects that both sides changed and still hold as objects.
void mergeValues(const QJsonValue &b, const QJsonValue &o, const QJsonValue &t, QStringList &key,
                 QList<MergeAttribute> &out)
{
    if (o == t)
        return;
    MergeAttribute a = classify(b, o, t);
    if (a.conflict && o.isObject() && t.isObject()) {
        const QJsonObject bo = b.toObject(), oo = o.toObject(), to = t.toObject();
        QStringList keys = bo.keys() + oo.keys() + to.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &k : std::as_const(keys)) {
            key.append(k);
            mergeValues(bo.value(k), oo.value(k), to.value(k), key, out);
            key.removeLast();
        }
        return;
    }
    a.key = key;
    out.append(a);
}

QJsonValue attachmentValue(const QMap<QString, AttachmentRef> &atts, const QString &name)
{
    return atts.contains(name) ? QJsonValue(atts.value(name).toJson()) : QJsonValue(QJsonValue::Undefined);
}

} // namespace

Result<TreeObject> ThreeWayMerge::read(const ObjectId &id)
{
    if (id.isNull())
        return TreeObject();
    ++m_treesRead;
    return readTree(m_store, id);
}

Result<Resource> ThreeWayMerge::load(const ObjectId &id)
{
    if (id.isNull())
        return Resource();
    ++m_resourcesRead;
    return loadResource(m_store, id);
}

Result<MergeResult> ThreeWayMerge::merge(const ObjectId &base, const ObjectId &ours, const ObjectId &theirs)
{
    MergeResult result;
    result.m_base = base;
    result.m_ours = ours;
    result.m_theirs = theirs;
    if (ours == theirs) {
        result.m_fixedRoot = ours;
        return result;
    }
    result.m_nodes.append(MergeResult::Node());
    if (Status st = mergeNode({base, ours, theirs}, QString(), 0, result); !st)
        return st.error();
    result.indexConflicts();
    return result;
}

Status ThreeWayMerge::mergeNode(const Triple &ids, const QString &prefix, int node, MergeResult &result)
{
    if (Status st = checkTreeDepth(prefix, ids.ours.isNull() ? ids.theirs : ids.ours); !st)
        return st;
    // A side equal to another is read once.
    Result<TreeObject> b = read(ids.base);
    if (!b)
        return b.error();
    Result<TreeObject> o = ids.ours == ids.base ? b : read(ids.ours);
    if (!o)
        return o.error();
    Result<TreeObject> t = ids.theirs == ids.base ? b : ids.theirs == ids.ours ? o : read(ids.theirs);
    if (!t)
        return t.error();
    const QList<TreeObject::Entry> *lists[3] = {&b->entries, &o->entries, &t->entries};
    qsizetype pos[3] = {0, 0, 0};
    for (;;) {
        const TreeObject::Entry *head = nullptr;
        for (int s = 0; s < 3; ++s)
            if (pos[s] < lists[s]->size() && (!head || compareEntries(lists[s]->at(pos[s]), *head) < 0))
                head = &lists[s]->at(pos[s]);
        if (!head)
            break;
        const TreeObject::Entry entry = *head;
        ObjectId got[3];
        for (int s = 0; s < 3; ++s)
            if (pos[s] < lists[s]->size() && compareEntries(lists[s]->at(pos[s]), entry) == 0)
                got[s] = lists[s]->at(pos[s]++).id;
        const Triple child{got[0], got[1], got[2]};
        MergeResult::Node::Entry out{entry.name, entry.kind, child.ours, -1, -1};
        if (child.ours != child.theirs) {
            const QString path = join(prefix, entry.name);
            if (entry.kind == TreeObject::Kind::Tree) {
                out.child = int(result.m_nodes.size());
                result.m_nodes.append(MergeResult::Node());
                if (Status st = mergeNode(child, path, out.child, result); !st)
                    return st;
            } else if (Status st = addRow(child, path, result, &out.row); !st) {
                return st;
            }
        }
        result.m_nodes[node].entries.append(out);
    }
    // A name can be both a resource and a subtree: the resource is the container of the resources below.
    const QList<MergeResult::Node::Entry> entries = result.m_nodes[node].entries;
    for (qsizetype i = 0; i + 1 < entries.size(); ++i) {
        const MergeResult::Node::Entry &r = entries[i], &t = entries[i + 1];
        if (r.kind == TreeObject::Kind::Resource && t.kind == TreeObject::Kind::Tree && r.name == t.name && r.row >= 0
            && t.child >= 0)
            if (Status st = markContainerConflict(result, r.row, t.child); !st)
                return st;
    }
    return {};
}

Status ThreeWayMerge::markContainerConflict(MergeResult &result, int row, int child)
{
    const MergeRow &parent = result.m_rows[row];
    const bool oursDeleted = !parent.base.isNull() && parent.ours.isNull() && !parent.theirs.isNull();
    const bool theirsDeleted = !parent.base.isNull() && parent.theirs.isNull() && !parent.ours.isNull();
    if (!oursDeleted && !theirsDeleted)
        return {};
    const MergeRow::Conflict kind = oursDeleted ? MergeRow::Conflict::DeletedChanged : MergeRow::Conflict::ChangedDeleted;
    QList<int> below;
    const std::function<void(int)> collect = [&](int node) {
        for (const MergeResult::Node::Entry &e : result.m_nodes[node].entries) {
            if (e.row >= 0)
                below.append(e.row);
            if (e.child >= 0)
                collect(e.child);
        }
    };
    collect(child);
    bool changedBelow = false;
    for (int i : std::as_const(below)) {
        MergeRow &c = result.m_rows[i];
        const ObjectId &deleter = oursDeleted ? c.ours : c.theirs, &keeper = oursDeleted ? c.theirs : c.ours;
        // What the deleting side deleted too and the other side left alone goes with its container.
        if (!deleter.isNull() || keeper.isNull() || keeper == c.base)
            continue;
        changedBelow = true;
        if (c.conflict != MergeRow::Conflict::None) // changed on one side, deleted on the other already
            continue;
        c.conflict = kind;
        c.containerConflict = true;
        c.choice = MergeChoice::Unresolved;
        if (Status st = loadSides(c); !st)
            return st;
    }
    MergeRow &p = result.m_rows[row];
    if (!changedBelow || p.conflict != MergeRow::Conflict::None)
        return {};
    p.conflict = kind;
    p.containerConflict = true;
    p.choice = MergeChoice::Unresolved;
    return loadSides(p);
}

Status ThreeWayMerge::loadSides(MergeRow &row)
{
    for (auto [id, res] : {std::pair{row.base, &row.baseResource}, std::pair{row.ours, &row.oursResource},
                           std::pair{row.theirs, &row.theirsResource}}) {
        Result<Resource> loaded = load(id);
        if (!loaded)
            return loaded.error();
        *res = *loaded;
    }
    return {};
}

Status ThreeWayMerge::addRow(const Triple &ids, const QString &path, MergeResult &result, int *row)
{
    MergeRow r;
    r.path = path;
    r.base = ids.base;
    r.ours = ids.ours;
    r.theirs = ids.theirs;
    if (ids.base == ids.ours) {
        r.change = MergeChange::TheirsOnly;
        r.choice = MergeChoice::Theirs;
    } else if (ids.base == ids.theirs) {
        r.change = MergeChange::OursOnly;
        r.choice = MergeChoice::Ours;
    } else {
        r.change = MergeChange::BothDifferent;
        if (Status st = loadSides(r); !st)
            return st;
        if (ids.ours.isNull() || ids.theirs.isNull()) {
            r.conflict = ids.ours.isNull() ? MergeRow::Conflict::DeletedChanged : MergeRow::Conflict::ChangedDeleted;
            r.choice = MergeChoice::Unresolved;
        } else {
            r.choice = MergeChoice::Merged;
            QStringList key;
            mergeValues(r.baseResource.document, r.oursResource.document, r.theirsResource.document, key, r.attributes);
            QStringList names = r.baseResource.attachments.keys() + r.oursResource.attachments.keys()
                                + r.theirsResource.attachments.keys();
            std::sort(names.begin(), names.end());
            names.erase(std::unique(names.begin(), names.end()), names.end());
            for (const QString &name : std::as_const(names)) {
                // An attachment is one value: two different bodies never merge inside it.
                MergeAttribute a = classify(attachmentValue(r.baseResource.attachments, name),
                                            attachmentValue(r.oursResource.attachments, name),
                                            attachmentValue(r.theirsResource.attachments, name));
                a.attachment = name;
                if (a.ours != a.theirs)
                    r.attributes.append(a);
            }
        }
    }
    *row = int(result.m_rows.size());
    result.m_rows.append(r);
    return {};
}

} // namespace poddeck
