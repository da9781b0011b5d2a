#include "app/diff/DiffTree.h"

#include "state/Resource.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace poddeck {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(poddeck::DiffTree)
};

using Kind = DiffTree::Kind;

Kind kindAt(int depth) // 1 = service ... 5 = resource, then child types and child resources alternating
{
    switch (depth) {
    case 1: return Kind::Service;
    case 2: return Kind::Account;
    case 3: return Kind::Region;
    case 4: return Kind::Type;
    default: return depth % 2 == 1 ? Kind::Resource : Kind::ChildType;
    }
}

QJsonValue masked(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = Metamodel::isSecretAttribute(o, it.key()) ? QJsonValue(QString::fromLatin1(Metamodel::Mask))
                                                                    : masked(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = masked(*it);
        return a;
    }
    return value;
}

QString attachmentText(const AttachmentRef &ref, bool present)
{
    return present ? QLocale().formattedDataSize(ref.size) : jsonValueText(QJsonValue(QJsonValue::Undefined));
}

bool isValueKey(const AttributeChange &a)
{
    return a.key == QStringList{QStringLiteral("Value")};
}

class Builder
{
public:
    explicit Builder(DiffTree &tree) : m_tree(tree) { m_tree.nodes.emplace_back(); }

    int child(int parent, Kind kind, const QString &name)
    {
        const QString key = QStringLiteral("%1|%2|%3").arg(parent).arg(int(kind)).arg(name);
        if (const auto it = m_index.constFind(key); it != m_index.cend())
            return *it;
        return append(parent, kind, name, key);
    }

    int append(int parent, Kind kind, const QString &name, const QString &key = QString())
    {
        const int id = int(m_tree.nodes.size());
        DiffTree::Node node;
        node.kind = kind;
        node.name = name;
        node.parent = parent;
        node.row = int(m_tree.nodes[size_t(parent)].children.size());
        m_tree.nodes.push_back(std::move(node));
        m_tree.nodes[size_t(parent)].children.push_back(id);
        if (!key.isEmpty())
            m_index.insert(key, id);
        return id;
    }

private:
    DiffTree &m_tree;
    QHash<QString, int> m_index;
};

} // namespace

bool DiffTree::isSecretKey(const QStringList &key)
{
    return std::any_of(key.cbegin(), key.cend(),
                       [](const QString &step) { return Metamodel::isSecretAttribute(QJsonObject(), step); });
}

QString DiffTree::valueText(const QJsonValue &value, bool secret)
{
    if (secret && !value.isUndefined())
        return QString::fromLatin1(Metamodel::Mask);
    return jsonValueText(masked(value));
}

QStringList DiffTree::pathsNeedingDocuments(const QList<ResourceChange> &changes)
{
    QStringList paths;
    for (const ResourceChange &c : changes)
        if (c.kind == Change::Modified && std::any_of(c.attributes.cbegin(), c.attributes.cend(), isValueKey))
            paths.append(c.path);
    return paths;
}

DiffTree DiffTree::build(const QList<ResourceChange> &changes, const QSet<QString> &secretValuePaths)
{
    DiffTree tree;
    Builder builder(tree);
    for (const ResourceChange &c : changes) {
        QStringList segments = ResourcePath::segments(c.path);
        if (segments.isEmpty())
            segments = QStringList{c.path}; // malformed: shown as it is rather than dropped
        int node = 0;
        std::vector<int> along{0};
        for (int depth = 1; depth <= segments.size(); ++depth) {
            node = builder.child(node, kindAt(depth), segments[depth - 1]);
            along.push_back(node);
        }
        Node &resource = tree.nodes[size_t(node)];
        resource.kind = Kind::Resource; // also a malformed path's last segment
        resource.change = c.kind;
        resource.path = c.path;
        for (int n : along) {
            Node &counted = tree.nodes[size_t(n)];
            counted.added += c.kind == Change::Added;
            counted.removed += c.kind == Change::Removed;
            counted.modified += c.kind == Change::Modified;
        }
        for (const AttributeChange &a : c.attributes) {
            const int id = builder.append(node, Kind::Attribute, a.keyText());
            Node &attribute = tree.nodes[size_t(id)];
            attribute.change = Change(int(a.kind)); // the two enums list the same kinds in the same order
            attribute.secret = isSecretKey(a.key) || (isValueKey(a) && secretValuePaths.contains(c.path));
            attribute.before = valueText(a.before, attribute.secret);
            attribute.after = valueText(a.after, attribute.secret);
        }
        for (const AttachmentChange &a : c.attachments) {
            const int id = builder.append(node, Kind::Attachment, a.name);
            Node &attachment = tree.nodes[size_t(id)];
            attachment.change = Change(int(a.kind));
            attachment.before = attachmentText(a.before, a.kind != AttributeChange::Kind::Added);
            attachment.after = attachmentText(a.after, a.kind != AttributeChange::Kind::Removed);
            if (a.kind == AttributeChange::Kind::Modified)
                attachment.after += QLatin1Char(' ') + Text::tr("(%n chunk(s) changed)", nullptr, a.chunksChanged);
        }
    }
    tree.added = tree.nodes[0].added;
    tree.removed = tree.nodes[0].removed;
    tree.modified = tree.nodes[0].modified;
    return tree;
}

Result<DiffOutcome> runDiff(const DiffRequest &request, JobContext &context)
{
    Result<DiffReport> report = diffVersions(request, context);
    if (!report)
        return report.error();
    // Whether a changed "Value" is secret depends on the document (an SSM SecureString parameter): read
    // them where they are stored. The live side is not (it lived in diffVersions' store), and a value
    // whose documents cannot be read is masked: better hidden by mistake than shown by mistake.
    QSet<QString> secretValues;
    const QStringList needed = DiffTree::pathsNeedingDocuments(report->changes);
    const QSet<QString> paths(needed.cbegin(), needed.cend());
    if (!paths.isEmpty()) {
        context.setStage(Text::tr("Checking for secrets"));
        ObjectStore store(request.home);
        for (const ResourceChange &c : std::as_const(report->changes)) {
            if (!paths.contains(c.path))
                continue;
            bool read = false, secret = false;
            for (const ObjectId &id : {c.before, c.after}) {
                if (id.isNull())
                    continue;
                if (Result<Resource> r = loadResource(store, id)) {
                    read = true;
                    secret = secret || Metamodel::isSecretAttribute(r->document, QStringLiteral("Value"));
                }
            }
            for (const AttributeChange &a : c.attributes)
                if (a.key == QStringList{QStringLiteral("Type")})
                    secret = secret || a.before.toString() == QLatin1String("SecureString") ||
                             a.after.toString() == QLatin1String("SecureString");
            if (!read || secret)
                secretValues.insert(c.path);
        }
    }
    context.setStage(Text::tr("Arranging the changes"));
    DiffOutcome outcome{std::move(*report), DiffTree()};
    outcome.tree = DiffTree::build(outcome.report.changes, secretValues);
    return outcome;
}

} // namespace poddeck
