#include "bundle/LocalStackZip.h"

#include "bundle/ArchiveEntryDevice.h"
#include "bundle/ArchiveReader.h"
#include "bundle/ArchiveSafety.h"
#include "bundle/ArchiveWriter.h"
#include "bundle/LocalStackMetadata.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
#include "store/StateTreeWriter.h"
#include "util/ErrorText.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace poddeck {

namespace {

const QString EntryKey = QStringLiteral("entry");
const QString ContentKey = QStringLiteral("content");
const QString MetadataName = QStringLiteral("metadata.yaml");
const QString DefaultAccount = QStringLiteral("000000000000");

// Where an entry goes in the state tree, and the document fields that say so.
Resource resourceFor(const QString &entryName, qint64 size, bool directory)
{
    Resource r;
    r.document.insert(EntryKey, entryName);
    r.document.insert(QStringLiteral("size"), double(size));
    if (directory)
        r.document.insert(QStringLiteral("directory"), true);
    const QStringList parts = entryName.split(QLatin1Char('/'));
    if (parts.size() >= 5 && parts[0] == QLatin1String("api_states")) {
        const QString rest = parts.mid(4).join(QLatin1Char('/'));
        if (!rest.isEmpty()) {
            r.path = ResourcePath::make(parts[2], parts[1], parts[3], QLatin1String(LocalStackZip::StateType), rest);
            r.document.insert(QStringLiteral("account"), parts[1]);
            r.document.insert(QStringLiteral("service"), parts[2]);
            r.document.insert(QStringLiteral("region"), parts[3]);
            return r;
        }
    }
    r.path = ResourcePath::make(QLatin1String(LocalStackZip::OtherService), DefaultAccount, QStringLiteral("global"),
                                QStringLiteral("file"), entryName);
    return r;
}

// The service an entry holds state of, for zips without metadata.yaml.
QString serviceOf(const QString &entryName)
{
    const QStringList parts = entryName.split(QLatin1Char('/'));
    if (parts.size() >= 5 && parts[0] == QLatin1String("api_states"))
        return parts[2];
    if (parts.size() >= 3 && parts[0] == QLatin1String("assets"))
        return parts[1];
    return {};
}

// Version object for the collected resources; StateBuilder::finish() would derive services from the paths,
// which here include the "localstack" pseudo-service.
Result<Version> finishVersion(ObjectStore &store, const StateBuilder &builder, const QMap<QString, ObjectId> &resources,
                              Version v)
{
    Result<ObjectId> root = writeStateTree(store, resources);
    if (!root)
        return root.error();
    v.root = *root;
    v.resourceCount = builder.resourceCount();
    v.bytes = builder.bytes();
    if (!v.created.isValid())
        v.created = QDateTime::currentDateTimeUtc();
    v.created = v.created.toUTC();
    v.created.setTime(QTime::fromMSecsSinceStartOfDay(v.created.time().msecsSinceStartOfDay()));
    Result<ObjectId> id = store.put(v.toObjectBytes());
    if (!id)
        return id.error();
    v.id = *id;
    return v;
}

} // namespace

Result<Version> LocalStackZip::import(ObjectStore &store, const QString &zipPath, const BundleLimits &limits,
                                      const Version &meta, const BundleProgress &progress)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? Error::Code::Io : Error::Code::NotFound,
                     ErrorText::tr("cannot open %1: %2").arg(zipPath, file.errorString()));
    return import(store, &file, QFileInfo(zipPath).fileName(), limits, meta, progress);
}

Result<Version> LocalStackZip::import(ObjectStore &store, QIODevice *in, const QString &label,
                                      const BundleLimits &limits, const Version &meta, const BundleProgress &progress)
{
    ArchiveReader reader(in, ArchiveReader::Format::Zip, label, ArchiveSafety::Container::LocalStackZip, limits);
    if (Status st = reader.open(); !st)
        return st.error();
    StateBuilder builder(store);
    QMap<QString, ObjectId> resources;
    QSet<QString> entryServices;
    LocalStackMetadata metadata;
    while (true) {
        const qint64 cap = limits.maxFileBytes;
        Result<bool> more = reader.next(cap);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const ArchiveReader::Entry entry = reader.entry();
        const bool directory = entry.kind == ArchiveReader::Kind::Directory;
        AttachmentRef content;
        if (!directory) {
            if (entry.name == MetadataName) {
                // Small, and needed whole to read services and version; stored like any other entry.
                QByteArray bytes;
                char buf[16 * 1024];
                qint64 n;
                while ((n = reader.read(buf, sizeof buf)) > 0) {
                    bytes.append(buf, qsizetype(n));
                    if (bytes.size() > limits.maxManifestBytes)
                        return reader.error(Error::Code::LimitExceeded, ErrorText::tr("metadata.yaml is larger than the %1 limit")
                                                                            .arg(ArchiveSafety::formatSize(limits.maxManifestBytes)));
                }
                if (n < 0)
                    return reader.lastError();
                metadata = LocalStackMetadata::parse(bytes);
                Result<AttachmentRef> ref = builder.putAttachment(bytes);
                if (!ref)
                    return ref.error();
                content = *ref;
            } else {
                ArchiveEntryDevice device(reader);
                Result<AttachmentRef> ref = store.putBlob(&device);
                if (device.error().isError())
                    return device.error();
                if (!ref)
                    return ref.error();
                content = *ref;
            }
            if (entry.declaredSize >= 0 && content.size != entry.declaredSize) {
                return reader.error(Error::Code::Corrupt, ErrorText::tr("truncated archive (entry %1 holds %2 bytes, "
                                                                         "its header says %3)")
                                                              .arg(ArchiveSafety::quoted(entry.name))
                                                              .arg(content.size)
                                                              .arg(entry.declaredSize));
            }
        }
        Resource r = resourceFor(entry.name, content.size, directory);
        if (!directory)
            r.attachments.insert(ContentKey, content);
        if (Status st = builder.add(r); !st)
            return reader.error(st.error().code, ErrorText::tr("entry %1: %2").arg(ArchiveSafety::quoted(entry.name),
                                                                                    st.error().message));
        resources.insert(r.path, ObjectId::hash(r.toObjectBytes()));
        if (const QString s = serviceOf(entry.name); !s.isEmpty())
            entryServices.insert(s);
        if (progress && !progress(reader.deviceBytesRead(), reader.deviceSize()))
            return Error(Error::Code::Cancelled, ErrorText::tr("import of %1 cancelled").arg(label));
    }

    Version v = meta;
    v.emulatorKind = QStringLiteral("localstack");
    if (!metadata.version.isEmpty())
        v.emulatorVersion = metadata.version;
    if (metadata.hasServices) {
        v.services = metadata.services;
    } else {
        v.services = QStringList(entryServices.cbegin(), entryServices.cend());
        std::sort(v.services.begin(), v.services.end());
    }
    if (v.message.isEmpty())
        v.message = QStringLiteral("Imported from LocalStack state %1").arg(label);
    return finishVersion(store, builder, resources, v);
}

Status LocalStackZip::exportVersion(const ObjectStore &store, const Version &version, const QString &zipPath,
                                    const BundleProgress &progress)
{
    return ArchiveWriter::writeFileAtomically(zipPath, [&](QIODevice *out) {
        return exportVersion(store, version, out, progress);
    });
}

Status LocalStackZip::exportVersion(const ObjectStore &store, const Version &version, QIODevice *out,
                                    const BundleProgress &progress)
{
    Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, version.root);
    if (!flat)
        return flat.error();
    QMap<QString, Resource> entries; // entry name -> resource; sorted, so directories precede their contents
    qint64 total = 0;
    for (auto it = flat->cbegin(); it != flat->cend(); ++it) {
        Result<Resource> loaded = loadResource(store, it.value());
        if (!loaded)
            return loaded.error();
        const Resource &r = *loaded;
        const QString name = r.document.value(EntryKey).toString();
        if (name.isEmpty())
            continue;
        const QString problem = ArchiveSafety::nameProblem(name, ArchiveSafety::Container::LocalStackZip);
        if (!problem.isEmpty())
            return Error(Error::Code::Corrupt, ErrorText::tr("resource %1 records an unsafe LocalStack entry: %2").arg(r.path, problem));
        const QString key = name.endsWith(QLatin1Char('/')) ? name.chopped(1) : name;
        if (entries.contains(key))
            return Error(Error::Code::Corrupt, ErrorText::tr("two resources record LocalStack entry %1").arg(ArchiveSafety::quoted(name)));
        total += r.attachments.value(ContentKey).size;
        entries.insert(key, r);
    }
    if (entries.isEmpty()) {
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("version %1 was not imported from LocalStack (it holds no LocalStack state "
                                    "entries), so it cannot be exported as a LocalStack state zip")
                         .arg(version.id.shortHex()));
    }

    // Zip times are DOS times (1980 or later); the version's own time keeps exports of it identical.
    const qint64 mtime = qMax<qint64>(version.created.isValid() ? version.created.toSecsSinceEpoch() : 0, 315532800 + 86400);
    ArchiveWriter zip(out, ArchiveWriter::Format::Zip);
    if (Status st = zip.open(); !st)
        return st;
    qint64 done = 0;
    for (const Resource &r : std::as_const(entries)) {
        const QString name = r.document.value(EntryKey).toString();
        if (r.document.value(QStringLiteral("directory")).toBool()) {
            if (Status st = zip.addDirectory(name, mtime); !st)
                return st;
            continue;
        }
        const AttachmentRef content = r.attachments.value(ContentKey);
        if (Status st = zip.beginFile(name, content.size, mtime); !st)
            return st;
        qint64 written = 0;
        for (const ObjectId &chunk : content.chunks) {
            Result<QByteArray> bytes = store.get(chunk);
            if (!bytes)
                return Error(bytes.error().code, ErrorText::tr("%1 (content of %2)").arg(bytes.error().message, name));
            if (Status st = zip.write(*bytes); !st)
                return st;
            written += bytes->size();
            done += bytes->size();
            if (progress && !progress(done, total))
                return Error(Error::Code::Cancelled, ErrorText::tr("export cancelled"));
        }
        if (written != content.size)
            return Error(Error::Code::Corrupt, ErrorText::tr("content of %1 has %2 bytes, its reference says %3")
                                                   .arg(name).arg(written).arg(content.size));
    }
    return zip.close();
}

} // namespace poddeck
