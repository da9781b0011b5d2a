#include "BundleFixtures.h"
#include "support/TestHome.h"

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "store/StateTreeReader.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

class TestBundle : public QObject
{
    Q_OBJECT

private:
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void roundTrip();
    void reimportIsIdempotent();
    void outputIsDeterministic();
    void layoutIsManifestThenSortedObjects();
    void singleVersionBundle();
    void cancelledExportLeavesNoFile();
    void missingObjectFailsExport();
};

void TestBundle::roundTrip()
{
    TestHome source, target;
    ObjectStore src(source.path());
    const QList<Version> versions = makeThreeVersions(src);
    QCOMPARE(versions.size(), 3);
    const QString path = source.file(QStringLiteral("pod.pod"));
    // Given newest first: the bundle still lists parents first.
    QVERIFY(BundleWriter::write(src, QStringLiteral("demo"), {versions[2], versions[0], versions[1]}, path));

    ObjectStore dst(target.path());
    qint64 lastDone = 0;
    Result<BundleContents> contents = BundleReader::import(dst, path, {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        return total <= 0 || done <= total;
    });
    QVERIFY2(contents.ok(), qPrintable(contents.error().message));
    QCOMPARE(lastDone, QFileInfo(path).size());
    QCOMPARE(contents->pod, QStringLiteral("demo"));
    QCOMPARE(contents->head, versions[2].id);
    QCOMPARE(contents->versions.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(contents->versions[i].id, versions[i].id);
        QCOMPARE(contents->versions[i].computeId(), versions[i].id);
        QCOMPARE(contents->versions[i].message, versions[i].message);
        QCOMPARE(contents->versions[i].parents, versions[i].parents);
        QCOMPARE(contents->versions[i].pod, QStringLiteral("demo"));
    }
    QCOMPARE(contents->newObjects, contents->objects);

    // Nothing visible until the caller flushes; then every object is there and verifies.
    QCOMPARE(dst.listObjects()->size(), 0);
    QVERIFY(dst.flush());
    QSet<ObjectId> expected, imported;
    for (const Version &v : versions) {
        QVERIFY(collectReachable(src, v.id, expected, true));
        QVERIFY(collectReachable(dst, v.id, imported, true));
    }
    QCOMPARE(imported, expected);
    const QList<ObjectId> listed = *dst.listObjects();
    QCOMPARE(QSet<ObjectId>(listed.cbegin(), listed.cend()), expected);
    QCOMPARE(qint64(expected.size()), contents->objects);
    QVERIFY(expected.size() > 50); // the 3 MiB body is many chunks

    // The body reads back byte for byte.
    Result<QMap<QString, ObjectId>> flat = flattenStateTree(dst, versions[2].root);
    QVERIFY(flat.ok());
    for (auto it = flat->cbegin(); it != flat->cend(); ++it) {
        Resource r;
        QVERIFY(Resource::fromObjectBytes(*dst.get(it.value()), &r));
        for (const AttachmentRef &a : std::as_const(r.attachments))
            QCOMPARE(dst.getBlob(a)->size(), a.size);
    }
}

void TestBundle::reimportIsIdempotent()
{
    TestHome source, target;
    ObjectStore src(source.path());
    const QList<Version> versions = makeThreeVersions(src);
    const QString path = source.file(QStringLiteral("pod.pod"));
    QVERIFY(BundleWriter::write(src, QStringLiteral("demo"), versions, path));

    ObjectStore dst(target.path());
    Result<BundleContents> first = BundleReader::import(dst, path);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(dst.flush());
    const int count = dst.listObjects()->size();
    Result<BundleContents> second = BundleReader::import(dst, path);
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->newObjects, 0);
    QCOMPARE(second->versions.size(), 3);
    QCOMPARE(second->versions.last().id, versions.last().id);
    QVERIFY(dst.flush());
    QCOMPARE(dst.listObjects()->size(), count);

    // From a device (a download, a drop) rather than a file: same result.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QBuffer buffer;
    buffer.setData(file.readAll());
    buffer.open(QIODevice::ReadOnly);
    Result<BundleContents> third = BundleReader::import(dst, &buffer, QStringLiteral("https://example.com/p.pod"));
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    QCOMPARE(third->head, versions.last().id);

    // Into the store it came from: nothing new either.
    Result<BundleContents> back = BundleReader::import(src, path);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->newObjects, 0);
}

void TestBundle::outputIsDeterministic()
{
    TestHome source, target;
    ObjectStore src(source.path());
    const QList<Version> versions = makeThreeVersions(src);
    QVERIFY(BundleWriter::write(src, QStringLiteral("demo"), versions, source.file(QStringLiteral("a.pod"))));
    QVERIFY(BundleWriter::write(src, QStringLiteral("demo"), versions, source.file(QStringLiteral("b.pod"))));
    const QByteArray a = readFile(source.file(QStringLiteral("a.pod")));
    QVERIFY(!a.isEmpty());
    QCOMPARE(readFile(source.file(QStringLiteral("b.pod"))), a);

    // Re-exported from the store it was imported into: still the same bytes.
    ObjectStore dst(target.path());
    QVERIFY(BundleReader::import(dst, source.file(QStringLiteral("a.pod"))).ok());
    QVERIFY(dst.flush());
    QVERIFY(BundleWriter::write(dst, QStringLiteral("demo"), versions, target.file(QStringLiteral("c.pod"))));
    QVERIFY(readFile(target.file(QStringLiteral("c.pod"))) == a);
}

void TestBundle::layoutIsManifestThenSortedObjects()
{
    TestHome home;
    ObjectStore store(home.path());
    const QList<Version> versions = makeThreeVersions(store);
    QVERIFY(BundleWriter::write(store, QStringLiteral("demo"), versions, home.file(QStringLiteral("p.pod"))));
    const QList<CraftEntry> entries = readArchive(readFile(home.file(QStringLiteral("p.pod"))));
    QVERIFY(entries.size() > 2);
    QCOMPARE(entries.first().name, QStringLiteral("manifest.json"));
    QStringList names;
    qint64 bytes = 0;
    for (qsizetype i = 1; i < entries.size(); ++i) {
        names.append(entries[i].name);
        QVERIFY(entries[i].name.startsWith(QLatin1String("objects/")));
        const QString hex = entries[i].name.mid(8, 2) + entries[i].name.mid(11);
        QCOMPARE(entries[i].data, *store.getCompressed(ObjectId::fromHex(hex)));
        bytes += entries[i].data.size();
    }
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    for (const Version &v : versions)
        QVERIFY(names.contains(QStringLiteral("objects/%1/%2").arg(v.id.toHex().left(2), v.id.toHex().mid(2))));

    QJsonObject m = QJsonDocument::fromJson(entries.first().data).object();
    QCOMPARE(m.value(QStringLiteral("format")).toString(), QStringLiteral("poddeck-bundle"));
    QCOMPARE(m.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(m.value(QStringLiteral("pod")).toString(), QStringLiteral("demo"));
    QCOMPARE(m.value(QStringLiteral("head")).toString(), versions[2].id.toHex());
    QCOMPARE(m.value(QStringLiteral("objects")).toInteger(), qint64(names.size()));
    QCOMPARE(m.value(QStringLiteral("bytes")).toInteger(), bytes);
    const QJsonArray list = m.value(QStringLiteral("versions")).toArray();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list[i].toObject().value(QStringLiteral("id")).toString(), versions[i].id.toHex());
}

void TestBundle::singleVersionBundle()
{
    TestHome source, target;
    ObjectStore src(source.path());
    const QList<Version> versions = makeThreeVersions(src);
    QVERIFY(BundleWriter::write(src, QStringLiteral("demo"), {versions[1]}, source.file(QStringLiteral("one.pod"))));
    ObjectStore dst(target.path());
    Result<BundleContents> contents = BundleReader::import(dst, source.file(QStringLiteral("one.pod")));
    QVERIFY2(contents.ok(), qPrintable(contents.error().message));
    QCOMPARE(contents->versions.size(), 1);
    QCOMPARE(contents->head, versions[1].id);
    QCOMPARE(contents->versions[0].parents, QList<ObjectId>{versions[0].id}); // parent outside the bundle
}

void TestBundle::cancelledExportLeavesNoFile()
{
    TestHome home;
    ObjectStore store(home.path());
    const QList<Version> versions = makeThreeVersions(store);
    QDir().mkpath(home.file(QStringLiteral("out")));
    const QString path = home.file(QStringLiteral("out/p.pod"));
    int calls = 0;
    Status st = BundleWriter::write(store, QStringLiteral("demo"), versions, path, [&](qint64, qint64) { return ++calls < 5; });
    QVERIFY(!st);
    QCOMPARE(st.error().code, Error::Code::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(home.file(QStringLiteral("out"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestBundle::missingObjectFailsExport()
{
    TestHome home;
    ObjectStore store(home.path());
    const QList<Version> versions = makeThreeVersions(store);
    // gc's sweep with everything but the first version kept: that object is gone from the store.
    const QList<ObjectId> all = *store.listObjects();
    QSet<ObjectId> keep(all.cbegin(), all.cend());
    QVERIFY(keep.remove(versions[0].id));
    QCOMPARE(store.sweep(keep, 0)->removed, 1);
    const QString path = home.file(QStringLiteral("p.pod"));
    Status st = BundleWriter::write(store, QStringLiteral("demo"), versions, path);
    QVERIFY(!st);
    QVERIFY2(st.error().message.contains(versions[0].id.toHex()), qPrintable(st.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
