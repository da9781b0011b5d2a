#include "jobs/Maintenance.h"

#include "jobs/GcLock.h"
#include "state/Version.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

Result<GcReport> collectGarbage(const QString &home, qint64 graceSeconds, JobContext &context)
{
    // Exclusive from before reading the versions until the last removal: no writer publishes a version
    // reaching objects this pass does not count as reachable (GcLock.h).
    Result<std::unique_ptr<GcLock>> lock = GcLock::acquire(home, GcLock::Mode::Exclusive, context);
    if (!lock)
        return lock.error();
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<QList<Version>> versions = (*catalogue)->allVersions();
    if (!versions)
        return versions.error();
    ObjectStore store(home);
    GcReport report;
    QSet<ObjectId> seen;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Finding reachable objects"), versions->size());
    for (const Version &v : std::as_const(*versions)) {
        // A damaged version must not make gc delete what it still reaches: stop and ask for fsck.
        if (Status st = collectReachable(store, v.id, seen, false, false); !st)
            return Error(st.error().code, ErrorText::tr("gc stopped, nothing was removed: %1").arg(st.error().message));
        context.advance();
    }
    report.reachable = seen.size();
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Removing unreachable objects"));
    Result<ObjectStore::SweepReport> swept = store.sweep(seen, graceSeconds);
    if (!swept)
        return swept.error();
    report.removed = swept->removed;
    report.bytesFreed = swept->bytesFreed;
    report.packsWritten = swept->packsWritten;
    report.packsRemoved = swept->packsRemoved;
    report.looseMoved = swept->looseMoved;
    report.tempFilesRemoved = store.removeStaleTempFiles(qMax<qint64>(graceSeconds, 3600));
    return report;
}

Result<FsckReport> checkHome(const QString &home, JobContext &context)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<QList<Version>> versions = (*catalogue)->allVersions();
    if (!versions)
        return versions.error();
    ObjectStore store(home);
    FsckReport report;
    QSet<ObjectId> seen;
    context.setStage(QCoreApplication::translate("poddeck::Stage", "Verifying versions"), versions->size());
    for (const Version &v : std::as_const(*versions)) {
        ++report.versionsChecked;
        const QString name = QStringLiteral("%1:%2").arg(v.pod).arg(v.number);
        Result<QByteArray> bytes = store.get(v.id);
        if (!bytes) {
            report.problems.append(QStringLiteral("%1 (%2): %3").arg(name, v.id.shortHex(), bytes.error().message));
            continue;
        }
        Version stored;
        QString why;
        if (!Version::fromObjectBytes(*bytes, &stored, &why)) {
            report.problems.append(QStringLiteral("%1 (%2): %3").arg(name, v.id.shortHex(), why));
            continue;
        }
        if (stored.root != v.root || stored.parents != v.parents)
            report.problems.append(ErrorText::tr("%1 (%2): catalogue row disagrees with the version object").arg(name, v.id.shortHex()));
        if (Status st = collectReachable(store, v.id, seen, true); !st)
            report.problems.append(QStringLiteral("%1 (%2): %3").arg(name, v.id.shortHex(), st.error().message));
        context.advance();
    }
    report.objectsChecked = seen.size();
    for (const QString &why : store.damagedPacks())
        report.problems.append(why);
    return report;
}

Status deleteVersionOrPod(const QString &home, const QString &refText)
{
    Result<VersionRef> ref = VersionRef::parse(refText);
    if (!ref)
        return ref.error();
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    if (ref->number > 0)
        return (*catalogue)->deleteVersion(ref->pod, ref->number);
    if (!(*catalogue)->hasPod(ref->pod))
        return Error(Error::Code::NotFound, ErrorText::tr("no pod named '%1' (see `poddeck-cli list`)").arg(ref->pod));
    return (*catalogue)->deletePod(ref->pod);
}

} // namespace poddeck
