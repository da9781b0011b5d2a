// Where the space goes: per-service figures of a version and new bytes per version, checked against the
// object files on disk.
#include "jobs/SpaceUsage.h"
#include "jobs/VersionCommit.h"
#include "state/Resource.h"
#include "state/ResourcePath.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/LocalPackIndex.h"
#include "store/StateBuilder.h"
#include "support/TestHome.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QtTest>

using namespace poddeck;

namespace {

Resource makeResource(const QString &service, const QString &name, const QByteArray &body, ObjectStore &store)
{
    Resource r;
    r.path = ResourcePath::make(service, QStringLiteral("123456789012"), QStringLiteral("us-east-1"),
                                QStringLiteral("thing"), name);
    r.document = QJsonObject{{QStringLiteral("name"), name}};
    if (!body.isEmpty())
        r.attachments.insert(QStringLiteral("body"), *store.putBlob(body));
    return r;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
    return b;
}

// The compressed bytes the store holds, counted from its files: every pack less its 8-byte magic (their
// indexes are bookkeeping, not content).
qint64 objectFilesOnDisk(const QString &home)
{
    qint64 total = 0;
    QDirIterator it(home + QStringLiteral("/objects"), {QStringLiteral("*.pack")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size() - LocalPackIndex::PackMagic.size();
    }
    return total;
}

} // namespace

class TestSpaceUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesAndHistoryAddUp()
    {
        test::TestHome home;
        Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home.path());
        QVERIFY(cat.ok());
        const QByteArray big = randomBytes(300 * 1024, 1);
        {
            ObjectStore store(home.path());
            StateBuilder b(store);
            QVERIFY(b.add(makeResource("s3", "bucket-a", big, store)).ok());
            QVERIFY(b.add(makeResource("sqs", "queue-a", {}, store)).ok());
            QVERIFY(b.add(makeResource("sqs", "queue-b", {}, store)).ok());
            Version meta;
            meta.message = "first";
            meta.author = "t@h";
            Result<Version> v = b.finish(meta);
            QVERIFY(v.ok());
            QVERIFY(publishVersions(**cat, "p", {*v}, store).ok());
        }
        const qint64 afterFirst = objectFilesOnDisk(home.path());
        {
            // The second version keeps everything and adds 100 KiB of new random data to sqs.
            ObjectStore store(home.path());
            StateBuilder b(store);
            QVERIFY(b.add(makeResource("s3", "bucket-a", big, store)).ok());
            QVERIFY(b.add(makeResource("sqs", "queue-a", {}, store)).ok());
            QVERIFY(b.add(makeResource("sqs", "queue-b", randomBytes(100 * 1024, 2), store)).ok());
            Version meta;
            meta.message = "second\\nmore";
            meta.author = "t@h";
            Result<Version> first = (*cat)->version("p", 1);
            meta.parents = {first->id};
            Result<Version> v = b.finish(meta);
            QVERIFY(v.ok());
            QVERIFY(publishVersions(**cat, "p", {*v}, store).ok());
        }
        const qint64 afterSecond = objectFilesOnDisk(home.path());

        JobContext context;
        Result<SpaceReport> report = spaceUsage(home.path(), "p", 2, context);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->number, 2);
        // History: exactly what each version added to the store, and the pod in total is every file.
        QCOMPARE(report->history.size(), 2);
        QCOMPARE(report->history[0].newStoredBytes, afterFirst);
        QCOMPARE(report->history[1].newStoredBytes, afterSecond - afterFirst);
        QCOMPARE(report->podStoredBytes, afterSecond);
        QVERIFY(report->history[1].newStoredBytes > 100 * 1024 && report->history[1].newStoredBytes < 110 * 1024);
        // Services: s3 holds the 300 KiB body and comes first; sqs two resources with 100 KiB.
        QCOMPARE(report->services.size(), 2);
        QCOMPARE(report->services[0].service, QStringLiteral("s3"));
        QCOMPARE(report->services[0].resources, 1);
        QVERIFY(report->services[0].storedBytes > 300 * 1024);
        QVERIFY(report->services[0].bytes >= 300 * 1024);
        QCOMPARE(report->services[1].service, QStringLiteral("sqs"));
        QCOMPARE(report->services[1].resources, 2);
        QVERIFY(report->services[1].storedBytes > 100 * 1024 && report->services[1].storedBytes < 110 * 1024);
        // The version's own figure: every object it reaches (here all but the first version's own
        // version object, its root tree and the trees that changed).
        QVERIFY(report->storedBytes < afterSecond);
        QVERIFY(report->storedBytes >= report->services[0].storedBytes + report->services[1].storedBytes);

        // Of version 1, the history is the same and its services smaller.
        Result<SpaceReport> one = spaceUsage(home.path(), "p", 1, context);
        QVERIFY(one.ok());
        QCOMPARE(one->history[0].newStoredBytes, afterFirst);
        QCOMPARE(one->storedBytes, afterFirst);
    }

    void aMissingVersionSaysSo()
    {
        test::TestHome home;
        JobContext context;
        Result<SpaceReport> report = spaceUsage(home.path(), "nope", 3, context);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains("nope"), qPrintable(report.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSpaceUsage)
#include "tst_spaceusage.moc"
