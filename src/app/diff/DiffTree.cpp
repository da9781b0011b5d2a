#include "app/diff/DiffTree.h"

#include "state/Resource.h"
#include "state/ResourcePath.h"

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

QString attachmentText(const AttachmentRef &ref, bool present)
{
    return present ? QLocale().formattedDataSize(ref.size) : jsonValueText(QJsonValue(QJsonValue::Undefined));
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

QString DiffTree::valueText(const QJsonValue &value)
{
    return jsonValueText(value);
}

DiffTree DiffTree::build(const DiffReport &report)
{
    DiffTree tree;
    Builder builder(tree);
    for (const ResourceChange &c : report.changes) {
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
            const auto shown = [&](const QJsonValue &value) {
                const QJsonValue masked = report.shown(c, a, value);
                // A value masked whole reads as the mask itself, not as a JSON string.
                return a.secret && masked != value ? QString::fromLatin1(SecretMask::Mask) : valueText(masked);
            };
            attribute.before = shown(a.before);
            attribute.after = shown(a.after);
            attribute.secret = attribute.before != valueText(a.before) || attribute.after != valueText(a.after);
            if (attribute.secret) {
                attribute.revealedBefore = valueText(a.before);
                attribute.revealedAfter = valueText(a.after);
            }
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
    context.setStage(Text::tr("Arranging the changes"));
    DiffOutcome outcome{std::move(*report), DiffTree()};
    outcome.tree = DiffTree::build(outcome.report);
    return outcome;
}

} // namespace poddeck
