#include "app/merge/MergeDocument.h"

#include "app/ItemFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace poddeck::MergeDocument {

namespace {

const QString AttachmentsKey = QStringLiteral("@attachments");

QString attachmentText(const AttachmentRef &ref)
{
    // The hash of the chunk list tells two bodies apart even when their sizes agree.
    const QByteArray json = QJsonDocument(ref.toJson()).toJson(QJsonDocument::Compact);
    return QStringLiteral("%1, %2").arg(ItemFormat::bytes(ref.size), ObjectId::hash(json).toHex().left(12));
}

void collectChanges(const QJsonValue &base, const QJsonValue &side, QStringList &key, QList<QStringList> &out)
{
    if (base == side)
        return;
    if (!base.isObject() || !side.isObject()) {
        out.append(key);
        return;
    }
    const QJsonObject b = base.toObject(), s = side.toObject();
    QStringList keys = b.keys() + s.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &k : std::as_const(keys)) {
        key.append(k);
        collectChanges(b.value(k), s.value(k), key, out);
        key.removeLast();
    }
}

QString scalarText(const QJsonValue &value)
{
    // QJsonDocument writes only objects and arrays: wrap the value and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

void print(QList<Line> &out, int depth, const QString &label, const QJsonValue &value, const QStringList &key,
           bool comma)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    const QString tail = comma ? QStringLiteral(",") : QString();
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject o = value.toObject();
        out.append({indent + label + QLatin1Char('{'), key});
        int i = 0;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it, ++i)
            print(out, depth + 1, scalarText(it.key()) + QStringLiteral(": "), it.value(), key + QStringList{it.key()},
                  i + 1 < o.size());
        out.append({indent + QLatin1Char('}') + tail, key});
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        // A list is one value to the merge: its elements carry the list's key.
        const QJsonArray a = value.toArray();
        out.append({indent + label + QLatin1Char('['), key});
        for (qsizetype i = 0; i < a.size(); ++i)
            print(out, depth + 1, QString(), a.at(i), key, i + 1 < a.size());
        out.append({indent + QLatin1Char(']') + tail, key});
    } else {
        out.append({indent + label + scalarText(value) + tail, key});
    }
}

} // namespace

QJsonObject viewDocument(const Resource &resource)
{
    QJsonObject doc = resource.document;
    if (!resource.attachments.isEmpty()) {
        QJsonObject atts;
        for (auto it = resource.attachments.constBegin(); it != resource.attachments.constEnd(); ++it)
            atts.insert(it.key(), attachmentText(it.value()));
        doc.insert(AttachmentsKey, atts);
    }
    return doc;
}

QStringList keyPath(const MergeAttribute &attribute)
{
    return attribute.attachment.isEmpty() ? attribute.key : QStringList{AttachmentsKey, attribute.attachment};
}

QList<QStringList> changedKeys(const QJsonObject &base, const QJsonObject &side)
{
    QList<QStringList> out;
    QStringList key;
    collectChanges(base, side, key, out);
    return out;
}

QJsonObject masked(const SecretMask &mask, const QString &path, const QJsonObject &document,
                   const QList<QStringList> &revealed)
{
    QJsonObject plain = document;
    const QJsonValue attachments = plain.take(AttachmentsKey);
    QJsonObject out = mask.masked(path, plain, revealed);
    if (!attachments.isUndefined())
        out.insert(AttachmentsKey, attachments);
    return out;
}

namespace {

QJsonValue unmaskedValue(const QJsonValue &edited, const QJsonValue &original)
{
    if (edited == QJsonValue(QString::fromLatin1(SecretMask::Mask)) && !original.isUndefined())
        return original;
    if (edited.isObject() && original.isObject())
        return unmasked(edited.toObject(), original.toObject());
    if (edited.isArray() && original.isArray() && edited.toArray().size() == original.toArray().size()) {
        QJsonArray a = edited.toArray();
        const QJsonArray o = original.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = unmaskedValue(a.at(i), o.at(i));
        return a;
    }
    return edited;
}

} // namespace

QJsonObject unmasked(const QJsonObject &edited, const QJsonObject &original)
{
    QJsonObject out = edited;
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value() = unmaskedValue(it.value(), original.value(it.key()));
    return out;
}

QList<Line> prettyLines(const QJsonObject &document)
{
    QList<Line> out;
    print(out, 0, QString(), document, QStringList(), false);
    return out;
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("—");
    return scalarText(value);
}

bool isUnder(const QStringList &key, const QList<QStringList> &keys)
{
    for (const QStringList &k : keys)
        if (key.size() >= k.size() && std::equal(k.begin(), k.end(), key.begin()))
            return true;
    return false;
}

} // namespace poddeck::MergeDocument
