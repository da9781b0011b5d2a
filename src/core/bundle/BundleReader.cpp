#include "bundle/BundleReader.h"

#include "bundle/ArchiveReader.h"
#include "bundle/ArchiveSafety.h"
#include "bundle/BundleManifest.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace poddeck {

namespace {

const QString ManifestName = QStringLiteral("manifest.json");

// Stores one object entry; the error says what is wrong with it.
Status storeObject(ObjectStore &store, const ArchiveReader &reader, const ObjectId &id, const QByteArray &compressed,
                   qint64 maxObjectBytes)
{
    const Status st = store.putCompressed(id, compressed, maxObjectBytes);
    if (st)
        return st;
    const Error &e = st.error();
    switch (e.code) {
    case Error::Code::LimitExceeded:
        return reader.error(e.code, ErrorText::tr("object %1 is larger than the %2 limit once decompressed "
                                                   "(a compression bomb?)")
                                        .arg(id.toHex(), ArchiveSafety::formatSize(maxObjectBytes)));
    case Error::Code::Corrupt: {
        const QString prefix = ErrorText::tr("object %1: %2").arg(id.toHex(), QString()); // ObjectStore's wording
        const QString detail = e.message.startsWith(prefix) ? e.message.mid(prefix.size()) : QString();
        return reader.error(e.code, ErrorText::tr("object %1 is damaged: %2")
                                        .arg(id.toHex(), detail.isEmpty() ? ErrorText::tr("it does not match its hash")
                                                                          : detail));
    }
    default:
        return e; // the store's own trouble (disk full ...), not the file's
    }
}

Result<BundleManifest> readManifest(ArchiveReader &reader, const BundleLimits &limits)
{
    Result<bool> more = reader.next(limits.maxManifestBytes);
    if (!more)
        return more.error();
    if (!*more)
        return reader.error(Error::Code::Corrupt, ErrorText::tr("not a PodDeck bundle (no manifest.json)"));
    if (reader.entry().name != ManifestName || reader.entry().kind != ArchiveReader::Kind::File) {
        return reader.error(Error::Code::Corrupt,
                            ErrorText::tr("not a PodDeck bundle (no manifest.json; its first entry is %1)")
                                .arg(ArchiveSafety::quoted(reader.entry().name)));
    }
    Result<QByteArray> bytes = reader.readAll();
    if (!bytes)
        return bytes.error();
    Result<BundleManifest> manifest = BundleManifest::parse(*bytes);
    if (!manifest)
        return reader.error(manifest.error().code, manifest.error().message);
    return manifest;
}

} // namespace

Result<BundleContents> BundleReader::import(ObjectStore &store, const QString &path, const BundleLimits &limits,
                                            const BundleProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? Error::Code::Io : Error::Code::NotFound,
                     ErrorText::tr("cannot open %1: %2").arg(path, file.errorString()));
    return import(store, &file, QFileInfo(path).fileName(), limits, progress);
}

Result<BundleContents> BundleReader::import(ObjectStore &store, QIODevice *in, const QString &label,
                                            const BundleLimits &limits, const BundleProgress &progress)
{
    ArchiveReader reader(in, ArchiveReader::Format::Tar, label, ArchiveSafety::Container::Bundle, limits);
    if (Status st = reader.open(); !st)
        return st.error();
    Result<BundleManifest> manifest = readManifest(reader, limits);
    if (!manifest)
        return manifest.error();
    // Bounded before anything is read: the manifest is one entry and each object another.
    if (manifest->objects >= limits.maxEntries)
        return reader.error(Error::Code::LimitExceeded, ErrorText::tr("its manifest lists %1 objects: it has more than "
                                                                       "the limit of %2 entries")
                                                            .arg(manifest->objects)
                                                            .arg(limits.maxEntries));

    static const QRegularExpression objectName(QStringLiteral("^objects/([0-9a-f]{2})/([0-9a-f]{62})$"));
    static const QRegularExpression objectDir(QStringLiteral("^objects/([0-9a-f]{2}/)?$"));
    BundleContents contents;
    contents.pod = manifest->pod;
    contents.head = manifest->head;
    QSet<ObjectId> inBundle;
    while (true) {
        Result<bool> more = reader.next(limits.maxEntryBytes);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const ArchiveReader::Entry &entry = reader.entry();
        if (entry.kind == ArchiveReader::Kind::Directory && objectDir.match(entry.name).hasMatch())
            continue; // written by generic tar tools; harmless
        const QRegularExpressionMatch m = objectName.match(entry.name);
        if (entry.kind != ArchiveReader::Kind::File || !m.hasMatch()) {
            return reader.error(Error::Code::Corrupt, ErrorText::tr("entry %1 is not part of the bundle layout "
                                                                     "(manifest.json, then objects/ab/<62 hex digits>)")
                                                          .arg(ArchiveSafety::quoted(entry.name)));
        }
        if (contents.objects >= manifest->objects)
            return reader.error(Error::Code::Corrupt, ErrorText::tr("holds more objects than the %1 its manifest lists")
                                                          .arg(manifest->objects));
        const ObjectId id = ObjectId::fromHex(QString(m.captured(1) + m.captured(2)));
        Result<QByteArray> data = reader.readAll();
        if (!data)
            return data.error();
        if (!store.contains(id))
            ++contents.newObjects;
        if (Status st = storeObject(store, reader, id, *data, limits.maxObjectBytes); !st)
            return st.error();
        inBundle.insert(id);
        ++contents.objects;
        contents.bytes += data->size();
        if (progress && !progress(reader.deviceBytesRead(), reader.deviceSize()))
            return Error(Error::Code::Cancelled, ErrorText::tr("import of %1 cancelled").arg(label));
    }
    if (contents.objects != manifest->objects) {
        return reader.error(Error::Code::Corrupt, ErrorText::tr("truncated archive (its manifest lists %1 objects, "
                                                                 "it holds %2)")
                                                      .arg(manifest->objects)
                                                      .arg(contents.objects));
    }
    if (contents.bytes != manifest->bytes)
        return reader.error(Error::Code::Corrupt, ErrorText::tr("its manifest says the objects take %1 bytes, they take %2")
                                                      .arg(manifest->bytes)
                                                      .arg(contents.bytes));

    QSet<ObjectId> reachable;
    QList<Version> versions;
    for (const QJsonObject &entry : std::as_const(manifest->versions)) {
        const ObjectId id = BundleManifest::idOf(entry);
        if (!inBundle.contains(id) && !store.contains(id))
            return reader.error(Error::Code::Corrupt, ErrorText::tr("incomplete bundle: version %1 is listed but its "
                                                                     "object is missing").arg(id.toHex()));
        Result<QByteArray> bytes = store.get(id);
        if (!bytes)
            return bytes.error();
        Version v;
        QString why;
        if (!Version::fromObjectBytes(*bytes, &v, &why))
            return reader.error(Error::Code::Corrupt, ErrorText::tr("object %1 is listed as a version but is not one (%2)")
                                                          .arg(id.toHex(), why));
        if (!BundleManifest::matches(entry, v))
            return reader.error(Error::Code::Corrupt, ErrorText::tr("manifest.json describes version %1 differently "
                                                                     "from its object").arg(id.toHex()));
        if (Status st = collectReachable(store, id, reachable, false, true); !st) {
            if (st.error().code != Error::Code::NotFound) // a crafted or damaged object, not a missing one
                return reader.error(Error::Code::Corrupt, ErrorText::tr("version %1 is damaged: %2")
                                                              .arg(id.toHex(), st.error().message));
            return reader.error(Error::Code::Corrupt, ErrorText::tr("incomplete bundle: version %1 needs an object "
                                                                     "it does not hold (%2)")
                                                          .arg(id.toHex(), st.error().message));
        }
        v.pod = contents.pod;
        versions.append(v);
    }
    for (const ObjectId &id : std::as_const(inBundle)) {
        if (!reachable.contains(id))
            return reader.error(Error::Code::Corrupt,
                                ErrorText::tr("object %1 is not used by any version of the bundle").arg(id.toHex()));
    }
    contents.versions = BundleManifest::parentsFirst(versions);
    return contents;
}

} // namespace poddeck
