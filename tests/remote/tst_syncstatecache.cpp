// Sync badges at scale: a refresh of a long pod list reads the versions of the pods that changed, and
// the cached answer equals a fresh one.
#include "jobs/RemoteAccess.h"
#include "jobs/SyncStateCache.h"
#include "store/Catalogue.h"
#include "support/TestHome.h"

#include <QtTest>

using namespace poddeck;

namespace {

Version makeVersion(const QString &pod, int n, const QList<ObjectId> &parents)
{
    Version v;
    v.message = QStringLiteral("%1 v%2").arg(pod).arg(n);
    v.root = ObjectId::hash(v.message.toUtf8() + "/root");
    v.parents = parents;
    v.author = QStringLiteral("t@h");
    v.created = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(n);
    v.emulatorKind = QStringLiteral("moto");
    v.services = {QStringLiteral("s3")};
    v.id = v.computeId();
    return v;
}

bool sameStates(const SyncStatesByPod &a, const SyncStatesByPod &b)
{
    if (a.keys().size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QList<SyncState> &x = it.value();
        const QList<SyncState> y = b.value(it.key());
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x[i].remote != y[i].remote || x[i].remoteHead != y[i].remoteHead || x[i].known != y[i].known
                || x[i].ahead != y[i].ahead || x[i].behind != y[i].behind)
                return false;
    }
    return true;
}

} // namespace

class TestSyncStateCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRefreshReadsOnlyWhatChanged()
    {
        test::TestHome home;
        Result<std::unique_ptr<Catalogue>> opened = Catalogue::open(home.path());
        QVERIFY(opened.ok());
        Catalogue &cat = **opened;
        QVERIFY(cat.addRemote("team", "file:///nowhere").ok());
        QVERIFY(cat.addRemote("backup", "file:///elsewhere").ok());
        constexpr int Pods = 300; // the bench (gui_models_bench) runs 10,000
        QHash<QString, Version> newest;
        for (int p = 0; p < Pods; ++p) {
            const QString pod = QStringLiteral("pod%1").arg(p, 4, 10, QLatin1Char('0'));
            const Version v1 = makeVersion(pod, 1, {});
            const Version v2 = makeVersion(pod, 2, {v1.id});
            QCOMPARE(cat.addVersions(pod, {v1, v2}).value(), 2);
            newest.insert(pod, v2);
            if (p % 3 != 2) // every third pod was never pushed: no ref, nothing to read
                QVERIFY(cat.setRemoteRef("team", pod, p % 2 ? v1.id : v2.id).ok());
        }
        QVERIFY(cat.setRemoteRef("backup", "pod0000", newest["pod0000"].id).ok());

        SyncStateCache cache;
        Result<QList<PodInfo>> pods = cat.pods();
        Result<SyncStatesByPod> first = syncStatesOfPods(cat, *pods, &cache);
        QVERIFY(first.ok());
        QCOMPARE(cache.podsReadLastTime(), 200);
        QCOMPARE(first->size(), 200);
        QCOMPARE(first->value("pod0001").first().ahead, 1); // pushed v1 only
        QCOMPARE(first->value("pod0000").size(), 2);        // team and backup

        // Nothing changed: nothing read, same answer.
        Result<SyncStatesByPod> again = syncStatesOfPods(cat, *cat.pods(), &cache);
        QCOMPARE(cache.podsReadLastTime(), 0);
        QVERIFY(sameStates(*again, *first));

        // One pod gets a version, another a new ref, a third its first push: three pods read.
        const Version v3 = makeVersion("pod0004", 3, {newest["pod0004"].id});
        QCOMPARE(cat.addVersions("pod0004", {v3}).value(), 1);
        QVERIFY(cat.setRemoteRef("team", "pod0001", newest["pod0001"].id).ok());
        QVERIFY(cat.setRemoteRef("backup", "pod0002", newest["pod0002"].id).ok());
        Result<SyncStatesByPod> after = syncStatesOfPods(cat, *cat.pods(), &cache);
        QCOMPARE(cache.podsReadLastTime(), 3);
        QCOMPARE(after->value("pod0004").first().ahead, 1);
        QCOMPARE(after->value("pod0001").first().ahead, 0);
        QVERIFY(after->contains("pod0002"));
        // And the cached answer is exactly what a fresh read says.
        QVERIFY(sameStates(*after, *syncStatesOfPods(cat, *cat.pods())));

        // A deleted version changes the answer too (the count is in the key).
        QVERIFY(cat.deleteVersion("pod0003", 2).ok());
        QVERIFY(sameStates(*syncStatesOfPods(cat, *cat.pods(), &cache), *syncStatesOfPods(cat, *cat.pods())));
        QCOMPARE(cache.podsReadLastTime(), 1);
        // A removed remote takes its refs along.
        QVERIFY(cat.removeRemote("backup").ok());
        Result<SyncStatesByPod> noBackup = syncStatesOfPods(cat, *cat.pods(), &cache);
        QCOMPARE(noBackup->value("pod0000").size(), 1);
        QVERIFY(!noBackup->contains("pod0002"));
    }
};

QTEST_GUILESS_MAIN(TestSyncStateCache)
#include "tst_syncstatecache.moc"
