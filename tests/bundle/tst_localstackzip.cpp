#include "ArchiveCraft.h"
#include "BundleFixtures.h"
#include "support/TestHome.h"

#include "bundle/LocalStackMetadata.h"
#include "bundle/LocalStackZip.h"
#include "state/ResourcePath.h"
#include "store/StateTreeReader.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace poddeck;
using namespace poddeck::test;

namespace {

// What `localstack state export` writes: PyYAML's dump (sorted keys, block lists) of the environment and pod info.
const QByteArray Metadata = "localstack_ext_version: 3.0.2\n"
                            "localstack_version: 3.0.2\n"
                            "moto_ext_version: 4.2.7.post1\n"
                            "name: my-state.zip\n"
                            "pro: true\n"
                            "services:\n"
                            "- s3\n"
                            "- sqs\n"
                            "size: 10496\n";

QList<CraftEntry> realisticEntries(bool withMetadata = true)
{
    QList<CraftEntry> e{
        CraftEntry::file(QStringLiteral("api_states/000000000000/sqs/us-east-1/store.state"), randomBytes(5000, 1)),
        CraftEntry::file(QStringLiteral("api_states/000000000000/s3/us-east-1/backend.state"), randomBytes(1200000, 2)),
        CraftEntry::file(QStringLiteral("api_states/111111111111/sqs/eu-west-1/store.state"), randomBytes(300, 3)),
        CraftEntry::dir(QStringLiteral("assets/s3/")),
        CraftEntry::file(QStringLiteral("assets/s3/my-bucket/reports/2024.csv"), "id,total\n1,42\n"),
        CraftEntry::file(QStringLiteral("assets/s3/empty.txt"), QByteArray()),
        CraftEntry::file(QStringLiteral("api_states.json"), R"({"s3": {"us-east-1": ["000000000000"]}})"),
    };
    if (withMetadata)
        e.append(CraftEntry::file(QStringLiteral("metadata.yaml"), Metadata));
    return e;
}

QMap<QString, QByteArray> byName(const QList<CraftEntry> &entries)
{
    QMap<QString, QByteArray> out;
    for (const CraftEntry &e : entries)
        out.insert(e.name, e.data);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Makes the central directory (and the local header, when it carries sizes) understate an entry's size.
bool patchZipSize(QByteArray &zip, const QString &name, quint32 size)
{
    bool patched = false;
    const QByteArray n = name.toUtf8();
    auto put32 = [&zip](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((v >> (8 * i)) & 0xff);
    };
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        if (zip.mid(at + 46, n.size()) == n) {
            put32(at + 24, size);
            patched = true;
        }
    }
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4)) {
        if (zip.mid(at + 30, n.size()) == n && zip.mid(at + 22, 4) != QByteArray(4, '\0'))
            put32(at + 22, size);
    }
    return patched;
}

} // namespace

class TestLocalStackZip : public QObject
{
    Q_OBJECT

private:
    QString importError(const QByteArray &zip, const BundleLimits &limits = {})
    {
        TestHome home;
        if (!writeFile(home.file(QStringLiteral("state.zip")), zip))
            return QStringLiteral("cannot write test file");
        ObjectStore store(home.path());
        Result<Version> v = LocalStackZip::import(store, home.file(QStringLiteral("state.zip")), limits);
        if (store.listObjects()->size() != 0)
            return QStringLiteral("the reader flushed objects");
        return v.ok() ? QString() : v.error().message;
    }

#define EXPECT_REJECTED(bytes, limits, fragment)                                                                      \
    do {                                                                                                               \
        const QString msg = importError(bytes, limits);                                                               \
        QVERIFY2(msg.startsWith(QLatin1String("state.zip: ")) && msg.contains(fragment),                              \
                 qPrintable(QStringLiteral("got: '%1'").arg(msg)));                                                    \
    } while (false)

private Q_SLOTS:
    void importsEveryEntryAsAResource()
    {
        TestHome home;
        const QList<CraftEntry> entries = realisticEntries();
        QVERIFY(writeFile(home.file(QStringLiteral("state.zip")), craftArchive(CraftFormat::Zip, entries)));
        ObjectStore store(home.path());
        Version meta;
        meta.author = QStringLiteral("Test <t@example.com>");
        Result<Version> v = LocalStackZip::import(store, home.file(QStringLiteral("state.zip")), {}, meta);
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QCOMPARE(store.listObjects()->size(), 0); // not visible until the caller flushes
        QCOMPARE(v->emulatorKind, QStringLiteral("localstack"));
        QCOMPARE(v->emulatorVersion, QStringLiteral("3.0.2"));
        QCOMPARE(v->services, (QStringList{QStringLiteral("s3"), QStringLiteral("sqs")}));
        QCOMPARE(v->author, meta.author);
        QCOMPARE(v->resourceCount, qint64(entries.size()));
        QCOMPARE(v->computeId(), v->id);
        QVERIFY(store.contains(v->id));

        Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, v->root);
        QVERIFY(flat.ok());
        QCOMPARE(flat->size(), entries.size());
        const QString sqs = ResourcePath::make(QStringLiteral("sqs"), QStringLiteral("000000000000"), QStringLiteral("us-east-1"),
                                               QStringLiteral("localstack-state"), QStringLiteral("store.state"));
        QVERIFY2(flat->contains(sqs), qPrintable(flat->keys().join(QLatin1Char('\n'))));
        Resource r;
        QVERIFY(Resource::fromObjectBytes(*store.get(flat->value(sqs)), &r));
        QCOMPARE(r.document.value(QStringLiteral("entry")).toString(), entries[0].name);
        QCOMPARE(r.document.value(QStringLiteral("size")).toInteger(), qint64(5000));
        QCOMPARE(r.document.value(QStringLiteral("service")).toString(), QStringLiteral("sqs"));
        QCOMPARE(r.document.value(QStringLiteral("account")).toString(), QStringLiteral("000000000000"));
        QCOMPARE(r.document.value(QStringLiteral("region")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(*store.getBlob(r.attachments.value(QStringLiteral("content"))), entries[0].data);

        const QString other = ResourcePath::make(QStringLiteral("localstack"), QStringLiteral("000000000000"),
                                                 QStringLiteral("global"), QStringLiteral("file"),
                                                 QStringLiteral("assets/s3/my-bucket/reports/2024.csv"));
        QVERIFY(flat->contains(other));
        QVERIFY(Resource::fromObjectBytes(*store.get(flat->value(other)), &r));
        QVERIFY(!r.document.contains(QStringLiteral("service")));
        QCOMPARE(*store.getBlob(r.attachments.value(QStringLiteral("content"))), QByteArray("id,total\n1,42\n"));
        QVERIFY(flat->contains(ResourcePath::make(QStringLiteral("sqs"), QStringLiteral("111111111111"), QStringLiteral("eu-west-1"),
                                                  QStringLiteral("localstack-state"), QStringLiteral("store.state"))));
    }

    void exportIsByteIdentical()
    {
        TestHome home;
        for (CraftFormat format : {CraftFormat::Zip, CraftFormat::ZipStored}) {
            const QList<CraftEntry> entries = realisticEntries();
            QVERIFY(writeFile(home.file(QStringLiteral("in.zip")), craftArchive(format, entries)));
            ObjectStore store(home.path());
            Result<Version> v = LocalStackZip::import(store, home.file(QStringLiteral("in.zip")));
            QVERIFY2(v.ok(), qPrintable(v.error().message));
            QVERIFY(store.flush());
            const QString out = home.file(QStringLiteral("out.zip"));
            QVERIFY(LocalStackZip::exportVersion(store, *v, out));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray exported = f.readAll();
            QCOMPARE(byName(readArchive(exported)), byName(entries));

            // Importing the export gives the same version.
            Result<Version> again = LocalStackZip::import(store, out, {}, *v);
            QVERIFY(again.ok());
            QCOMPARE(again->root, v->root);
            QCOMPARE(again->id, v->id);
            // And exports are stable.
            QVERIFY(LocalStackZip::exportVersion(store, *v, home.file(QStringLiteral("out2.zip"))));
            QFile g(home.file(QStringLiteral("out2.zip")));
            QVERIFY(g.open(QIODevice::ReadOnly));
            QVERIFY(g.readAll() == exported);
        }
    }

    void servicesWithoutMetadata()
    {
        TestHome home;
        QVERIFY(writeFile(home.file(QStringLiteral("s.zip")), craftArchive(CraftFormat::Zip, realisticEntries(false))));
        ObjectStore store(home.path());
        Result<Version> v = LocalStackZip::import(store, home.file(QStringLiteral("s.zip")));
        QVERIFY2(v.ok(), qPrintable(v.error().message));
        QCOMPARE(v->services, (QStringList{QStringLiteral("s3"), QStringLiteral("sqs")}));
        QCOMPARE(v->emulatorVersion, QString());
    }

    void metadataReader()
    {
        LocalStackMetadata m = LocalStackMetadata::parse(Metadata);
        QCOMPARE(m.version, QStringLiteral("3.0.2"));
        QCOMPARE(m.name, QStringLiteral("my-state.zip"));
        QCOMPARE(m.services, (QStringList{QStringLiteral("s3"), QStringLiteral("sqs")}));
        m = LocalStackMetadata::parse("version: '3.1'\r\nservices: [sqs, 'dynamodb', s3, sqs]\r\nextra:\n  services:\n  - nope\n");
        QCOMPARE(m.version, QStringLiteral("3.1"));
        QCOMPARE(m.services, (QStringList{QStringLiteral("dynamodb"), QStringLiteral("s3"), QStringLiteral("sqs")}));
        m = LocalStackMetadata::parse("services:\n  - lambda\n  - iam # comment\nlocalstack_version: \"4.0.0\"\n");
        QCOMPARE(m.services, (QStringList{QStringLiteral("iam"), QStringLiteral("lambda")}));
        QCOMPARE(m.version, QStringLiteral("4.0.0"));
        QVERIFY(!LocalStackMetadata::parse("services: []\n").hasServices);
    }

    void versionNotFromLocalStackCannotExport()
    {
        TestHome home;
        ObjectStore store(home.path());
        const QList<Version> versions = makeThreeVersions(store);
        const QString out = home.file(QStringLiteral("x.zip"));
        Status st = LocalStackZip::exportVersion(store, versions[0], out);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        QVERIFY2(st.error().message.contains(QLatin1String("cannot be exported as a LocalStack state zip")),
                 qPrintable(st.error().message));
        QVERIFY(!QFileInfo::exists(out));
    }

    void rejectsTraversalLinksAndDuplicates()
    {
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, {CraftEntry::file(QStringLiteral("../../.bashrc"), "evil")}), {},
                        QStringLiteral("entry '../../.bashrc' escapes the archive (absolute paths and '..' are not allowed)"));
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, {CraftEntry::file(QStringLiteral("/etc/cron.d/x"), "evil")}), {},
                        QStringLiteral("escapes the archive"));
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, {CraftEntry::file(QStringLiteral("assets/s3/../../x"), "evil")}), {},
                        QStringLiteral("escapes the archive"));
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, {CraftEntry::symlink(QStringLiteral("assets/s3/link"), QStringLiteral("/etc/passwd"))}),
                        {}, QStringLiteral("entry 'assets/s3/link' is a link"));
        QList<CraftEntry> dup = realisticEntries();
        dup.append(dup[0]);
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, dup), {}, QStringLiteral("duplicate entry '%1'").arg(dup[0].name));
        EXPECT_REJECTED(randomBytes(5000, 9), {}, QStringLiteral("not a LocalStack state zip"));
    }

    void rejectsSizesPastLimits()
    {
        BundleLimits limits;
        limits.maxFileBytes = 1024;
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, {CraftEntry::file(QStringLiteral("a"), QByteArray(4096, 'x'))}), limits,
                        QStringLiteral("entry 'a' declares 4 KiB, more than the 1 KiB limit"));
        limits = {};
        limits.maxEntries = 4;
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, realisticEntries()), limits, QStringLiteral("has more than the limit of 4 entries"));
        limits = {};
        limits.maxTotalBytes = 1024 * 1024;
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, realisticEntries()), limits, QStringLiteral("more than the 1 MiB limit"));
    }

    void rejectsZipBomb()
    {
        // 64 MiB of zeros deflate to ~64 KiB; the directory claims 100 bytes. Actual bytes are counted.
        const QString name = QStringLiteral("api_states/000000000000/sqs/us-east-1/store.state");
        QByteArray zip = craftArchive(CraftFormat::Zip, {CraftEntry::file(name, QByteArray(64 * 1024 * 1024, '\0'))});
        QVERIFY(zip.size() < 1024 * 1024);
        QVERIFY(patchZipSize(zip, name, 100));
        EXPECT_REJECTED(zip, {}, QStringLiteral("holds more than the 100 bytes its header declares"));

        // Declared honestly but past the limit: refused before reading.
        BundleLimits limits;
        limits.maxFileBytes = 16 * 1024 * 1024;
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, {CraftEntry::file(name, QByteArray(64 * 1024 * 1024, '\0'))}), limits,
                        QStringLiteral("declares 64 MiB, more than the 16 MiB limit"));
    }
};

QTEST_GUILESS_MAIN(TestLocalStackZip)
#include "tst_localstackzip.moc"
