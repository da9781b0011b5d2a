#include "aws/XmlNode.h"

#include "util/ErrorText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <algorithm>

namespace poddeck {

bool XmlNode::readElement(QXmlStreamReader &reader, XmlNode &node, int depth)
{
    node.m_name = reader.name().toString();
    for (const QXmlStreamAttribute &a : reader.attributes())
        node.m_attributes.append({a.name().toString(), a.value().toString()});
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth + 1 >= MaxDepth) {
                reader.raiseError(ErrorText::tr("elements nested deeper than %1").arg(MaxDepth));
                return false;
            }
            node.m_children.append(XmlNode());
            if (!readElement(reader, node.m_children.last(), depth + 1))
                return false;
        } else if (token == QXmlStreamReader::Characters) {
            node.m_text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (!node.m_children.isEmpty() && node.m_text.trimmed().isEmpty())
                node.m_text.clear(); // indentation between child elements
            return true;
        }
    }
    return false;
}

Result<XmlNode> XmlNode::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    bool haveRoot = false;
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (haveRoot) {
            reader.raiseError(ErrorText::tr("more than one root element"));
            break;
        }
        haveRoot = true;
        if (!readElement(reader, root, 0) && !reader.hasError())
            reader.raiseError(ErrorText::tr("document ends inside <%1>").arg(root.m_name));
    }
    if (reader.hasError())
        return Error(Error::Code::Corrupt, ErrorText::tr("malformed XML at line %1, column %2: %3")
                                               .arg(reader.lineNumber())
                                               .arg(reader.columnNumber())
                                               .arg(reader.errorString()));
    if (!haveRoot)
        return Error(Error::Code::Corrupt, ErrorText::tr("malformed XML: no root element"));
    return root;
}

const XmlNode &XmlNode::null()
{
    static const XmlNode empty;
    return empty;
}

QString XmlNode::attribute(const QString &name) const
{
    for (const auto &[n, v] : m_attributes) {
        if (n == name)
            return v;
    }
    return {};
}

const XmlNode &XmlNode::child(QStringView name) const
{
    for (const XmlNode &c : m_children) {
        if (c.m_name == name)
            return c;
    }
    return null();
}

QList<XmlNode> XmlNode::childrenNamed(QStringView name) const
{
    QList<XmlNode> out;
    for (const XmlNode &c : m_children) {
        if (c.m_name == name)
            out.append(c);
    }
    return out;
}

const XmlNode &XmlNode::at(QStringView path) const
{
    const XmlNode *node = this;
    for (QStringView part : path.split(u'/', Qt::SkipEmptyParts)) {
        node = &node->child(part);
        if (node->isNull())
            return null();
    }
    return *node;
}

const XmlNode &XmlNode::find(QStringView name) const
{
    for (const XmlNode &c : m_children) {
        if (c.m_name == name)
            return c;
        const XmlNode &deeper = c.find(name);
        if (!deeper.isNull())
            return deeper;
    }
    return null();
}

QJsonValue XmlNode::toJson() const
{
    if (m_children.isEmpty())
        return m_text;
    const bool listWrapper = std::all_of(m_children.begin(), m_children.end(), [](const XmlNode &c) {
        return c.m_name == QLatin1String("member") || c.m_name == QLatin1String("item");
    });
    if (listWrapper) {
        QJsonArray array;
        for (const XmlNode &c : m_children)
            array.append(c.toJson());
        return array;
    }
    QJsonObject object;
    for (const XmlNode &c : m_children) {
        const QJsonValue v = c.toJson();
        auto it = object.find(c.m_name);
        if (it == object.end()) {
            object.insert(c.m_name, v);
        } else if (it->isArray()) {
            QJsonArray a = it->toArray();
            a.append(v);
            *it = a;
        } else {
            *it = QJsonArray{*it, v};
        }
    }
    return object;
}

} // namespace poddeck
