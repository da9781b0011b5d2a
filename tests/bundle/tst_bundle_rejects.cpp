#include "BundleFixtures.h"
#include "support/TestHome.h"

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "store/Compression.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtEndian>

#include <zstd.h>

using namespace poddeck;
using namespace poddeck::test;

// Every way a .pod can be hostile or damaged: each must be refused with a message that names the problem,
// and the target store must gain no visible object.
class TestBundleRejects : public QObject
{
    Q_OBJECT

private:
    TestHome m_source;
    QByteArray m_valid;
    QList<CraftEntry> m_entries; // of m_valid: manifest.json, then objects
    QList<Version> m_versions;

    // Imports `bytes` as bundle.pod into a fresh store; returns the error message ("" when accepted).
    QString importError(const QByteArray &bytes, const BundleLimits &limits = {}, Error::Code *code = nullptr)
    {
        TestHome home;
        const QString path = home.file(QStringLiteral("bundle.pod"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QStringLiteral("cannot write test file");
        f.close();
        ObjectStore store(home.path());
        Result<BundleContents> r = BundleReader::import(store, path, limits);
        if (store.listObjects()->size() != 0)
            return QStringLiteral("the reader flushed objects");
        if (code)
            *code = r.error().code;
        return r.ok() ? QString() : r.error().message;
    }
    QJsonObject manifest() const { return QJsonDocument::fromJson(m_entries[0].data).object(); }
    static CraftEntry manifestEntry(const QJsonObject &m)
    {
        return CraftEntry::file(QStringLiteral("manifest.json"), QJsonDocument(m).toJson());
    }
    static QString objectEntryName(const ObjectId &id)
    {
        return QStringLiteral("objects/%1/%2").arg(id.toHex().left(2), id.toHex().mid(2));
    }
    static QByteArray tar(const QList<CraftEntry> &entries) { return craftArchive(CraftFormat::Tar, entries); }

#define EXPECT_REJECTED(bytes, limits, fragment)                                                                      \
    do {                                                                                                               \
        const QString msg = importError(bytes, limits);                                                               \
        QVERIFY2(msg.startsWith(QLatin1String("bundle.pod: ")) && msg.contains(fragment),                             \
                 qPrintable(QStringLiteral("got: '%1'").arg(msg)));                                                    \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        ObjectStore store(m_source.path());
        m_versions = makeThreeVersions(store);
        QCOMPARE(m_versions.size(), 3);
        QBuffer buffer(&m_valid);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(BundleWriter::write(store, QStringLiteral("demo"), m_versions, &buffer));
        m_entries = readArchive(m_valid);
        QVERIFY(m_entries.size() > 10);
        QCOMPARE(importError(m_valid), QString()); // the unmodified bundle is fine
    }

    void absolutePath()
    {
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::file(QStringLiteral("/etc/passwd"), "root")}), {},
                        QStringLiteral("entry '/etc/passwd' escapes the bundle (absolute paths and '..' are not allowed)"));
    }

    void dotDot()
    {
        const QString msg = importError(tar({m_entries[0], CraftEntry::file(QStringLiteral("../etc/passwd"), "x")}));
        QCOMPARE(msg, QStringLiteral("bundle.pod: entry '../etc/passwd' escapes the bundle (absolute paths and '..' are not allowed)"));
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::file(QStringLiteral("objects/../../x"), "x")}), {},
                        QStringLiteral("escapes the bundle"));
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::file(QStringLiteral("objects\\..\\..\\x"), "x")}), {},
                        QStringLiteral("escapes the bundle"));
    }

    void symlink()
    {
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::symlink(m_entries[1].name, QStringLiteral("/etc/passwd"))}), {},
                        QStringLiteral("entry '%1' is a link; bundles hold only regular files").arg(m_entries[1].name));
    }

    void hardlink()
    {
        EXPECT_REJECTED(tar({m_entries[0], m_entries[1], CraftEntry::hardlink(m_entries[2].name, m_entries[1].name)}), {},
                        QStringLiteral("entry '%1' is a link").arg(m_entries[2].name));
    }

    void device()
    {
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::device(m_entries[1].name)}), {},
                        QStringLiteral("is a device or special file"));
    }

    void directoryWithContentOrOutsideLayout()
    {
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::dir(QStringLiteral("etc/"))}), {},
                        QStringLiteral("entry 'etc/' is not part of the bundle layout"));
    }

    void duplicateEntry()
    {
        QList<CraftEntry> entries = m_entries;
        entries.append(m_entries[3]);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("duplicate entry '%1'").arg(m_entries[3].name));
        entries = m_entries;
        entries.insert(1, m_entries[0]);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("duplicate entry 'manifest.json'"));
    }

    void unknownFormatVersion()
    {
        QJsonObject m = manifest();
        m.insert(QStringLiteral("formatVersion"), 7);
        QList<CraftEntry> entries = m_entries;
        entries[0] = manifestEntry(m);
        Error::Code code;
        QCOMPARE(importError(tar(entries), {}, &code),
                 QStringLiteral("bundle.pod: unknown bundle format version 7 (this PodDeck reads versions 1 to 2; upgrade PodDeck)"));
        QCOMPARE(code, Error::Code::Unsupported);
    }

    void missingManifest()
    {
        EXPECT_REJECTED(tar(m_entries.mid(1)), {}, QStringLiteral("not a PodDeck bundle (no manifest.json"));
        QJsonObject m = manifest();
        m.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        EXPECT_REJECTED(tar({manifestEntry(m)}), {}, QStringLiteral("not a PodDeck bundle"));
        EXPECT_REJECTED(tar({CraftEntry::file(QStringLiteral("manifest.json"), "{not json")}), {},
                        QStringLiteral("manifest.json is not valid JSON"));
    }

    void declaredSizePastLimit()
    {
        QByteArray bytes = m_valid;
        QVERIFY(patchTarSize(bytes, m_entries[2].name, 300 * BundleLimits::GiB));
        Error::Code code;
        const QString msg = importError(bytes, {}, &code);
        QCOMPARE(msg, QStringLiteral("bundle.pod: entry '%1' declares 300 GiB, more than the 256 MiB limit").arg(m_entries[2].name));
        QCOMPARE(code, Error::Code::LimitExceeded);

        BundleLimits small;
        small.maxManifestBytes = 100;
        EXPECT_REJECTED(m_valid, small, QStringLiteral("entry 'manifest.json' declares"));
    }

    void totalAndCountLimits()
    {
        BundleLimits limits;
        limits.maxTotalBytes = 100 * 1024;
        EXPECT_REJECTED(m_valid, limits, QStringLiteral("more than the 100 KiB limit"));
        limits = {};
        limits.maxEntries = 3;
        EXPECT_REJECTED(m_valid, limits, QStringLiteral("has more than the limit of 3 entries"));
    }

    void zstdBomb()
    {
        const QByteArray plain(8 * 1024 * 1024, '\0');
        const ObjectId id = ObjectId::hash(plain);
        const QByteArray bomb = zstdCompress(plain, 19);
        QVERIFY(bomb.size() < 4096);
        BundleLimits limits;
        limits.maxObjectBytes = 1024 * 1024;
        const QByteArray bytes = tar({m_entries[0], CraftEntry::file(objectEntryName(id), bomb)});
        EXPECT_REJECTED(bytes, limits,
                        QStringLiteral("object %1 is larger than the 1 MiB limit once decompressed").arg(id.toHex()));

        // The same without a content size in the frame header: the cap holds while streaming.
        ZSTD_CCtx *cctx = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0);
        QByteArray streamed(int(ZSTD_compressBound(plain.size())), '\0');
        ZSTD_outBuffer out{streamed.data(), size_t(streamed.size()), 0};
        ZSTD_inBuffer in{plain.constData(), size_t(plain.size()), 0};
        QCOMPARE(ZSTD_compressStream2(cctx, &out, &in, ZSTD_e_end), size_t(0));
        ZSTD_freeCCtx(cctx);
        streamed.truncate(qsizetype(out.pos));
        QCOMPARE(ZSTD_getFrameContentSize(streamed.constData(), streamed.size()), ZSTD_CONTENTSIZE_UNKNOWN);
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::file(objectEntryName(id), streamed)}), limits,
                        QStringLiteral("compression bomb"));
    }

    // Issue 11, item 7: the manifest's object count is bounded before any entry is read.
    void manifestObjectCountPastLimit()
    {
        QJsonObject m = manifest();
        m.insert(QStringLiteral("objects"), 1e15);
        QList<CraftEntry> entries = m_entries;
        entries[0] = manifestEntry(m);
        Error::Code code = Error::Code::None;
        const QString msg = importError(tar(entries), {}, &code);
        QCOMPARE(msg, QStringLiteral("bundle.pod: its manifest lists 1000000000000000 objects: it has more than the "
                                     "limit of 10000000 entries"));
        QCOMPARE(code, Error::Code::LimitExceeded);
        m.insert(QStringLiteral("objects"), 1e300); // past what a count can be: no overflow, a clear refusal
        entries[0] = manifestEntry(m);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("manifest.json has no valid object count or size"));
    }

    // Issue 11, item 7: an object is exactly one zstd frame; a skippable frame would smuggle unhashed bytes.
    void zstdSkippableFrame()
    {
        QList<CraftEntry> entries = m_entries;
        QByteArray hidden(8, '\0');
        qToLittleEndian<quint32>(0x184D2A50u, hidden.data());
        qToLittleEndian<quint32>(6u, hidden.data() + 4);
        hidden += "secret";
        entries[4].data += hidden;
        QJsonObject m = manifest();
        m.insert(QStringLiteral("bytes"), m.value(QStringLiteral("bytes")).toInteger() + hidden.size());
        entries[0] = manifestEntry(m);
        const QString hex = entries[4].name.mid(8, 2) + entries[4].name.mid(11);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("object %1 is damaged: 14 bytes follow the zstd frame").arg(hex));
    }

    void damagedObject()
    {
        QList<CraftEntry> entries = m_entries;
        entries[4].data = zstdCompress("not what the name says");
        const QString hex = entries[4].name.mid(8, 2) + entries[4].name.mid(11);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("object %1 is damaged: it does not match its hash").arg(hex));
        entries[4].data = "not even zstd";
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("object %1 is damaged").arg(hex));
    }

    void truncated()
    {
        EXPECT_REJECTED(m_valid.left(m_valid.size() / 2 + 100), {}, QStringLiteral("truncated archive"));
        EXPECT_REJECTED(m_valid.left(2048 + 300), {}, QStringLiteral("truncated archive"));
        // Cut cleanly after some entries: the manifest's count gives it away.
        EXPECT_REJECTED(tar(m_entries.mid(0, 5)), {}, QStringLiteral("truncated archive (its manifest lists"));
    }

    void garbage()
    {
        EXPECT_REJECTED(randomBytes(100000, 3), {}, QStringLiteral("not a PodDeck bundle"));
        EXPECT_REJECTED(QByteArray(), {}, QStringLiteral("not a PodDeck bundle"));
        EXPECT_REJECTED(craftArchive(CraftFormat::Zip, m_entries), {}, QStringLiteral("not a PodDeck bundle"));
    }

    void entryOutsideLayout()
    {
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::file(QStringLiteral("objects/zz/abc"), "x")}), {},
                        QStringLiteral("entry 'objects/zz/abc' is not part of the bundle layout"));
        EXPECT_REJECTED(tar({m_entries[0], CraftEntry::file(QStringLiteral("README"), "x")}), {},
                        QStringLiteral("entry 'README' is not part of the bundle layout"));
    }

    void incompleteBundle()
    {
        // Drop one object that is not a version object, and make the manifest agree: still refused.
        QList<CraftEntry> entries = m_entries;
        int drop = -1;
        for (int i = 1; i < entries.size() && drop < 0; ++i) {
            bool isVersion = false;
            for (const Version &v : m_versions)
                isVersion = isVersion || entries[i].name == objectEntryName(v.id);
            if (!isVersion)
                drop = i;
        }
        QJsonObject m = manifest();
        m.insert(QStringLiteral("objects"), m.value(QStringLiteral("objects")).toInteger() - 1);
        m.insert(QStringLiteral("bytes"), m.value(QStringLiteral("bytes")).toInteger() - entries[drop].data.size());
        entries.removeAt(drop);
        entries[0] = manifestEntry(m);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("incomplete bundle"));
    }

    void manifestDisagreesWithObjects()
    {
        QJsonObject m = manifest();
        QJsonArray versions = m.value(QStringLiteral("versions")).toArray();
        QJsonObject first = versions[0].toObject();
        first.insert(QStringLiteral("message"), QStringLiteral("forged"));
        versions[0] = first;
        m.insert(QStringLiteral("versions"), versions);
        QList<CraftEntry> entries = m_entries;
        entries[0] = manifestEntry(m);
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("describes version %1 differently").arg(m_versions[0].id.toHex()));
    }

    void unusedObject()
    {
        const QByteArray extra = "an object no version uses";
        const ObjectId id = ObjectId::hash(extra);
        QJsonObject m = manifest();
        const QByteArray compressed = zstdCompress(extra);
        m.insert(QStringLiteral("objects"), m.value(QStringLiteral("objects")).toInteger() + 1);
        m.insert(QStringLiteral("bytes"), m.value(QStringLiteral("bytes")).toInteger() + compressed.size());
        QList<CraftEntry> entries = m_entries;
        entries[0] = manifestEntry(m);
        entries.append(CraftEntry::file(objectEntryName(id), compressed));
        EXPECT_REJECTED(tar(entries), {}, QStringLiteral("object %1 is not used by any version").arg(id.toHex()));
    }
};

QTEST_GUILESS_MAIN(TestBundleRejects)
#include "tst_bundle_rejects.moc"
