#include "state/Metamodel.h"

#include "state/ResourcePath.h"

#include <QJsonArray>

namespace poddeck {

MetamodelNode *MetamodelNode::child(Kind k, const QString &n)
{
    for (auto &c : children)
        if (c->kind == k && c->name == n)
            return c.get();
    children.push_back(std::make_unique<MetamodelNode>());
    children.back()->kind = k;
    children.back()->name = n;
    return children.back().get();
}

QString MetamodelNode::kindName(Kind k)
{
    switch (k) {
    case Kind::Root: return QStringLiteral("root");
    case Kind::Service: return QStringLiteral("service");
    case Kind::Account: return QStringLiteral("account");
    case Kind::Region: return QStringLiteral("region");
    case Kind::Type: return QStringLiteral("type");
    case Kind::Resource: return QStringLiteral("resource");
    case Kind::ChildType: return QStringLiteral("child-type");
    case Kind::Attribute: return QStringLiteral("attribute");
    case Kind::Attachment: return QStringLiteral("attachment");
    }
    return {};
}

QJsonObject MetamodelNode::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("name"), name}};
    if (kind == Kind::Attribute || kind == Kind::Attachment)
        o.insert(QStringLiteral("value"), value);
    if (secret)
        o.insert(QStringLiteral("secret"), true);
    if (!resourcePath.isEmpty())
        o.insert(QStringLiteral("path"), resourcePath);
    if (!children.empty()) {
        QJsonArray list;
        for (const auto &c : children)
            list.append(c->toJson());
        o.insert(QStringLiteral("children"), list);
    }
    return o;
}

Metamodel::Metamodel() : m_root(std::make_unique<MetamodelNode>()) {}

void Metamodel::add(const Resource &resource, const SecretMask &mask, bool revealSecrets)
{
    const QStringList seg = ResourcePath::segments(resource.path);
    if (seg.size() < 5)
        return;
    MetamodelNode *node = m_root->child(MetamodelNode::Kind::Service, seg[0])
                              ->child(MetamodelNode::Kind::Account, seg[1])
                              ->child(MetamodelNode::Kind::Region, seg[2])
                              ->child(MetamodelNode::Kind::Type, seg[3])
                              ->child(MetamodelNode::Kind::Resource, seg[4]);
    for (qsizetype i = 5; i + 1 < seg.size(); i += 2)
        node = node->child(MetamodelNode::Kind::ChildType, seg[i])->child(MetamodelNode::Kind::Resource, seg[i + 1]);
    node->resourcePath = resource.path;
    for (auto it = resource.document.constBegin(); it != resource.document.constEnd(); ++it) {
        MetamodelNode *attr = node->child(MetamodelNode::Kind::Attribute, it.key());
        attr->value = revealSecrets ? it.value() : mask.masked(resource.path, resource.document, {it.key()}, it.value());
        attr->secret = attr->value != it.value();
    }
    for (auto it = resource.attachments.cbegin(); it != resource.attachments.cend(); ++it) {
        MetamodelNode *att = node->child(MetamodelNode::Kind::Attachment, it.key());
        att->value = QStringLiteral("%1 bytes").arg(it.value().size);
    }
}

} // namespace poddeck
