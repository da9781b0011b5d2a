#include "jobs/ContentsLoader.h"

#include "emulator/awsapi/LambdaCode.h"
#include "jobs/SecretMarks.h"
#include "state/Resource.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace poddeck::ContentsLoader {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(poddeck::ContentsLoader)
};

using Kind = MetamodelNode::Kind;

QList<ContentsEntry> nested(const QJsonValue &value, const QJsonValue &shown);

// `shown` is `value` as SecretMask::masked() shows it: where the whole value became the mask, it is a
// secret, shown only when revealed and then as one value (its parts are as secret as the whole).
ContentsEntry attribute(const QString &name, const QJsonValue &value, const QJsonValue &shown)
{
    ContentsEntry e;
    e.kind = Kind::Attribute;
    e.name = name;
    e.value = value;
    e.shown = shown;
    e.secret = shown != value && shown == SecretMask::maskWhole(value);
    if (!e.secret)
        e.children = nested(value, shown);
    return e;
}

QList<ContentsEntry> nested(const QJsonValue &value, const QJsonValue &shown)
{
    QList<ContentsEntry> children;
    if (value.isObject()) {
        const QJsonObject o = value.toObject(), m = shown.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            children.append(attribute(it.key(), it.value(), m.value(it.key())));
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray(), m = shown.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            children.append(attribute(QStringLiteral("[%1]").arg(i), a.at(i), m.at(i)));
    }
    return children;
}

// Functions, layers and layer versions are read at once so the tree can mark those without code before
// they are expanded; only these small kinds, never a level of thousands of objects.
bool holdsLambdaCode(const QString &parentPath, int depth)
{
    const QStringList s = parentPath.split(QLatin1Char('/'));
    if (s.value(0) != QLatin1String("lambda"))
        return false;
    if (depth == 7) // lambda/<account>/<region>/layer/<name>/version
        return s.size() == 6 && s[3] == QLatin1String("layer") && s[5] == QLatin1String("version");
    return depth == 5 && s.size() == 4 && (s[3] == QLatin1String("function") || s[3] == QLatin1String("layer"));
}

Result<QList<ContentsEntry>> entriesOf(const ObjectStore &store, const ObjectId &tree, int depth,
                                       const QString &parentPath = QString())
{
    Result<TreeObject> read = readTree(store, tree);
    if (!read)
        return read.error();
    QList<ContentsEntry> entries;
    entries.reserve(read->entries.size());
    const Kind kind = kindAt(depth);
    for (const TreeObject::Entry &entry : std::as_const(read->entries)) {
        // A name may have a resource and a subtree (a bucket and its objects): one node for both.
        if (entries.isEmpty() || entries.last().segment != entry.name) {
            ContentsEntry e;
            e.kind = kind;
            e.segment = entry.name;
            e.name = ResourcePath::decodeSegment(entry.name);
            entries.append(std::move(e));
        }
        if (entry.kind == TreeObject::Kind::Tree)
            entries.last().tree = entry.id;
        else
            entries.last().resource = entry.id;
    }
    if (holdsLambdaCode(parentPath, depth)) {
        for (ContentsEntry &e : entries) {
            if (e.resource.isNull())
                continue;
            Result<Resource> r = loadResource(store, e.resource);
            if (!r)
                return r.error();
            e.missingCode = LambdaCode::isMissing(*r);
        }
    }
    return entries;
}

} // namespace

MetamodelNode::Kind kindAt(int depth)
{
    switch (depth) {
    case 1: return Kind::Service;
    case 2: return Kind::Account;
    case 3: return Kind::Region;
    case 4: return Kind::Type;
    default: return depth % 2 == 1 ? Kind::Resource : Kind::ChildType;
    }
}

Result<QList<ContentsEntry>> loadLevel(const QString &home, const ObjectId &tree, int depth, JobContext &context,
                                       const QString &parentPath)
{
    context.setStage(Text::tr("Reading the contents"));
    ObjectStore store(home);
    return entriesOf(store, tree, depth, parentPath);
}

Result<QList<ContentsEntry>> loadResource(const QString &home, const ObjectId &resource, const ObjectId &subtree,
                                          int depth, JobContext &context)
{
    context.setStage(Text::tr("Reading a resource"));
    ObjectStore store(home);
    QList<ContentsEntry> entries;
    Result<SecretMask> mask = SecretMarks::mask(home);
    if (!mask)
        return mask.error();
    if (!resource.isNull()) {
        Result<QByteArray> bytes = store.get(resource);
        if (!bytes)
            return bytes.error();
        Resource r;
        QString why;
        if (!Resource::fromObjectBytes(*bytes, &r, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("Resource %1 is damaged: %2").arg(resource.toHex(), why));
        const QJsonObject shown = mask->masked(r.path, r.document);
        for (auto it = r.document.constBegin(); it != r.document.constEnd(); ++it)
            entries.append(attribute(it.key(), it.value(), shown.value(it.key())));
        for (auto it = r.attachments.cbegin(); it != r.attachments.cend(); ++it) {
            ContentsEntry e;
            e.kind = Kind::Attachment;
            e.name = it.key();
            e.value = QLocale().formattedDataSize(it.value().size);
            entries.append(std::move(e));
        }
    }
    if (!subtree.isNull()) {
        Result<QList<ContentsEntry>> children = entriesOf(store, subtree, depth + 1);
        if (!children)
            return children.error();
        entries.append(*children);
    }
    return entries;
}

namespace {

bool containsText(const QJsonValue &value, const QString &text)
{
    if (value.isString())
        return value.toString().contains(text, Qt::CaseInsensitive);
    // Other values as compact JSON: numbers as written, and nested keys match too.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .contains(text, Qt::CaseInsensitive);
}

struct Search
{
    const ObjectStore &store;
    SecretMask mask;
    QString text;
    int limit;
    JobContext &context;
    QStringList found;
    qint64 visited = 0;

    // Whether an attribute value of the resource holds the text. Secret values never match (the masked
    // document is searched): a match would tell what a masked value contains.
    Result<bool> valueMatches(const ObjectId &id)
    {
        Result<QByteArray> bytes = store.get(id);
        if (!bytes)
            return bytes.error();
        Resource r;
        QString why;
        if (!Resource::fromObjectBytes(*bytes, &r, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("Resource %1 is damaged: %2").arg(id.toHex(), why));
        const QJsonObject shown = mask.masked(r.path, r.document);
        for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
            if (it.value() != QJsonValue(QString::fromLatin1(SecretMask::Mask)) && containsText(it.value(), text))
                return true;
        return false;
    }

    Status walk(const ObjectId &tree, const QString &prefix)
    {
        if (context.isCancelled())
            return Error(Error::Code::Cancelled, ErrorText::tr("Search cancelled."));
        Result<TreeObject> read = readTree(store, tree);
        if (!read)
            return read.error();
        QString last;
        for (const TreeObject::Entry &entry : std::as_const(read->entries)) {
            if (found.size() >= limit)
                return {};
            const QString path = prefix.isEmpty() ? entry.name : prefix + QLatin1Char('/') + entry.name;
            if (entry.name != last && ResourcePath::decodeSegment(entry.name).contains(text, Qt::CaseInsensitive))
                found.append(path);
            else if (entry.kind == TreeObject::Kind::Resource && (found.isEmpty() || found.last() != path)) {
                Result<bool> matches = valueMatches(entry.id);
                if (!matches)
                    return matches.error();
                if (*matches)
                    found.append(path);
            }
            last = entry.name;
            context.advance();
            if (entry.kind == TreeObject::Kind::Tree)
                if (Status st = walk(entry.id, path); !st)
                    return st;
        }
        return {};
    }
};

} // namespace

Result<QStringList> findPaths(const QString &home, const ObjectId &root, const QString &text, int limit,
                              JobContext &context)
{
    context.setStage(Text::tr("Searching for “%1”").arg(text));
    ObjectStore store(home);
    Result<SecretMask> mask = SecretMarks::mask(home);
    if (!mask)
        return mask.error();
    Search search{store, *mask, text, limit, context, {}};
    if (Status st = search.walk(root, QString()); !st)
        return st.error();
    return search.found;
}

Result<Levels> loadLevelsAlong(const QString &home, const ObjectId &root, const QStringList &paths, JobContext &context)
{
    context.setStage(Text::tr("Reading the contents"));
    ObjectStore store(home);
    Levels levels;
    for (const QString &path : paths) {
        const QStringList segments = path.split(QLatin1Char('/'));
        ObjectId tree = root;
        ObjectId resource;
        QString prefix;
        // Each level along the path, down to the parent of the match.
        for (int depth = 1; depth <= segments.size(); ++depth) {
            if (!levels.contains(prefix)) {
                const bool underResource = depth > 5 && depth % 2 == 0; // the parent is a resource
                Result<QList<ContentsEntry>> entries = underResource
                    ? loadResource(home, resource, tree, depth - 1, context)
                    : entriesOf(store, tree, depth, prefix);
                if (!entries)
                    return entries.error();
                levels.insert(prefix, *entries);
            }
            const QList<ContentsEntry> &level = levels[prefix];
            const QString &segment = segments[depth - 1];
            auto it = std::find_if(level.cbegin(), level.cend(),
                                   [&](const ContentsEntry &e) { return e.segment == segment; });
            if (it == level.cend() || (it->tree.isNull() && depth < segments.size()))
                break;
            tree = it->tree;
            resource = it->resource;
            prefix = prefix.isEmpty() ? segment : prefix + QLatin1Char('/') + segment;
            if (depth == segments.size() && it->kind == Kind::Resource && !levels.contains(prefix)) {
                // A matching resource shows its attributes too.
                Result<QList<ContentsEntry>> own = loadResource(home, it->resource, it->tree, depth, context);
                if (!own)
                    return own.error();
                levels.insert(prefix, *own);
            }
        }
    }
    return levels;
}

} // namespace poddeck::ContentsLoader
