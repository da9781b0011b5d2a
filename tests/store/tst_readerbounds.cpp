#include "support/TestHome.h"

#include "merge/StateDiff.h"
#include "merge/ThreeWayMerge.h"
#include "remote/RemoteCipher.h"
#include "state/AttachmentRef.h"
#include "state/CanonicalJson.h"
#include "state/Resource.h"
#include "state/TreeObject.h"
#include "state/Version.h"
#include "store/Compression.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "store/StateTreeWriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QtEndian>

using namespace poddeck;
using namespace poddeck::test;

// Issue 11, item 7: what the readers of stored objects refuse, whoever crafted the bytes: more than one
// zstd frame, attachment sizes the chunks cannot hold, trees nested past TreeObject::MaxDepth, counts
// that do not fit, scrypt parameters that would take gigabytes.
class TestReaderBounds : public QObject
{
    Q_OBJECT

    // A zstd skippable frame (magic 0x184D2A50, little-endian length, then bytes zstd ignores).
    static QByteArray skippableFrame(const QByteArray &hidden)
    {
        QByteArray frame(8, '\0');
        qToLittleEndian<quint32>(0x184D2A50u, frame.data());
        qToLittleEndian<quint32>(quint32(hidden.size()), frame.data() + 4);
        return frame + hidden;
    }

    // A chain of `depth` trees, each holding the next under the name "x", the last one holding `resource`.
    static ObjectId treeChain(ObjectStore &store, int depth, const ObjectId &resource)
    {
        TreeObject leaf;
        leaf.entries.append({TreeObject::Kind::Resource, resource, QStringLiteral("r")});
        ObjectId id = *store.put(leaf.toBytes());
        for (int i = 1; i < depth; ++i) {
            TreeObject t;
            t.entries.append({TreeObject::Kind::Tree, id, QStringLiteral("x")});
            id = *store.put(t.toBytes());
        }
        return id;
    }

    static ObjectId versionOf(ObjectStore &store, const ObjectId &root)
    {
        Version v;
        v.root = root;
        v.message = QStringLiteral("crafted");
        return *store.put(v.toObjectBytes());
    }

    static QByteArray resourceBytes(const QJsonValue &size, const QJsonArray &chunks)
    {
        return canonicalJson(QJsonObject{
            {"type", "resource"},
            {"path", "s3/000000000000/us-east-1/bucket/data"},
            {"document", QJsonObject()},
            {"attachments", QJsonObject{{"body", QJsonObject{{"size", size}, {"chunks", chunks}}}}}});
    }

private Q_SLOTS:
    void oneZstdFramePerObject()
    {
        const QByteArray plain = "an object";
        const QByteArray frame = zstdCompress(plain);
        QCOMPARE(*zstdDecompress(frame, 1024), plain);

        const QList<QPair<const char *, QByteArray>> smuggled{
            {"skippable frame after", frame + skippableFrame("hidden bytes the hash never covers")},
            {"skippable frame before", skippableFrame("hidden") + zstdCompress(QByteArray())},
            {"second frame", frame + zstdCompress(QByteArray())},
            {"trailing bytes", frame + QByteArray("xyz")},
            {"only a skippable frame", skippableFrame("hidden")},
        };
        for (const auto &[what, bytes] : smuggled) {
            Result<QByteArray> r = zstdDecompress(bytes, 1024);
            QVERIFY2(!r.ok(), what);
            QCOMPARE(r.error().code, Error::Code::Corrupt);
        }
        Result<QByteArray> r = zstdDecompress(frame + skippableFrame("hidden"), 1024);
        QVERIFY(r.error().message.contains(QLatin1String("follow the zstd frame")));

        // Through the store, as a bundle or a pull hands objects over.
        TestHome home;
        ObjectStore store(home.path());
        const Status st = store.putCompressed(ObjectId::hash(plain), frame + skippableFrame("hidden"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Corrupt);
        QVERIFY(store.putCompressed(ObjectId::hash(plain), frame).ok());
    }

    void attachmentSizeMustFitItsChunks()
    {
        const QString chunk = ObjectId::hash("chunk").toHex();
        Resource r;
        QVERIFY(Resource::fromObjectBytes(resourceBytes(5, QJsonArray{chunk}), &r));
        QCOMPARE(r.attachments.value(QStringLiteral("body")).size, 5);
        QVERIFY(Resource::fromObjectBytes(resourceBytes(0, QJsonArray()), &r));

        QString why;
        for (const QJsonValue &size : {QJsonValue(1e18), QJsonValue(1e300), QJsonValue(-1), QJsonValue(2.5),
                                       QJsonValue(double(AttachmentRef::MaxChunkBytes) + 1)}) {
            QVERIFY2(!Resource::fromObjectBytes(resourceBytes(size, QJsonArray{chunk}), &r, &why),
                     qPrintable(QString::number(size.toDouble())));
            QVERIFY(why.contains(QLatin1String("malformed attachment 'body'")));
        }
        QVERIFY(!Resource::fromObjectBytes(resourceBytes(3, QJsonArray()), &r)); // bytes without chunks

        // collectReachable (bundle import, pull, fsck) refuses such a resource before anything reads it.
        TestHome home;
        ObjectStore store(home.path());
        QVERIFY(store.put("chunk").ok());
        const ObjectId resource = *store.put(resourceBytes(1e18, QJsonArray{chunk}));
        const ObjectId version = versionOf(store, treeChain(store, 5, resource));
        QSet<ObjectId> seen;
        const Status st = collectReachable(store, version, seen, false, true);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("malformed attachment")), qPrintable(st.error().message));
    }

    void treeDepthIsBounded()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId resource = *store.put(resourceBytes(0, QJsonArray()));
        const ObjectId fine = versionOf(store, treeChain(store, TreeObject::MaxDepth, resource));
        QSet<ObjectId> seen;
        QVERIFY(collectReachable(store, fine, seen, true).ok());

        const ObjectId deepRoot = treeChain(store, TreeObject::MaxDepth + 2, resource);
        seen.clear();
        const Status st = collectReachable(store, versionOf(store, deepRoot), seen, true);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Corrupt);
        QVERIFY2(st.error().message.contains(QLatin1String("levels deep")), qPrintable(st.error().message));
        Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, deepRoot);
        QVERIFY(!flat.ok());
        QVERIFY(flat.error().message.contains(QLatin1String("levels deep")));

        // Diff and merge recurse on their own: they stop at the same depth (a subtree shared along a
        // shorter path can pass collectReachable's first visit and still sit deeper elsewhere).
        Result<QList<ResourceChange>> diff = StateDiff(store).diff(ObjectId(), deepRoot);
        QVERIFY(!diff.ok());
        QVERIFY(diff.error().message.contains(QLatin1String("levels deep")));
        const ObjectId shallow = treeChain(store, 3, resource);
        Result<MergeResult> merged = ThreeWayMerge(store).merge(shallow, shallow, deepRoot);
        QVERIFY(!merged.ok());
        QVERIFY(merged.error().message.contains(QLatin1String("levels deep")));
        QVERIFY(StateDiff(store).diff(ObjectId(), treeChain(store, TreeObject::MaxDepth, resource)).ok());
    }

    // The writer refuses what readers would refuse: a state whose paths are deeper than MaxDepth is never
    // written (a commit of such a tree fails with a clear message instead of leaving an unreadable version).
    void treeDepthIsBoundedOnWrite()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId resource = *store.put(resourceBytes(0, QJsonArray()));
        QStringList segments;
        for (int i = 0; i < TreeObject::MaxDepth; ++i)
            segments.append(QStringLiteral("d%1").arg(i));
        Result<ObjectId> fine = writeStateTree(store, {{segments.join(u'/'), resource}});
        QVERIFY(fine.ok());
        QVERIFY(flattenStateTree(store, *fine).ok());
        segments.append(QStringLiteral("one-too-many"));
        Result<ObjectId> deep = writeStateTree(store, {{QStringLiteral("s/a/r/t/ok"), resource}, {segments.join(u'/'), resource}});
        QVERIFY(!deep.ok());
        QCOMPARE(deep.error().code, Error::Code::InvalidArgument);
        QVERIFY2(deep.error().message.contains(QStringLiteral("%1 levels").arg(TreeObject::MaxDepth + 1)), qPrintable(deep.error().message));
    }

    // Found by fuzz_tree: a tree with an uppercase id parsed to the same entries as the canonical bytes, so
    // equal trees could have different hashes; names could be ".." or hold spaces and control characters.
    void treeObjectsHaveOneForm()
    {
        const QByteArray id = ObjectId::hash("x").toHexBytes();
        TreeObject t;
        QVERIFY(TreeObject::parse("poddeck-tree 1\nr " + id + " name%2F1\n", &t));
        for (const QByteArray &bad : {QByteArray("r " + id.toUpper() + " name"), QByteArray("r " + id + " .."),
                                      QByteArray("r " + id + " a b"), QByteArray("r " + id + " a\x01"),
                                      QByteArray("r " + id + " caf\xe9")}) {
            QString why;
            QVERIFY2(!TreeObject::parse("poddeck-tree 1\n" + bad + "\n", &t, &why), bad.constData());
            QCOMPARE(why, QStringLiteral("tree object has a malformed entry"));
        }
    }

    void countsMustFit()
    {
        Version v;
        v.root = ObjectId::hash("root");
        QJsonObject o;
        QVERIFY(parseJsonObject(v.toObjectBytes(), &o));
        for (const QJsonValue &bad : {QJsonValue(1e300), QJsonValue(-1e300), QJsonValue(-1), QJsonValue(0.5)}) {
            o.insert(QStringLiteral("resourceCount"), bad);
            Version parsed;
            QString why;
            QVERIFY(!Version::fromObjectBytes(canonicalJson(o), &parsed, &why));
            QCOMPARE(why, QStringLiteral("version object has an invalid resourceCount"));
        }
        o.insert(QStringLiteral("resourceCount"), 12);
        Version parsed;
        QVERIFY(Version::fromObjectBytes(canonicalJson(o), &parsed));
        QCOMPARE(parsed.resourceCount, 12);
    }

    void scryptCannotDemandGigabytes()
    {
        RemoteCipher::Kdf kdf;
        kdf.salt = QByteArray(16, 's');
        QVERIFY(RemoteCipher::deriveKey(QStringLiteral("pw"), kdf).ok()); // the defaults: 32 MiB

        const QList<QList<int>> crafted{{20, 32, 1}, {20, 8, 1}, {17, 32, 1}, {18, 8, 16}};
        for (const QList<int> &params : crafted) {
            kdf.logN = params[0];
            kdf.r = params[1];
            kdf.p = params[2];
            QElapsedTimer timer;
            timer.start();
            Result<QByteArray> key = RemoteCipher::deriveKey(QStringLiteral("pw"), kdf);
            QVERIFY2(!key.ok(), qPrintable(QStringLiteral("log2 N %1, r %2, p %3").arg(params[0]).arg(params[1]).arg(params[2])));
            QCOMPARE(key.error().code, Error::Code::InvalidArgument);
            QVERIFY(key.error().message.contains(QLatin1String("256 MiB")));
            QVERIFY(timer.elapsed() < 1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderBounds)
#include "tst_readerbounds.moc"
