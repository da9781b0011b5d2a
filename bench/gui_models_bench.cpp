// GUI models at scale: model load and first paint (the view rendered offscreen into a QImage) for
// 10,000 pods (and their sync badges from a real catalogue), 100,000 versions (with branches and merges) and a 1,000,000-resource metamodel.
//   QT_QPA_PLATFORM=offscreen ./gui_models_bench
#include "app/contents/ContentsModel.h"
#include "app/contents/ContentsWidget.h"
#include "app/history/HistoryWidget.h"
#include "app/history/VersionListModel.h"
#include "app/jobs/JobRunner.h"
#include "app/podlist/PodListWidget.h"

#include "jobs/SyncStateCache.h"
#include "state/Resource.h"
#include "state/TreeObject.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace poddeck;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double paint(QWidget *widget)
{
    QElapsedTimer t;
    t.start();
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    widget->render(&image);
    return ms(t);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
    return done();
}

void benchPods(int count)
{
    QList<PodInfo> pods;
    pods.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        PodInfo p;
        p.name = QStringLiteral("pod-%1").arg((i * 7919) % count, 5, 10, QLatin1Char('0'));
        p.versionCount = i % 50 + 1;
        p.lastChange = now.addSecs(-i * 60);
        p.services = {QStringLiteral("s3"), QStringLiteral("sqs")};
        p.bytes = qint64(i) * 1024;
        pods.append(p);
    }
    PodListWidget widget;
    widget.resize(500, 800);
    widget.show();
    QElapsedTimer t;
    t.start();
    widget.setPods(pods);
    const double load = ms(t);
    const double first = paint(&widget);
    widget.view()->verticalScrollBar()->setValue(widget.view()->verticalScrollBar()->maximum() / 2);
    const double scrolled = paint(&widget);
    t.restart();
    widget.filterEdit()->setText(QStringLiteral("pod-0999"));
    const double filter = ms(t);
    std::printf("pods     %7d  load+sort %8.1f ms  first paint %7.1f ms  paint mid-scroll %6.1f ms  filter %6.1f ms\n",
                count, load, first, scrolled, filter);
}

void benchVersions(int count)
{
    QList<Version> versions;
    versions.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ObjectId> ids;
    ids.reserve(count);
    for (int n = 1; n <= count; ++n)
        ids.append(ObjectId::hash(QByteArray::number(n)));
    for (int n = 1; n <= count; ++n) {
        Version v;
        v.pod = QStringLiteral("big");
        v.number = n;
        v.id = ids[n - 1];
        v.message = QStringLiteral("version %1").arg(n);
        v.author = QStringLiteral("bench@poddeck");
        v.created = now.addSecs(n);
        v.services = {QStringLiteral("s3")};
        v.bytes = n * 100;
        // Mostly linear; every 40th version starts a branch from 30 back, every 100th merges one.
        if (n > 1)
            v.parents.append(ids[n % 40 == 0 && n > 30 ? n - 31 : n - 2]);
        if (n % 100 == 0 && n > 60)
            v.parents.append(ids[n - 61]);
        versions.append(std::move(v));
    }
    HistoryWidget widget;
    widget.resize(900, 800);
    widget.show();
    QElapsedTimer t;
    t.start();
    // What MainWindow's loading job does on its worker thread...
    VersionListModel::sortNewestFirst(versions);
    Lanes lanes;
    lanes.compute(versions);
    const double job = ms(t);
    // ...and what is left for the GUI thread.
    t.restart();
    widget.setSortedVersions(QStringLiteral("big"), versions, std::move(lanes));
    const double load = ms(t);
    const double first = paint(&widget);
    widget.view()->verticalScrollBar()->setValue(widget.view()->verticalScrollBar()->maximum() / 2);
    const double scrolled = paint(&widget);
    std::printf("versions %7d  sort+lanes (job) %6.1f ms  model load (GUI) %6.1f ms  first paint %6.1f ms  "
                "paint mid-scroll %6.1f ms  (%d lanes at most)\n",
                count, job, load, first, scrolled, widget.model()->lanes().maxLanes());
}

// 1 service > 1 account > 10 regions > 10 types > 10,000 resources = 1,000,000 resources. Equal
// subtrees are one object (content addressing), so the store holds a few objects, not a million.
Version buildMetamodel(const QString &home)
{
    ObjectStore store(home);
    Resource r;
    r.path = QStringLiteral("sqs/000000000000/us-east-1/queue/q");
    r.document = {{QStringLiteral("QueueName"), QStringLiteral("q")},
                  {QStringLiteral("VisibilityTimeout"), 30},
                  {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("red")}}}};
    const ObjectId resource = *store.put(r.toObjectBytes());
    auto putTree = [&](const QList<TreeObject::Entry> &entries) {
        TreeObject tree;
        tree.entries = entries;
        return *store.put(tree.toBytes());
    };
    QList<TreeObject::Entry> resources;
    for (int i = 0; i < 10000; ++i)
        resources.append({TreeObject::Kind::Resource, resource, QStringLiteral("queue-%1").arg(i, 5, 10, QLatin1Char('0'))});
    const ObjectId typeTree = putTree(resources);
    QList<TreeObject::Entry> types;
    for (int i = 0; i < 10; ++i)
        types.append({TreeObject::Kind::Tree, typeTree, QStringLiteral("type%1").arg(i)});
    const ObjectId regionTree = putTree(types);
    QList<TreeObject::Entry> regions;
    for (int i = 0; i < 10; ++i)
        regions.append({TreeObject::Kind::Tree, regionTree, QStringLiteral("region-%1").arg(i)});
    const ObjectId accountTree = putTree(regions);
    const ObjectId serviceTree = putTree({{TreeObject::Kind::Tree, accountTree, QStringLiteral("000000000000")}});
    const ObjectId root = putTree({{TreeObject::Kind::Tree, serviceTree, QStringLiteral("sqs")}});
    (void)store.flush();
    Version v;
    v.pod = QStringLiteral("huge");
    v.number = 1;
    v.root = root;
    v.resourceCount = 1000000;
    return v;
}

void benchContents()
{
    QTemporaryDir home;
    QElapsedTimer t;
    t.start();
    const Version version = buildMetamodel(home.path());
    const double build = ms(t);
    JobRunner jobs;
    ContentsWidget widget(&jobs);
    widget.resize(600, 800);
    widget.show();
    ContentsModel *model = widget.model();
    QAbstractItemModel *shown = widget.view()->model();

    t.restart();
    widget.showVersion(home.path(), version);
    waitUntil([&] { return shown->rowCount() == 1; });
    const double root = ms(t);
    const double first = paint(&widget);

    // Down to one type: service, account, region, type (each a job reading one tree object).
    t.restart();
    QModelIndex index = shown->index(0, 0);
    for (int level = 0; level < 3; ++level) {
        widget.view()->expand(index);
        waitUntil([&] { return shown->rowCount(index) > 0; });
        index = shown->index(0, 0, index);
    }
    const double down = ms(t);
    t.restart();
    widget.view()->expand(index);
    waitUntil([&] { return shown->rowCount(index) > 0; });
    const double typeLoad = ms(t);
    const double typePaint = paint(&widget);
    t.restart();
    while (shown->canFetchMore(index))
        shown->fetchMore(index);
    const double pages = ms(t);
    std::printf("contents 1000000 resources (store built in %.0f ms): root level %6.1f ms  first paint %6.1f ms\n",
                build, root, first);
    std::printf("         3 levels down %6.1f ms  10,000-resource level: first page %6.1f ms, paint %6.1f ms, "
                "all pages %6.1f ms\n",
                down, typeLoad, typePaint, pages);
    std::printf("         nodes in memory after that: %d rows at that level (of 1,000,000 in the metamodel)\n",
                shown->rowCount(index));
    waitUntil([&] { return jobs.isIdle(); });
    Q_UNUSED(model);
}

} // namespace

// Sync badges of a 10,000-pod home (5 versions each, all pushed): a full read, then a refresh after one
// pod got a new version, with the per-pod cache the pod list keeps.
void benchSyncBadges(int count)
{
    QTemporaryDir home;
    Result<std::unique_ptr<Catalogue>> opened = Catalogue::open(home.path());
    if (!opened) {
        std::printf("sync badges: %s\n", qPrintable(opened.error().message));
        return;
    }
    Catalogue &cat = **opened;
    (void)cat.addRemote(QStringLiteral("team"), QStringLiteral("file:///nowhere"));
    const auto makeVersion = [](const QString &pod, int n, const QList<ObjectId> &parents) {
        Version v;
        v.message = QStringLiteral("%1 v%2").arg(pod).arg(n);
        v.root = ObjectId::hash(v.message.toUtf8());
        v.parents = parents;
        v.author = QStringLiteral("bench@poddeck");
        v.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n);
        v.services = {QStringLiteral("s3")};
        v.id = v.computeId();
        return v;
    };
    ObjectId last;
    for (int i = 0; i < count; ++i) {
        const QString pod = QStringLiteral("pod-%1").arg(i, 5, 10, QLatin1Char('0'));
        QList<Version> versions;
        for (int n = 1; n <= 5; ++n)
            versions.append(makeVersion(pod, n, n > 1 ? QList<ObjectId>{versions.last().id} : QList<ObjectId>{}));
        (void)cat.addVersions(pod, versions);
        (void)cat.setRemoteRef(QStringLiteral("team"), pod, versions[3].id);
        last = versions.last().id;
    }
    SyncStateCache cache;
    QElapsedTimer t;
    t.start();
    Result<SyncStatesByPod> full = syncStatesOfPods(cat, *cat.pods(), &cache);
    const double fullMs = ms(t);
    const int fullRead = cache.podsReadLastTime();
    (void)cat.addVersions(QStringLiteral("pod-00042"), {makeVersion(QStringLiteral("pod-00042"), 6, {last})});
    t.restart();
    Result<QList<PodInfo>> pods = cat.pods();
    const double podsMs = ms(t);
    t.restart();
    Result<SyncStatesByPod> refresh = syncStatesOfPods(cat, *pods, &cache);
    const double refreshMs = ms(t);
    std::printf("sync badges %5d pods: full read %7.1f ms (%d pods' versions read)  refresh after 1 change %6.1f ms "
                "(%d read)  ratio %.3fx; the pod list query itself %6.1f ms\n",
                count, fullMs, fullRead, refreshMs, cache.podsReadLastTime(), refreshMs / fullMs, podsMs);
    if (!full || !refresh)
        std::printf("sync badges: a read failed\n");
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchPods(10000);
    benchSyncBadges(10000);
    benchVersions(100000);
    benchContents();
    return 0;
}
