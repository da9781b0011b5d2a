#include "remote/RemotePod.h"

#include "bundle/BundleManifest.h"
#include "remote/PackIndex.h"
#include "state/CanonicalJson.h"
#include "util/ErrorText.h"

#include <QDateTime>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace poddeck {

qsizetype RemotePod::indexOf(const ObjectId &id) const
{
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (versions[i].id == id)
            return i;
    return -1;
}

void RemotePod::addPush(const ObjectId &head, const QStringList &written)
{
    if (written.isEmpty())
        return;
    pushes.append({head, written});
    while (pushes.size() > MaxPushes)
        pushes.removeFirst();
}

QByteArray RemotePod::toBytes() const
{
    QJsonArray list;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        Version v = versions[i];
        v.pod = pod;
        v.number = int(i + 1);
        list.append(v.toJson());
    }
    QJsonObject o{{"format", QLatin1String(Format)},
                        {"formatVersion", treeParts ? 3 : packs.isEmpty() ? 1 : 2},
                        {"pod", pod},
                        {"head", head.isNull() ? QJsonValue() : QJsonValue(head.toHex())},
                        {"versions", list},
                        {"updated", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                        {"updatedBy", updatedBy}};
    if (!packs.isEmpty())
        o.insert(QStringLiteral("packs"), QJsonArray::fromStringList(packs));
    if (!pushes.isEmpty()) {
        QJsonArray list;
        for (const Push &p : pushes)
            list.append(QJsonObject{{"head", p.head.toHex()}, {"packs", QJsonArray::fromStringList(p.packs)}});
        o.insert(QStringLiteral("pushes"), list);
    }
    if (!description.isEmpty() || description.edited.isValid())
        description.writeJson(o);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<RemotePod> RemotePod::parse(const QByteArray &bytes, const QString &label)
{
    auto corrupt = [&label](const QString &why) {
        return Error(Error::Code::Corrupt, QStringLiteral("%1: %2").arg(label, why));
    };
    if (bytes.size() > MaxBytes)
        return corrupt(ErrorText::tr("larger than %1 bytes").arg(MaxBytes));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(ErrorText::tr("not a JSON object (%1)").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value("format").toString() != QLatin1String(Format))
        return corrupt(ErrorText::tr("not a PodDeck remote pod file"));
    const int formatVersion = o.value("formatVersion").toInt();
    if (formatVersion > FormatVersion)
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("%1 was written by a newer PodDeck (format %2); upgrade to use this remote").arg(label).arg(formatVersion));
    if (formatVersion < 1)
        return corrupt(ErrorText::tr("bad formatVersion"));
    RemotePod pod;
    pod.treeParts = formatVersion >= 3;
    pod.pod = o.value("pod").toString();
    pod.updatedBy = o.value("updatedBy").toString();
    pod.description = PodDescription::fromJson(o);
    const QJsonValue head = o.value("head");
    if (!head.isNull() && !head.isUndefined()) {
        pod.head = ObjectId::fromHex(head.toString());
        if (pod.head.isNull())
            return corrupt(ErrorText::tr("bad head"));
    }
    for (const QJsonValue &entry : o.value("versions").toArray()) {
        const QJsonObject vo = entry.toObject();
        const ObjectId listed = BundleManifest::idOf(vo);
        if (listed.isNull())
            return corrupt(ErrorText::tr("a version entry has no valid id"));
        // The entry minus the catalogue fields is the version object: rebuilding it checks the listed id.
        QJsonObject object = vo;
        object.remove(QStringLiteral("id"));
        object.remove(QStringLiteral("pod"));
        object.remove(QStringLiteral("number"));
        object.insert(QStringLiteral("type"), QStringLiteral("version"));
        Version v;
        QString why;
        if (!Version::fromObjectBytes(canonicalJson(object), &v, &why))
            return corrupt(ErrorText::tr("version %1: %2").arg(listed.shortHex(), why));
        if (v.id != listed)
            return corrupt(ErrorText::tr("the entry of version %1 does not match its id").arg(listed.shortHex()));
        v.pod = pod.pod;
        v.number = int(pod.versions.size() + 1);
        if (pod.contains(v.id))
            return corrupt(ErrorText::tr("version %1 is listed twice").arg(v.id.shortHex()));
        pod.versions.append(v);
    }
    for (const QJsonValue &pack : o.value("packs").toArray()) {
        if (!PackIndex::isPackId(pack.toString()))
            return corrupt(ErrorText::tr("it names a pack by a bad id"));
        pod.packs.append(pack.toString());
    }
    pod.packs.sort();
    pod.packs.removeDuplicates();
    // Informative (a pull reads these packs ahead): an entry it cannot use is skipped, not an error.
    for (const QJsonValue &entry : o.value("pushes").toArray()) {
        Push p;
        p.head = ObjectId::fromHex(entry.toObject().value("head").toString());
        for (const QJsonValue &pack : entry.toObject().value("packs").toArray())
            p.packs.append(pack.toString());
        if (!p.head.isNull() && std::all_of(p.packs.cbegin(), p.packs.cend(), PackIndex::isPackId))
            pod.pushes.append(p);
    }
    while (pod.pushes.size() > MaxPushes)
        pod.pushes.removeFirst();
    if (!pod.head.isNull() && !pod.contains(pod.head))
        return corrupt(ErrorText::tr("its head %1 is not among its versions").arg(pod.head.shortHex()));
    return pod;
}

} // namespace poddeck
