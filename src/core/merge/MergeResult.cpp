#include "merge/MergeResult.h"

#include "merge/DocumentDiff.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeWriter.h"
#include "util/ErrorText.h"

#include <QJsonArray>
#include <QSet>

namespace poddeck {

namespace {

// The elements of a list as canonical text, or nothing when an element repeats (then it is no set).
std::optional<QStringList> asSet(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    QSet<QString> seen;
    for (const QJsonValue &e : v.toArray()) {
        const QString text = jsonValueText(e);
        if (seen.contains(text))
            return std::nullopt;
        seen.insert(text);
        out.append(text);
    }
    return out;
}

// Three-way merge of two lists as sets: ours' elements that theirs did not remove, then theirs' additions.
std::optional<QJsonArray> mergeSets(const QJsonValue &base, const QJsonValue &ours, const QJsonValue &theirs)
{
    if (!ours.isArray() || !theirs.isArray())
        return std::nullopt;
    const std::optional<QStringList> b = asSet(base), o = asSet(ours), t = asSet(theirs);
    if (!b || !o || !t)
        return std::nullopt;
    const QSet<QString> bs(b->cbegin(), b->cend()), os(o->cbegin(), o->cend()), ts(t->cbegin(), t->cend());
    QJsonArray out;
    const QJsonArray oa = ours.toArray(), ta = theirs.toArray();
    for (qsizetype i = 0; i < oa.size(); ++i)
        if (ts.contains(o->at(i)) || !bs.contains(o->at(i)))
            out.append(oa[i]);
    for (qsizetype i = 0; i < ta.size(); ++i)
        if (!os.contains(t->at(i)) && !bs.contains(t->at(i)))
            out.append(ta[i]);
    return out;
}

} // namespace

MergeChoice mergeChoiceFor(MergeSide side)
{
    switch (side) {
    case MergeSide::Base: return MergeChoice::Base;
    case MergeSide::Ours: return MergeChoice::Ours;
    case MergeSide::Theirs: return MergeChoice::Theirs;
    }
    return MergeChoice::Ours;
}

QString mergeChoiceName(MergeChoice c)
{
    switch (c) {
    case MergeChoice::Unresolved: return QStringLiteral("unresolved");
    case MergeChoice::Base: return QStringLiteral("base");
    case MergeChoice::Ours: return QStringLiteral("ours");
    case MergeChoice::Theirs: return QStringLiteral("theirs");
    case MergeChoice::Merged: return QStringLiteral("merged");
    case MergeChoice::Edited: return QStringLiteral("edited");
    }
    return {};
}

QJsonValue MergeAttribute::value() const
{
    switch (choice) {
    case MergeChoice::Base: return base;
    case MergeChoice::Theirs: return theirs;
    case MergeChoice::Edited: return edited;
    default: return ours;
    }
}

QString MergeAttribute::keyText() const
{
    return attachment.isEmpty() ? keyPathText(key) : QStringLiteral("attachment:") + attachment;
}

int MergeResult::rowIndex(const QString &path) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].path == path)
            return int(i);
    return -1;
}

void MergeResult::indexConflicts()
{
    m_conflicts.clear();
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const MergeRow &row = m_rows[r];
        if (row.conflict != MergeRow::Conflict::None)
            m_conflicts.append({int(r), -1});
        for (qsizetype a = 0; a < row.attributes.size(); ++a)
            if (row.attributes[a].conflict)
                m_conflicts.append({int(r), int(a)});
    }
}

Status MergeResult::checkConflict(int conflict) const
{
    if (conflict < 0 || conflict >= m_conflicts.size())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("no conflict number %1").arg(conflict));
    return {};
}

bool MergeResult::isResolved(int conflict) const
{
    if (!checkConflict(conflict))
        return false;
    const MergeConflictRef &c = m_conflicts[conflict];
    const MergeRow &row = m_rows[c.row];
    if (c.attribute < 0)
        return row.choice != MergeChoice::Unresolved;
    return row.choice != MergeChoice::Merged || row.attributes[c.attribute].choice != MergeChoice::Unresolved;
}

int MergeResult::unresolvedCount() const
{
    int n = 0;
    for (int i = 0; i < conflictCount(); ++i)
        n += !isResolved(i);
    return n;
}

int MergeResult::nextUnresolved(int conflict) const
{
    const int n = conflictCount();
    for (int step = 1; step <= n; ++step) {
        const int i = ((conflict < 0 ? -1 : conflict) + step + n) % n;
        if (!isResolved(i))
            return i;
    }
    return -1;
}

int MergeResult::previousUnresolved(int conflict) const
{
    const int n = conflictCount();
    for (int step = 1; step <= n; ++step) {
        const int i = (((conflict < 0 ? 0 : conflict) - step) % n + n) % n;
        if (!isResolved(i))
            return i;
    }
    return -1;
}

MergeResult::ConflictKind MergeResult::conflictKind(int conflict) const
{
    const MergeConflictRef &c = m_conflicts.at(conflict);
    const MergeRow &row = m_rows[c.row];
    if (c.attribute < 0)
        return row.conflict == MergeRow::Conflict::ChangedDeleted ? ConflictKind::ChangedDeleted : ConflictKind::DeletedChanged;
    const MergeAttribute &a = row.attributes[c.attribute];
    if (a.base.isUndefined())
        return ConflictKind::AddedBoth;
    if (a.ours.isUndefined())
        return ConflictKind::DeletedChanged;
    if (a.theirs.isUndefined())
        return ConflictKind::ChangedDeleted;
    return ConflictKind::ChangedBoth;
}

QString MergeResult::conflictKindName(ConflictKind k)
{
    switch (k) {
    case ConflictKind::ChangedBoth: return QStringLiteral("changed-both");
    case ConflictKind::AddedBoth: return QStringLiteral("added-both");
    case ConflictKind::ChangedDeleted: return QStringLiteral("changed-deleted");
    case ConflictKind::DeletedChanged: return QStringLiteral("deleted-changed");
    }
    return {};
}

QString MergeResult::conflictPath(int conflict) const
{
    return m_rows.at(m_conflicts.at(conflict).row).path;
}

QString MergeResult::conflictKey(int conflict) const
{
    const MergeConflictRef &c = m_conflicts.at(conflict);
    return c.attribute < 0 ? QString() : m_rows[c.row].attributes[c.attribute].keyText();
}

QString MergeResult::describe(int conflict) const
{
    const MergeRow &row = m_rows.at(m_conflicts.at(conflict).row);
    if (row.containerConflict && m_conflicts.at(conflict).attribute < 0) {
        const bool oursDeleted = row.conflict == MergeRow::Conflict::DeletedChanged;
        if (!row.base.isNull() && (oursDeleted ? row.ours : row.theirs).isNull())
            return oursDeleted ? ErrorText::tr("deleted in ours, while theirs changed what it holds")
                               : ErrorText::tr("deleted in theirs, while ours changed what it holds");
        return oursDeleted ? ErrorText::tr("changed in theirs, but ours deleted what holds it")
                           : ErrorText::tr("changed in ours, but theirs deleted what holds it");
    }
    switch (conflictKind(conflict)) {
    case ConflictKind::ChangedBoth: return ErrorText::tr("changed differently on both sides");
    case ConflictKind::AddedBoth: return ErrorText::tr("added differently on both sides");
    case ConflictKind::ChangedDeleted: return ErrorText::tr("changed in ours, deleted in theirs");
    case ConflictKind::DeletedChanged: return ErrorText::tr("deleted in ours, changed in theirs");
    }
    return {};
}

Status MergeResult::resolve(int conflict, MergeSide side)
{
    if (Status st = checkConflict(conflict); !st)
        return st;
    const MergeConflictRef &c = m_conflicts[conflict];
    if (c.attribute < 0)
        m_rows[c.row].choice = mergeChoiceFor(side);
    else
        m_rows[c.row].attributes[c.attribute].choice = mergeChoiceFor(side);
    return {};
}

Status MergeResult::resolveWithValue(int conflict, const QJsonValue &value)
{
    if (Status st = checkConflict(conflict); !st)
        return st;
    const MergeConflictRef &c = m_conflicts[conflict];
    if (c.attribute < 0)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("conflict %1 is about the whole resource %2: resolve it with a resource").arg(conflict).arg(m_rows[c.row].path));
    MergeAttribute &a = m_rows[c.row].attributes[c.attribute];
    if (!a.attachment.isEmpty() && !value.isUndefined()) {
        AttachmentRef ref;
        if (!value.isObject() || !AttachmentRef::fromJson(value.toObject(), &ref))
            return Error(Error::Code::InvalidArgument, ErrorText::tr("attachment '%1' needs an attachment reference").arg(a.attachment));
    }
    a.choice = MergeChoice::Edited;
    a.edited = value;
    return {};
}

Status MergeResult::resolveWithResource(int conflict, const std::optional<Resource> &resource)
{
    if (Status st = checkConflict(conflict); !st)
        return st;
    return editRow(m_conflicts[conflict].row, resource);
}

Status MergeResult::chooseRow(int row, MergeChoice choice)
{
    if (row < 0 || row >= m_rows.size())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("no merge row %1").arg(row));
    MergeRow &r = m_rows[row];
    const bool mergeable = r.change == MergeChange::BothDifferent && r.conflict == MergeRow::Conflict::None;
    if (choice == MergeChoice::Unresolved || choice == MergeChoice::Edited || (choice == MergeChoice::Merged && !mergeable))
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("%1 cannot take '%2'").arg(r.path, mergeChoiceName(choice)));
    r.choice = choice;
    return {};
}

Status MergeResult::editRow(int row, const std::optional<Resource> &resource)
{
    if (row < 0 || row >= m_rows.size())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("no merge row %1").arg(row));
    MergeRow &r = m_rows[row];
    std::optional<Resource> edited = resource;
    if (edited) {
        if (edited->path.isEmpty())
            edited->path = r.path;
        if (edited->path != r.path)
            return Error(Error::Code::InvalidArgument,
                         ErrorText::tr("the edited resource is at '%1', not at '%2'").arg(edited->path, r.path));
    }
    r.edited = edited;
    r.choice = MergeChoice::Edited;
    return {};
}

int MergeResult::resolveAll(MergeSide side)
{
    int n = 0;
    for (int i = 0; i < conflictCount(); ++i)
        if (!isResolved(i) && resolve(i, side))
            ++n;
    return n;
}

int MergeResult::autoSolve()
{
    int n = 0;
    for (int i = 0; i < conflictCount(); ++i) {
        if (isResolved(i) || m_conflicts[i].attribute < 0)
            continue;
        const MergeAttribute &a = m_rows[m_conflicts[i].row].attributes[m_conflicts[i].attribute];
        if (!a.attachment.isEmpty())
            continue;
        if (const std::optional<QJsonArray> merged = mergeSets(a.base, a.ours, a.theirs))
            if (resolveWithValue(i, *merged))
                ++n;
    }
    return n;
}

std::optional<Resource> MergeResult::composed(const MergeRow &row) const
{
    if (row.choice == MergeChoice::Edited)
        return row.edited;
    Resource r = row.oursResource;
    r.path = row.path;
    for (const MergeAttribute &a : row.attributes) {
        const QJsonValue v = a.value();
        if (a.attachment.isEmpty()) {
            setValueAt(r.document, a.key, v);
        } else if (v.isUndefined()) {
            r.attachments.remove(a.attachment);
        } else {
            AttachmentRef ref;
            AttachmentRef::fromJson(v.toObject(), &ref);
            r.attachments.insert(a.attachment, ref);
        }
    }
    return r;
}

Result<ObjectId> MergeResult::resultId(ObjectStore &store, int row) const
{
    const MergeRow &r = m_rows[row];
    switch (r.choice) {
    case MergeChoice::Base: return r.base;
    case MergeChoice::Ours: return r.ours;
    case MergeChoice::Theirs: return r.theirs;
    case MergeChoice::Merged:
    case MergeChoice::Edited: {
        const std::optional<Resource> res = composed(r);
        if (!res)
            return ObjectId();
        return store.put(res->toObjectBytes());
    }
    case MergeChoice::Unresolved: break;
    }
    return Error(Error::Code::Conflict, ErrorText::tr("%1 has an unresolved conflict").arg(r.path));
}

Result<std::optional<Resource>> MergeResult::resultResource(const ObjectStore &store, int row) const
{
    if (row < 0 || row >= m_rows.size())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("no merge row %1").arg(row));
    const MergeRow &r = m_rows[row];
    if (r.choice == MergeChoice::Merged || r.choice == MergeChoice::Edited)
        return composed(r);
    if (r.choice == MergeChoice::Unresolved)
        return Error(Error::Code::Conflict, ErrorText::tr("%1 has an unresolved conflict").arg(r.path));
    const ObjectId id = r.choice == MergeChoice::Base ? r.base : r.choice == MergeChoice::Ours ? r.ours : r.theirs;
    if (id.isNull())
        return std::optional<Resource>();
    Result<Resource> res = loadResource(store, id);
    if (!res)
        return res.error();
    return std::optional<Resource>(*res);
}

Result<ObjectId> MergeResult::writeNode(ObjectStore &store, int node) const
{
    TreeObject tree;
    for (const Node::Entry &e : m_nodes[node].entries) {
        Result<ObjectId> id = e.row >= 0 ? resultId(store, e.row) : e.child >= 0 ? writeNode(store, e.child) : Result<ObjectId>(e.id);
        if (!id)
            return id;
        if (!id->isNull())
            tree.entries.append({e.kind, *id, e.name});
    }
    if (tree.entries.isEmpty())
        return ObjectId(); // an empty subtree has no entry in its parent
    return writeTreeNode(store, std::move(tree));
}

Result<ObjectId> MergeResult::writeMerged(ObjectStore &store) const
{
    if (const int n = unresolvedCount(); n > 0)
        return Error(Error::Code::Conflict, ErrorText::tr("%n unresolved conflict(s)", nullptr, n));
    ObjectId root = m_fixedRoot;
    if (!m_nodes.isEmpty()) {
        Result<ObjectId> written = writeNode(store, 0);
        if (!written)
            return written;
        root = *written;
    }
    if (root.isNull()) // the empty state still has a root tree, as writeStateTree() writes it
        return writeTreeNode(store, TreeObject());
    return root;
}

} // namespace poddeck
