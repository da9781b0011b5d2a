#include "jobs/PodQueries.h"

#include "util/ErrorText.h"

#include <QCoreApplication>

namespace poddeck {

Result<QList<PodInfo>> loadPods(const QString &home, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::PodQueries", "Reading the catalogue"));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->pods();
}

Result<PodInfo> loadPod(const QString &home, const QString &pod, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::PodQueries", "Reading pod %1").arg(pod));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->pod(pod);
}

Result<QList<Version>> loadVersions(const QString &home, const QString &pod, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::PodQueries", "Reading versions of %1").arg(pod));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return (*catalogue)->versions(pod);
}

Result<PodInfo> describePod(const DescribeRequest &request, JobContext &context)
{
    context.setStage(QCoreApplication::translate("poddeck::PodQueries", "Describing pod %1").arg(request.pod));
    Result<std::unique_ptr<Catalogue>> opened = Catalogue::open(request.home);
    if (!opened)
        return opened.error();
    Catalogue &cat = **opened;
    Result<PodInfo> pod = cat.pod(request.pod);
    if (!pod)
        return pod.error();
    PodDescription wanted = pod->description;
    if (request.text)
        wanted.text = *request.text;
    if (request.labels)
        wanted.labels = *request.labels;
    wanted.labels += request.addLabels;
    for (const QString &gone : request.removeLabels) {
        const qsizetype removed = wanted.labels.removeIf([&gone](const QString &l) { return l.compare(gone, Qt::CaseInsensitive) == 0; });
        if (removed == 0)
            return Error(Error::Code::NotFound, ErrorText::tr("pod '%1' has no label '%2' (it has: %3)")
                                                    .arg(pod->name, gone,
                                                         pod->description.labels.isEmpty() ? QStringLiteral("none")
                                                                                           : pod->description.labels.join(QStringLiteral(", "))));
    }
    Result<QString> text = PodDescription::checkText(wanted.text);
    if (!text)
        return text.error();
    Result<QStringList> labels = PodDescription::checkLabels(wanted.labels);
    if (!labels)
        return labels.error();
    wanted.text = *text;
    wanted.labels = *labels;
    if (wanted.sameContent(pod->description))
        return pod;
    wanted.edited = QDateTime(); // now
    if (Status st = cat.describePod(pod->name, wanted); !st)
        return st.error();
    return cat.pod(pod->name);
}

} // namespace poddeck
