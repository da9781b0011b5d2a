#include "bundle/BundleManifest.h"

#include "state/CanonicalJson.h"
#include "util/ErrorText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>


namespace poddeck {

namespace {

QJsonObject withoutCatalogueFields(QJsonObject o)
{
    o.remove(QStringLiteral("id"));
    o.remove(QStringLiteral("pod"));
    o.remove(QStringLiteral("number"));
    return o;
}

bool isCount(const QJsonValue &v)
{
    qint64 count = 0;
    return jsonCount(v, &count);
}

} // namespace

QByteArray BundleManifest::toBytes() const
{
    QJsonArray list;
    for (const QJsonObject &v : versions)
        list.append(v);
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(Format));
    o.insert(QStringLiteral("formatVersion"), formatVersion);
    o.insert(QStringLiteral("pod"), pod);
    o.insert(QStringLiteral("head"), head.toHex());
    o.insert(QStringLiteral("versions"), list);
    o.insert(QStringLiteral("objects"), double(objects));
    o.insert(QStringLiteral("bytes"), double(bytes));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<BundleManifest> BundleManifest::parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json is not valid JSON (%1 at byte %2)")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return Error(Error::Code::Corrupt, ErrorText::tr("not a PodDeck bundle (manifest.json is not a PodDeck manifest)"));
    const QJsonValue fv = o.value(QStringLiteral("formatVersion"));
    if (!isCount(fv))
        return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json has no valid formatVersion"));
    const qint64 formatVersion = qint64(fv.toDouble());
    if (formatVersion < 1 || formatVersion > FormatVersion) {
        return Error(Error::Code::Unsupported,
                     (formatVersion > FormatVersion
                          ? ErrorText::tr("unknown bundle format version %1 (this PodDeck reads versions 1 to %2; upgrade PodDeck)")
                          : ErrorText::tr("unknown bundle format version %1 (this PodDeck reads versions 1 to %2)"))
                         .arg(formatVersion)
                         .arg(FormatVersion));
    }
    BundleManifest m;
    m.formatVersion = int(formatVersion);
    m.pod = o.value(QStringLiteral("pod")).toString();
    if (m.pod.trimmed().isEmpty())
        return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json names no pod"));
    if (!isCount(o.value(QStringLiteral("objects"))) || !isCount(o.value(QStringLiteral("bytes"))))
        return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json has no valid object count or size"));
    m.objects = qint64(o.value(QStringLiteral("objects")).toDouble());
    m.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble());
    QSet<ObjectId> ids;
    for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray()) {
        const ObjectId id = idOf(v.toObject());
        if (id.isNull())
            return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json lists a version without a valid id"));
        if (ids.contains(id))
            return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json lists version %1 twice").arg(id.toHex()));
        ids.insert(id);
        m.versions.append(v.toObject());
    }
    if (m.versions.isEmpty())
        return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json lists no versions"));
    m.head = ObjectId::fromHex(o.value(QStringLiteral("head")).toString());
    if (!ids.contains(m.head))
        return Error(Error::Code::Corrupt, ErrorText::tr("manifest.json names a head that is not one of its versions"));
    return m;
}

ObjectId BundleManifest::idOf(const QJsonObject &versionJson)
{
    return ObjectId::fromHex(versionJson.value(QStringLiteral("id")).toString());
}

bool BundleManifest::matches(const QJsonObject &versionJson, const Version &object)
{
    return idOf(versionJson) == object.id
           && withoutCatalogueFields(versionJson) == withoutCatalogueFields(object.toJson());
}

QList<Version> BundleManifest::parentsFirst(const QList<Version> &versions)
{
    QHash<ObjectId, int> index;
    for (int i = 0; i < versions.size(); ++i)
        index.insert(versions[i].id, i);
    QList<Version> out;
    QList<int> state(versions.size(), 0); // 0 new, 1 on the stack, 2 placed
    // Iterative depth-first walk (long histories must not exhaust the stack): a version is placed once
    // all its parents in the list are. Content ids cannot form cycles; a hostile list still cannot hang us.
    for (int start = 0; start < versions.size(); ++start) {
        if (state[start] != 0)
            continue;
        QList<QPair<int, int>> stack{{start, 0}}; // version index, next parent to look at
        state[start] = 1;
        while (!stack.isEmpty()) {
            auto &[i, next] = stack.last();
            const QList<ObjectId> &parents = versions[i].parents;
            if (next < parents.size()) {
                const int p = index.value(parents[next++], -1);
                if (p >= 0 && state[p] == 0) {
                    state[p] = 1;
                    stack.append({p, 0});
                }
                continue;
            }
            state[i] = 2;
            out.append(versions[i]);
            stack.removeLast();
        }
    }
    return out;
}

} // namespace poddeck
