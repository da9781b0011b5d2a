// PackIndex round trip and checks, and how RemotePacks groups entries into reads.
#include "jobs/RemotePacks.h"
#include "remote/FolderRemote.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace poddeck;

class TestPackIndex : public QObject
{
    Q_OBJECT

    static PackIndex sample(int entries, qint64 entryBytes, qint64 gap = 0, int first = 0)
    {
        PackIndex index;
        qint64 at = 0;
        for (int i = 0; i < entries; ++i) {
            index.entries.append({ObjectId::hash(QByteArray::number(first + i)), at, entryBytes});
            at += entryBytes + gap;
        }
        index.packSize = at;
        index.packId = QString(64, u'a');
        return index;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const PackIndex index = sample(100, 77);
        Result<PackIndex> back = PackIndex::parse(index.toBytes(), index.packId, "t");
        QVERIFY(back.ok());
        QCOMPARE(back->packSize, index.packSize);
        QCOMPARE(back->entries.size(), 100);
        QCOMPARE(back->entries[42].storageId, index.entries[42].storageId);
        QCOMPARE(back->entries[42].offset, 42 * 77);
    }

    void damageIsRefused()
    {
        const QByteArray good = sample(10, 50).toBytes();
        QByteArray flipped = good;
        flipped[30] = char(flipped.at(30) ^ 1);
        QVERIFY(PackIndex::parse(flipped, "x", "t").error().message.contains("checksum"));
        QCOMPARE(PackIndex::parse(good.left(good.size() - 1), "x", "t").error().code, Error::Code::Corrupt);
        QCOMPARE(PackIndex::parse("PDKPIDX1", "x", "t").error().code, Error::Code::Corrupt);
        // Entries outside the pack or overlapping: refused even with a valid checksum.
        PackIndex overlap = sample(3, 50);
        overlap.entries[1].offset = 20;
        QVERIFY(PackIndex::parse(overlap.toBytes(), "x", "t").error().message.contains("overlaps"));
        PackIndex outside = sample(3, 50);
        outside.packSize = 120;
        QVERIFY(PackIndex::parse(outside.toBytes(), "x", "t").error().message.contains("outside"));
    }

    void builderNamesPackByItsHash()
    {
        PackBuilder b;
        b.append(ObjectId::hash("a"), "first");
        b.append(ObjectId::hash("b"), "second!");
        const PackIndex index = b.finish();
        QCOMPARE(index.packId, ObjectId::hash("firstsecond!").toHex());
        QCOMPARE(index.packSize, 12);
        QCOMPARE(index.entries[1].offset, 5);
        QCOMPARE(index.entries[1].length, 7);
    }

    // Nearby entries share a read; a wide gap, the range cap or the entry cap start a new one.
    void planCoalescesRanges()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<FolderRemote>> remote = FolderRemote::open(RemoteUrl::parse(QUrl::fromLocalFile(dir.path()).toString()).value());
        QVERIFY(remote.ok());
        PackIndex near = sample(1000, 100, 10); // 1,000 entries, 10-byte gaps
        near.packId = QString(64, u'b');
        PackIndex far = sample(3, 100, RemotePacks::MaxGap + 1, 5000);
        far.packId = QString(64, u'c');
        for (PackIndex *i : {&near, &far}) {
            QVERIFY((*remote)->putPackFile(Remote::packFileName(i->packId), QByteArray(i->packSize, 'x')).ok());
            QVERIFY((*remote)->putPackIndex(*i).ok());
        }
        RemotePacks packs(**remote, QString());
        JobContext context;
        QVERIFY(packs.load({near.packId, far.packId}, context).ok());

        QList<ObjectId> ids;
        for (int i = 0; i < 1000; ++i)
            ids.append(ObjectId::hash(QByteArray::number(i)));
        QList<RemotePacks::Range> ranges = packs.plan(ids);
        int items = 0;
        for (const RemotePacks::Range &r : std::as_const(ranges)) {
            QCOMPARE(r.packId, near.packId);
            QVERIFY(r.items.size() <= RemotePacks::MaxRangeItems);
            QVERIFY(r.length <= RemotePacks::MaxRange);
            items += int(r.items.size());
            for (const RemotePacks::Range::Item &item : r.items)
                QVERIFY(item.offset + item.length <= r.length);
        }
        QCOMPARE(items, 1000);
        QCOMPARE(ranges.size(), 4); // 256 entries a read

        // Entries far apart in one pack: a read each.
        ranges = packs.plan({ObjectId::hash("5000"), ObjectId::hash("5002"), ObjectId::hash("5001")});
        QCOMPARE(ranges.size(), 3);
        QCOMPARE(ranges[0].length, 100);
        QVERIFY(!packs.find(ObjectId::hash("not packed")));

        // Every other entry of the near pack: the 10 + 100 byte gaps are read through, one range per 256.
        QList<ObjectId> sparse;
        for (int i = 100; i < 1000; i += 2)
            sparse.append(ids[i]);
        ranges = packs.plan(sparse);
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges[0].items.size(), RemotePacks::MaxRangeItems);
        QCOMPARE(ranges[0].offset, 100 * 110);
    }
};

QTEST_GUILESS_MAIN(TestPackIndex)
#include "tst_packindex.moc"
