#include "jobs/AttachCode.h"

#include "emulator/awsapi/LambdaCode.h"
#include "jobs/CommitDirectory.h"
#include "jobs/GcLock.h"
#include "jobs/Inspect.h"
#include "jobs/VersionCommit.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/ResourceLoad.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>
#include <QFile>

#include <utility>

namespace poddeck {

Result<AttachCodeReport> attachCode(const AttachCodeRequest &request, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Reading %1").arg(request.zipFile));
    QFile file(request.zipFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, ErrorText::tr("cannot read %1: %2").arg(request.zipFile, file.errorString()));
    const QByteArray zip = file.readAll();
    if (!zip.startsWith("PK"))
        return Error(Error::Code::InvalidArgument, ErrorText::tr("%1 is not a zip file: Lambda code is a .zip").arg(request.zipFile));

    Result<Version> source = resolveVersion(request.home, request.ref);
    if (!source)
        return source.error();
    // Until the version is published: gc must not remove what it stores or finds already stored.
    Result<std::unique_ptr<GcLock>> gcLock = GcLock::acquire(request.home, GcLock::Mode::Shared, context);
    if (!gcLock)
        return gcLock.error();
    ObjectStore store(request.home);
    Result<QMap<QString, ObjectId>> map = flattenStateTree(store, source->root);
    if (!map)
        return map.error();
    const ObjectId id = map->value(request.path);
    if (id.isNull())
        return Error(Error::Code::NotFound, ErrorText::tr("%1 holds no %2").arg(request.ref.toString(), ResourcePath::display(request.path)));
    Result<Resource> resource = loadResource(store, id);
    if (!resource)
        return resource.error();
    if (LambdaCode::attachKey(resource->path, resource->document).isEmpty())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("%1 is not a Lambda function or layer: only those take code").arg(ResourcePath::display(request.path)));

    AttachCodeReport report;
    const QString what = LambdaCode::describe(resource->path, resource->document);
    const QString sha = LambdaCode::sha256(zip);
    const QString recorded = resource->document.value(QStringLiteral("CodeSha256")).toString();
    if (!recorded.isEmpty() && sha != recorded)
        report.warnings.append(ErrorText::tr("%1: the zip is not the code the emulator ran (CodeSha256 %2, recorded %3); "
                                              "the new version records the zip").arg(what, sha, recorded));

    context.setStage(QCoreApplication::translate("poddeck::Stage", "Writing version"));
    StateBuilder builder(store);
    Result<AttachmentRef> ref = builder.putAttachment(zip);
    if (!ref)
        return ref.error();
    const Resource fixed = LambdaCode::withCode(*resource, *ref, sha);
    // Every other resource is taken over by id without reading it. Their sizes are only needed for the
    // version's byte total, which is the source's total less the replaced resource: booked once.
    qint64 otherBytes = source->bytes - resource->byteSize();
    for (auto it = map->cbegin(); it != map->cend(); ++it) {
        Status st = it.key() == request.path ? builder.add(fixed) : builder.addExisting(it.key(), it.value(), std::exchange(otherBytes, 0));
        if (!st)
            return st.error();
    }
    Version meta;
    meta.message = QStringLiteral("Attach code to %1").arg(what);
    meta.author = request.author.isEmpty() ? defaultAuthor() : request.author;
    meta.emulatorKind = source->emulatorKind;
    meta.emulatorVersion = source->emulatorVersion;
    Result<Version> version = commitVersion(request.home, source->pod, QString(), meta, store, context, [&](Version m) {
        m.parents = {source->id}; // the version it fixes, even when newer versions exist
        return builder.finish(m);
    });
    if (!version)
        return version.error();
    report.version = *version;
    return report;
}

} // namespace poddeck
