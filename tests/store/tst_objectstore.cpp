#include "state/ObjectId.h"
#include "store/Chunker.h"
#include "store/Compression.h"
#include "store/ObjectStore.h"
#include "store/LocalPackIndex.h"
#include "support/TestHome.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace poddeck;

class TestObjectStore : public QObject
{
    Q_OBJECT

    static QStringList filesUnder(const QString &dir, const QStringList &filters = {})
    {
        QStringList out;
        QDirIterator it(dir, filters, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(QFileInfo(it.next()).fileName());
        out.sort();
        return out;
    }

    // The one pack file of a store that flushed once.
    static QString onlyPack(const ObjectStore &store)
    {
        const QStringList packs = QDir(store.packDir()).entryList({"pack-*.pack"}, QDir::Files);
        return packs.size() == 1 ? store.packDir() + "/" + packs.first() : QString();
    }

    static void writeLoose(const QString &home, const QByteArray &data)
    {
        const QString hex = ObjectId::hash(data).toHex();
        QDir().mkpath(home + "/objects/" + hex.left(2));
        QFile f(home + "/objects/" + hex.left(2) + "/" + hex.mid(2));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zstdCompress(data));
    }

    static QByteArray randomBytes(qsizetype n, quint32 seed)
    {
        QByteArray b(n, Qt::Uninitialized);
        QRandomGenerator rng(seed);
        rng.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
        return b;
    }

private Q_SLOTS:
    void sha256KnownAnswer()
    {
        QCOMPARE(ObjectId::hash(QByteArray("abc")).toHex(),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const ObjectId id = ObjectId::hash(QByteArray("abc"));
        QCOMPARE(ObjectId::fromHex(id.toHex()), id);
        QVERIFY(ObjectId::fromHex(QStringLiteral("xyz")).isNull());
        Sha256 s;
        s.add("a", 1);
        s.add("bc", 2);
        QCOMPARE(s.result(), id);
    }

    void putGetFlush()
    {
        test::TestHome home;
        ObjectId id;
        {
            ObjectStore store(home.path());
            Result<ObjectId> r = store.put("hello world");
            QVERIFY(r.ok());
            id = *r;
            QVERIFY(store.contains(id));
            QCOMPARE(*store.get(id), QByteArray("hello world"));
            QVERIFY(store.listObjects()->isEmpty()); // not visible before flush
            QVERIFY(store.flush().ok());
            QCOMPARE(store.listObjects()->size(), 1);
            // One pack and its index, nothing else: no file per object.
            QCOMPARE(store.packCount(), 1);
            QCOMPARE(filesUnder(store.objectsDir()).size(), 2);
            QCOMPARE(*store.storedSize(id), zstdCompress("hello world").size());
        }
        {
            ObjectStore store(home.path());
            QCOMPARE(*store.get(id), QByteArray("hello world"));
            // a second put of the same content writes nothing
            QVERIFY(store.put("hello world").ok());
            QCOMPARE(store.objectsWritten(), 0);
        }
    }

    void unflushedObjectsAreDiscarded()
    {
        test::TestHome home;
        ObjectId id;
        {
            ObjectStore store(home.path());
            id = *store.put("temporary");
        }
        ObjectStore store(home.path());
        QVERIFY(!store.contains(id));
        QCOMPARE(store.get(id).error().code, Error::Code::NotFound);
        QVERIFY2(filesUnder(store.objectsDir()).isEmpty(), qPrintable(filesUnder(store.objectsDir()).join(',')));
    }

    void corruptedObjectIsRefused()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const ObjectId id = *store.put("precious data");
        QVERIFY(store.flush().ok());
        // Replace its bytes in the pack with a valid zstd frame of other content: only the hash check can catch it.
        const QByteArray good = zstdCompress("precious data"), other = zstdCompress("precious dat4");
        QCOMPARE(good.size(), other.size());
        QFile f(onlyPack(store));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = f.readAll().indexOf(good);
        QVERIFY(at > 0);
        f.seek(at);
        f.write(other);
        f.flush();
        Result<QByteArray> r = store.get(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
        QVERIFY(r.error().message.contains("does not match its hash"));
        // Garbage bytes
        f.seek(at);
        f.write(QByteArray(good.size(), 'g'));
        f.flush();
        QCOMPARE(store.get(id).error().code, Error::Code::Corrupt);
    }

    void damagedIndexIsReported()
    {
        test::TestHome home;
        ObjectId id;
        QString index;
        {
            ObjectStore store(home.path());
            id = *store.put("indexed");
            QVERIFY(store.flush().ok());
            index = onlyPack(store).replace(".pack", ".idx");
        }
        QFile f(index);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(LocalPackIndex::HeaderSize + 2);
        f.write("x");
        f.close();
        ObjectStore store(home.path());
        QCOMPARE(store.get(id).error().code, Error::Code::NotFound);
        const QStringList damaged = store.damagedPacks();
        QCOMPARE(damaged.size(), 1);
        QVERIFY2(damaged.first().contains("checksum mismatch") && damaged.first().contains(QFileInfo(index).fileName()),
                 qPrintable(damaged.first()));
    }

    void packIndexRejectsEntriesOutsideThePack()
    {
        LocalPackEntry e{ObjectId::hash("a"), 8, 100};
        const QByteArray index = LocalPackIndex::serialize({e});
        QVERIFY(LocalPackIndex::parse(index, 108).ok());
        QVERIFY(LocalPackIndex::parse(index, 107).error().message.contains("outside its pack"));
        QVERIFY(!LocalPackIndex::parse(index.left(index.size() - 1), 108).ok());
        LocalPackEntry first{ObjectId::hash("b"), 0, 1}; // over the pack's magic
        QVERIFY(!LocalPackIndex::parse(LocalPackIndex::serialize({first}), 108).ok());
    }

    void putCompressedVerifies()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const QByteArray data = "some object";
        QVERIFY(!store.putCompressed(ObjectId::hash(QByteArray("other")), zstdCompress(data)).ok());
        QVERIFY(store.putCompressed(ObjectId::hash(data), zstdCompress(data)).ok());
        // A bomb: 64 MiB of zeros compresses to a few KiB; a 1 MiB cap must refuse it.
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const Status st = store.putCompressed(ObjectId::hash(zeros), zstdCompress(zeros), 1024 * 1024);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::LimitExceeded);
    }

    void chunkingIsDeterministicAndBounded()
    {
        const QByteArray data = randomBytes(4 * 1024 * 1024, 7);
        const auto *p = reinterpret_cast<const uchar *>(data.constData());
        qsizetype off = 0;
        int chunks = 0;
        while (off < data.size()) {
            const qsizetype n = Chunker::cut(p + off, data.size() - off);
            QVERIFY(n <= Chunker::MaxSize);
            if (off + n < data.size())
                QVERIFY(n >= Chunker::MinSize);
            off += n;
            ++chunks;
        }
        // 4 MiB at ~64 KiB average: expect roughly 64 chunks.
        QVERIFY2(chunks > 30 && chunks < 130, qPrintable(QString::number(chunks)));
    }

    void smallChangeStoresFewNewBytes()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        QByteArray data = randomBytes(16 * 1024 * 1024, 42);
        Result<AttachmentRef> first = store.putBlob(data);
        QVERIFY(first.ok());
        QCOMPARE(first->size, data.size());
        const qint64 before = store.bytesWritten();
        // Change 1% in one place, as an edit to a big object usually is.
        const qsizetype at = data.size() / 3, len = data.size() / 100;
        for (qsizetype k = 0; k < len; ++k)
            data[at + k] = char(~data[at + k]);
        QBuffer buf(&data);
        buf.open(QIODevice::ReadOnly);
        Result<AttachmentRef> second = store.putBlob(&buf);
        QVERIFY(second.ok());
        const qint64 added = store.bytesWritten() - before;
        // The edit plus the chunks at its two edges (~64 KiB each on average): about 2%, not 100%.
        QVERIFY2(added < data.size() * 4 / 100, qPrintable(QStringLiteral("added %1 of %2").arg(added).arg(data.size())));
        QCOMPARE(*store.getBlob(*second), data);
        // Streaming and in-memory chunking agree.
        Result<AttachmentRef> third = store.putBlob(data);
        QCOMPARE(third->chunks, second->chunks);
    }

    void staleTempFilesAreRemoved()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        QDir().mkpath(store.objectsDir() + "/tmp");
        QFile f(store.objectsDir() + "/tmp/leftover");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.flush();
        f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime);
        f.close();
        // Writers before packs kept temp files beside their objects; a crashed one leaves them there.
        const ObjectId id = ObjectId::hash("stale");
        const QString fanout = store.objectsDir() + "/" + id.toHex().left(2);
        QDir().mkpath(fanout);
        QDir().mkpath(store.packDir());
        const auto oldFile = [](const QString &path) {
            QFile g(path);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("x");
            g.flush();
            g.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime);
        };
        oldFile(fanout + "/tmp-" + id.toHex().mid(2) + "-1-0");
        // A pack being written by a writer that was killed, and a pack whose index never made it.
        oldFile(store.packDir() + "/tmp-1-0.pack");
        oldFile(store.packDir() + "/pack-" + id.toHex() + ".pack");
        // A young pack without an index may be one that is being published right now: kept.
        QFile young(store.packDir() + "/pack-" + ObjectId::hash("young").toHex() + ".pack");
        QVERIFY(young.open(QIODevice::WriteOnly));
        young.close();
        QCOMPARE(store.removeStaleTempFiles(3600), 4);
        QCOMPARE(filesUnder(store.objectsDir()), QStringList{QFileInfo(young).fileName()});
    }

    void pendingObjectsAreInvisibleUntilFlushed()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        Result<ObjectId> a = store.put("alpha");
        Result<ObjectId> b = store.put("beta");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(store.listObjects()->isEmpty());
        QCOMPARE(store.packCount(), 0); // a pack being written has no index, so no reader sees it
        QCOMPARE(*store.get(*a), QByteArray("alpha")); // but this instance reads them
        QVERIFY(store.flush().ok());
        QCOMPARE(store.listObjects()->size(), 2);
        QCOMPARE(store.packCount(), 1);
        QVERIFY2(filesUnder(store.objectsDir(), {"tmp-*"}).isEmpty(), qPrintable(filesUnder(store.objectsDir()).join(',')));
        // A second store that never flushed leaves nothing when it goes.
        {
            ObjectStore other(home.path());
            QVERIFY(other.put("gamma").ok());
        }
        QCOMPARE(store.listObjects()->size(), 2);
        QCOMPARE(filesUnder(store.objectsDir()).size(), 2);
    }

    void anotherStoresPackIsReadAtOnce()
    {
        test::TestHome home;
        ObjectStore reader(home.path());
        QVERIFY(reader.put("first").ok());
        QVERIFY(reader.flush().ok());
        QCOMPARE(reader.packCount(), 1);
        // Another process (here: another instance) publishes a pack right after this one looked.
        ObjectStore writer(home.path());
        const ObjectId id = *writer.put("from elsewhere");
        QVERIFY(writer.flush().ok());
        QCOMPARE(*reader.get(id), QByteArray("from elsewhere"));
    }

    void sweepDropsUnreachableAndMergesPacks()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const ObjectId a = *store.put("kept a"), b = *store.put("dropped b");
        QVERIFY(store.flush().ok());
        const ObjectId c = *store.put("kept c");
        QVERIFY(store.flush().ok());
        QCOMPARE(store.packCount(), 2);
        // A reader that has the old packs open keeps reading them after gc replaced them.
        ObjectStore reader(home.path());
        QCOMPARE(*reader.get(a), QByteArray("kept a"));
        // Within the grace period nothing young is dropped; the two small packs merge into one.
        Result<ObjectStore::SweepReport> young = store.sweep({a, c}, 3600);
        QVERIFY(young.ok());
        QCOMPARE(young->removed, 0);
        QCOMPARE(young->packsRemoved, 2);
        QCOMPARE(young->packsWritten, 1);
        QCOMPARE(store.packCount(), 1);
        QCOMPARE(*store.get(b), QByteArray("dropped b"));
        // With --prune-now the pack holding b is rewritten without it.
        Result<ObjectStore::SweepReport> r = store.sweep({a, c}, 0);
        QVERIFY(r.ok());
        QCOMPARE(r->removed, 1);
        QCOMPARE(r->packsRemoved, 1);
        QCOMPARE(r->packsWritten, 1);
        QVERIFY(r->bytesFreed > 0);
        QCOMPARE(store.packCount(), 1);
        QCOMPARE(store.get(b).error().code, Error::Code::NotFound);
        QCOMPARE(*store.get(a), QByteArray("kept a"));
        QCOMPARE(*store.get(c), QByteArray("kept c"));
        QCOMPARE(*reader.get(a), QByteArray("kept a"));
        QCOMPARE(*reader.get(c), QByteArray("kept c")); // found in the new pack
        QCOMPARE(filesUnder(store.objectsDir()).size(), 2);
    }

    // A gc killed after publishing its new pack and before removing the old one, run again: the new pack it
    // writes now is the one it wrote then (same entries, same offsets, same name), and must not be removed
    // as one of the old packs it replaces. tst_killmatrix found this.
    void gcRunAgainAfterAKillKeepsThePackItRewrote()
    {
        test::TestHome home, elsewhere;
        ObjectId a;
        {
            ObjectStore store(home.path());
            a = *store.put("kept");
            QVERIFY(store.put("dropped").ok());
            QVERIFY(store.flush().ok());
        }
        {
            ObjectStore other(elsewhere.path()); // the pack the killed gc had published: "kept" alone
            QVERIFY(other.put("kept").ok());
            QVERIFY(other.flush().ok());
            const QString base = onlyPack(other).chopped(5);
            for (const QString &ext : {QStringLiteral(".pack"), QStringLiteral(".idx")})
                QVERIFY(QFile::copy(base + ext, home.path() + "/objects/pack/" + QFileInfo(base).fileName() + ext));
        }
        ObjectStore store(home.path());
        QCOMPARE(store.packCount(), 2);
        Result<ObjectStore::SweepReport> r = store.sweep({a}, 0);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(store.packCount(), 1);
        ObjectStore fresh(home.path());
        QCOMPARE(*fresh.get(a), QByteArray("kept"));
    }

    void smallPacksAreMergedAsTheyAccumulate()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        QList<ObjectId> ids;
        for (int i = 0; i < ObjectStore::SmallPacksToMerge - 1; ++i) {
            ids.append(*store.put(QByteArray("commit ") + QByteArray::number(i)));
            QVERIFY(store.flush().ok());
        }
        QCOMPARE(store.packCount(), ObjectStore::SmallPacksToMerge - 1);
        ids.append(*store.put("one more"));
        QVERIFY(store.flush().ok());
        QCOMPARE(store.packCount(), 1);
        ObjectStore fresh(home.path());
        for (const ObjectId &id : std::as_const(ids))
            QVERIFY(fresh.get(id).ok());
        QCOMPARE(fresh.listObjects()->size(), ids.size());
    }

    void looseObjectsOfOlderHomesAreReadAndPackedByGc()
    {
        test::TestHome home;
        writeLoose(home.path(), "loose and used");
        writeLoose(home.path(), "loose and unused");
        const ObjectId used = ObjectId::hash(QByteArray("loose and used"));
        ObjectStore store(home.path());
        QVERIFY(store.contains(used));
        QCOMPARE(*store.get(used), QByteArray("loose and used"));
        QCOMPARE(store.listObjects()->size(), 2);
        // Storing it again writes nothing.
        QVERIFY(store.put("loose and used").ok());
        QCOMPARE(store.objectsWritten(), 0);
        Result<ObjectStore::SweepReport> r = store.sweep({used}, 0);
        QVERIFY(r.ok());
        QCOMPARE(r->removed, 1);
        QCOMPARE(r->looseMoved, 1);
        QCOMPARE(store.packCount(), 1);
        QCOMPARE(*store.get(used), QByteArray("loose and used"));
        QCOMPARE(filesUnder(store.objectsDir()).size(), 2); // the pack and its index only
    }
};

QTEST_GUILESS_MAIN(TestObjectStore)
#include "tst_objectstore.moc"
