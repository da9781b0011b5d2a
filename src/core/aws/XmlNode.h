#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace poddeck {

// A read-only element tree for AWS XML responses (query and REST-XML protocols), built with
// QXmlStreamReader. Namespaces are dropped (AWS uses one default namespace per response); mixed content is
// not kept: an element has either text or children. Lookups of missing children return a null node, so
// chains like `root.child("A").child("B").text()` never crash.
class XmlNode
{
public:
    static constexpr int MaxDepth = 128;

    XmlNode() = default;
    // Fails with Code::Corrupt on malformed, truncated or too deeply nested XML.
    static Result<XmlNode> parse(const QByteArray &xml);

    bool isNull() const { return m_name.isEmpty(); }
    const QString &name() const { return m_name; }
    const QString &text() const { return m_text; }
    const QList<XmlNode> &children() const { return m_children; }
    QString attribute(const QString &name) const;

    const XmlNode &child(QStringView name) const;
    QList<XmlNode> childrenNamed(QStringView name) const;
    // Slash-separated path of child names relative to this node: "ListBucketResult/Contents".
    const XmlNode &at(QStringView path) const;
    QString textAt(QStringView path) const { return at(path).text(); }
    // The first element with this name anywhere below (depth first), or a null node.
    const XmlNode &find(QStringView name) const;

    // A JSON view: text elements become strings, elements with children become objects; repeated names
    // (and AWS list wrappers' <member>/<item> children) become arrays.
    QJsonValue toJson() const;

private:
    static const XmlNode &null();
    static bool readElement(QXmlStreamReader &reader, XmlNode &node, int depth);

    QString m_name;
    QString m_text;
    QList<QPair<QString, QString>> m_attributes;
    QList<XmlNode> m_children;
};

} // namespace poddeck
