#include "bundle/BundleWriter.h"

#include "bundle/ArchiveWriter.h"
#include "bundle/BundleManifest.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace poddeck {

namespace {

QString entryName(const ObjectId &id)
{
    const QString hex = id.toHex();
    return QStringLiteral("objects/") + hex.left(2) + QLatin1Char('/') + hex.mid(2);
}

} // namespace

Status BundleWriter::write(const ObjectStore &store, const QString &podName, const QList<Version> &versions,
                           const QString &path, const BundleProgress &progress)
{
    return ArchiveWriter::writeFileAtomically(path, [&](QIODevice *out) {
        return write(store, podName, versions, out, progress);
    });
}

Status BundleWriter::write(const ObjectStore &store, const QString &podName, const QList<Version> &versions,
                           QIODevice *out, const BundleProgress &progress)
{
    if (podName.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a bundle needs a pod name"));
    if (versions.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("a bundle needs at least one version"));

    QList<Version> objects;
    QSet<ObjectId> listed;
    for (const Version &v : versions) {
        if (listed.contains(v.id))
            continue;
        listed.insert(v.id);
        Result<QByteArray> bytes = store.get(v.id);
        if (!bytes)
            return bytes.error();
        Version o;
        QString why;
        if (!Version::fromObjectBytes(*bytes, &o, &why))
            return Error(Error::Code::Corrupt, ErrorText::tr("version %1: %2").arg(v.id.toHex(), why));
        o.pod = podName;
        o.number = v.number;
        objects.append(o);
    }
    objects = BundleManifest::parentsFirst(objects);

    QSet<ObjectId> reachable;
    bool treeParts = false;
    for (const Version &v : std::as_const(objects)) {
        if (Status st = collectReachable(store, v.id, reachable, false, true, &treeParts); !st)
            return Error(st.error().code, ErrorText::tr("cannot export version %1: %2").arg(v.id.shortHex(), st.error().message));
    }
    QList<ObjectId> ids(reachable.cbegin(), reachable.cend());
    std::sort(ids.begin(), ids.end());

    BundleManifest manifest;
    manifest.formatVersion = treeParts ? 2 : 1;
    manifest.pod = podName;
    manifest.head = objects.last().id;
    for (const Version &v : std::as_const(objects))
        manifest.versions.append(v.toJson());
    manifest.objects = ids.size();
    QList<qint64> sizes;
    sizes.reserve(ids.size());
    for (const ObjectId &id : std::as_const(ids)) {
        Result<qint64> size = store.storedSize(id);
        if (!size)
            return size.error();
        sizes.append(*size);
        manifest.bytes += *size;
    }

    ArchiveWriter tar(out, ArchiveWriter::Format::Tar);
    if (Status st = tar.open(); !st)
        return st;
    const QByteArray manifestBytes = manifest.toBytes();
    if (Status st = tar.beginFile(QStringLiteral("manifest.json"), manifestBytes.size(), 0); !st)
        return st;
    if (Status st = tar.write(manifestBytes); !st)
        return st;
    qint64 done = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Result<QByteArray> bytes = store.getCompressed(ids[i]);
        if (!bytes)
            return bytes.error();
        if (bytes->size() != sizes[i])
            return Error(Error::Code::Io, ErrorText::tr("object %1 changed while it was exported").arg(ids[i].toHex()));
        if (Status st = tar.beginFile(entryName(ids[i]), bytes->size(), 0); !st)
            return st;
        if (Status st = tar.write(*bytes); !st)
            return st;
        done += bytes->size();
        if (progress && !progress(done, manifest.bytes))
            return Error(Error::Code::Cancelled, ErrorText::tr("export cancelled"));
    }
    return tar.close();
}

} // namespace poddeck
