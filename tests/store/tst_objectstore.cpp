#include "state/ObjectId.h"
#include "store/Chunker.h"
#include "store/Compression.h"
#include "store/ObjectStore.h"
#include "support/TestHome.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace poddeck;

class TestObjectStore : public QObject
{
    Q_OBJECT

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
            QVERIFY(QFile::exists(store.pathFor(id)));
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
        QVERIFY(QDir(store.objectsDir() + "/tmp").isEmpty());
    }

    void corruptedObjectIsRefused()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const ObjectId id = *store.put("precious data");
        QVERIFY(store.flush().ok());
        // Replace the file with a valid zstd frame of other content: only the hash check can catch it.
        QFile f(store.pathFor(id));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(zstdCompress("precious dat4"));
        f.close();
        Result<QByteArray> r = store.get(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
        QVERIFY(r.error().message.contains("does not match its hash"));
        // Garbage bytes
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("garbage");
        f.close();
        QCOMPARE(store.get(id).error().code, Error::Code::Corrupt);
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
        // Today's writers keep temp files beside their objects; a crashed one leaves them there.
        const ObjectId id = ObjectId::hash("stale");
        const QString fanout = store.objectsDir() + "/" + id.toHex().left(2);
        QDir().mkpath(fanout);
        QFile g(fanout + "/tmp-" + id.toHex().mid(2) + "-1-0");
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("x");
        g.flush();
        g.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime);
        g.close();
        QCOMPARE(store.removeStaleTempFiles(3600), 2);
        QVERIFY(!g.exists());
    }

    void pendingObjectsAreInvisibleUntilFlushed()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        Result<ObjectId> a = store.put("alpha");
        Result<ObjectId> b = store.put("beta");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(store.listObjects()->isEmpty()); // temp names are never taken for objects
        QVERIFY(!QFileInfo::exists(store.pathFor(*a)));
        QCOMPARE(*store.get(*a), QByteArray("alpha")); // but this instance reads them
        QVERIFY(store.flush().ok());
        QCOMPARE(store.listObjects()->size(), 2);
        QVERIFY(QFileInfo::exists(store.pathFor(*a)) && QFileInfo::exists(store.pathFor(*b)));
        QStringList temps;
        QDirIterator it(store.objectsDir(), {"tmp-*"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            temps.append(it.next());
        QVERIFY2(temps.isEmpty(), qPrintable(temps.join(',')));
        // A second store that never flushed leaves nothing when it goes.
        {
            ObjectStore other(home.path());
            QVERIFY(other.put("gamma").ok());
        }
        QCOMPARE(store.listObjects()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestObjectStore)
#include "tst_objectstore.moc"
