#include "app/jobs/CatalogueReads.h"

#include <QCoreApplication>

namespace poddeck {

Result<QList<PodInfo>> loadPods(const QString &home, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::CatalogueReads", "Reading the catalogue"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->pods();
}

Result<QList<Version>> loadVersions(const QString &home, const QString &pod, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::CatalogueReads", "Reading versions of %1").arg(pod));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->versions(pod);
}

} // namespace poddeck
