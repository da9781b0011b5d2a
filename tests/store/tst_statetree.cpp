#include "state/Resource.h"
#include "state/ResourcePath.h"
#include "state/TreeObject.h"
#include "state/Version.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
#include "store/StateTreeWriter.h"
#include "merge/ThreeWayMerge.h"
#include "support/TestHome.h"

#include <QtTest>

using namespace poddeck;

class TestStateTree : public QObject
{
    Q_OBJECT

    static Resource bucket(const QString &name)
    {
        Resource r;
        r.path = ResourcePath::make("s3", "000000000000", "us-east-1", "bucket", name);
        r.document = QJsonObject{{"Bucket", name}};
        return r;
    }
    static Resource object(const Resource &bucket, const QString &key, ObjectStore &store, const QByteArray &body)
    {
        Resource r;
        r.path = ResourcePath::child(bucket.path, "object", key);
        r.document = QJsonObject{{"Key", key}};
        r.attachments.insert("body", *store.putBlob(body));
        return r;
    }

private Q_SLOTS:
    void pathsEncodeSlashes()
    {
        const QString p = ResourcePath::make("s3", "000000000000", "us-east-1", "bucket", "b");
        const QString c = ResourcePath::child(p, "object", "dir/sub/file 1.txt");
        QVERIFY(ResourcePath::isValid(c));
        QCOMPARE(c.count('/'), 6);
        QCOMPARE(ResourcePath::segments(c).last(), QStringLiteral("dir/sub/file 1.txt"));
        QCOMPARE(ResourcePath::decodeSegment(ResourcePath::encodeSegment("")), QString());
        QVERIFY(!ResourcePath::isValid("s3/a/b/c"));
        QVERIFY(!ResourcePath::isValid("s3/a/../c/d"));
    }

    void sameStateSameRoot()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        auto build = [&](bool reverse) {
            StateBuilder b(store);
            QList<Resource> rs;
            const Resource b1 = bucket("b1"), b2 = bucket("b2");
            rs << b1 << b2 << object(b1, "a/x", store, "one") << object(b1, "b", store, "two");
            if (reverse)
                std::reverse(rs.begin(), rs.end());
            for (const Resource &r : rs)
                [&] { QVERIFY(b.add(r).ok()); }();
            Version meta;
            meta.created = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
            return *b.finish(meta);
        };
        const Version v1 = build(false), v2 = build(true);
        QCOMPARE(v1.root, v2.root);
        QCOMPARE(v1.id, v2.id);
        QCOMPARE(v1.resourceCount, 4);
        QCOMPARE(v1.services, QStringList{"s3"});

        const QMap<QString, ObjectId> flat = *flattenStateTree(store, v1.root);
        QCOMPARE(flat.size(), 4);
        const QString key = ResourcePath::child(bucket("b1").path, "object", "a/x");
        QVERIFY(flat.contains(key));
        Resource back;
        QVERIFY(Resource::fromObjectBytes(*store.get(flat.value(key)), &back));
        QCOMPARE(*store.getBlob(back.attachments.value("body")), QByteArray("one"));

        // The version object round-trips to the same id.
        Version parsed;
        QVERIFY(Version::fromObjectBytes(*store.get(v1.id), &parsed));
        QCOMPARE(parsed.id, v1.id);
        QCOMPARE(parsed.root, v1.root);
        QCOMPARE(parsed.created, v1.created);

        QSet<ObjectId> seen;
        QVERIFY(collectReachable(store, v1.id, seen, true).ok());
        // version + trees + 4 resources + 2 chunks
        QVERIFY(seen.size() >= 1 + 6 + 4 + 2);
    }

    void oneChangeRewritesOnePath()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        StateBuilder a(store);
        for (int i = 0; i < 50; ++i)
            QVERIFY(a.add(bucket(QStringLiteral("b%1").arg(i))).ok());
        QVERIFY(a.add(bucket("sqs-neighbour")).ok());
        const Version va = *a.finish({});
        QVERIFY(store.flush().ok());
        const int before = store.listObjects()->size();
        StateBuilder b(store);
        for (int i = 0; i < 50; ++i) {
            Resource r = bucket(QStringLiteral("b%1").arg(i));
            if (i == 7)
                r.document.insert("Versioning", "Enabled");
            QVERIFY(b.add(r).ok());
        }
        QVERIFY(b.add(bucket("sqs-neighbour")).ok());
        const Version vb = *b.finish({});
        QVERIFY(store.flush().ok());
        QVERIFY(va.root != vb.root);
        // new: 1 resource + trees on its path (root, s3, account, region, type) + version object
        QCOMPARE(store.listObjects()->size() - before, 1 + 5 + 1);
    }

    // A bucket of many objects: its node of objects is stored in parts. Readers see it whole and in order,
    // object walks see every part, the same state has the same root whichever order built it, and one
    // change or one new object rewrites a part and the list of parts, not the node.
    void largeNodeIsStoredInParts()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const Resource b = bucket("many");
        const auto keyOf = [](int i) { return QStringLiteral("logs/%1.txt").arg(i, 4, 10, QLatin1Char('0')); };
        const auto build = [&](const QList<int> &keys, int changed, bool reverse) {
            StateBuilder builder(store);
            QList<Resource> rs{b};
            for (int i : keys) {
                Resource r;
                r.path = ResourcePath::child(b.path, "object", keyOf(i));
                r.document = QJsonObject{{"Key", keyOf(i)}, {"Size", i == changed ? 2 : 1}};
                rs << r;
            }
            if (reverse)
                std::reverse(rs.begin(), rs.end());
            for (const Resource &r : std::as_const(rs))
                [&] { QVERIFY(builder.add(r).ok()); }();
            Version meta;
            meta.created = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
            Result<Version> v = builder.finish(meta);
            [&] { QVERIFY(v.ok()); }();
            [&] { QVERIFY(store.flush().ok()); }();
            return *v;
        };
        QList<int> keys;
        for (int i = 0; i < 1000; ++i)
            keys << i * 2;
        const Version v1 = build(keys, -1, false);
        QCOMPARE(build(keys, -1, true).root, v1.root);

        // The node of objects: bucket tree -> "object" tree, stored as a list of parts.
        const QString objectsPath = b.path + QStringLiteral("/object");
        ObjectId objects = v1.root;
        for (const QString &segment : objectsPath.split('/')) {
            const TreeObject t = *readTree(store, objects);
            const auto it = std::find_if(t.entries.cbegin(), t.entries.cend(), [&](const TreeObject::Entry &e) {
                return e.name == segment && e.kind == TreeObject::Kind::Tree;
            });
            QVERIFY2(it != t.entries.cend(), qPrintable(segment));
            objects = it->id;
        }
        const TreeObject stored = *readTreeNode(store, objects);
        QVERIFY(stored.isPartList());
        QVERIFY(stored.entries.size() <= TreeObject::SplitListsAbove);
        const TreeObject whole = *readTree(store, objects);
        QCOMPARE(whole.entries.size(), 1000);
        for (qsizetype i = 0; i < whole.entries.size(); ++i)
            QCOMPARE(ResourcePath::decodeSegment(whole.entries[i].name), keyOf(int(i) * 2));
        QCOMPARE(flattenStateTree(store, v1.root)->size(), 1001);

        // Every object the store holds is reachable through the parts (gc keeps them all), and fsck's walk
        // reads them.
        QSet<ObjectId> seen;
        QVERIFY(collectReachable(store, v1.id, seen, true).ok());
        const QList<ObjectId> all = *store.listObjects();
        for (const ObjectId &id : all)
            QVERIFY2(seen.contains(id), qPrintable(id.toHex()));

        const auto newBytes = [&](const QSet<ObjectId> &before) {
            qint64 bytes = 0;
            int count = 0;
            const QList<ObjectId> now = *store.listObjects();
            for (const ObjectId &id : now)
                if (!before.contains(id)) {
                    bytes += store.get(id)->size();
                    ++count;
                }
            return qMakePair(count, bytes);
        };
        qint64 nodeBytes = 0;
        for (const TreeObject::Entry &e : whole.entries)
            nodeBytes += 2 + 64 + 2 + e.name.size();
        const QList<ObjectId> listed1 = *store.listObjects();
        const QSet<ObjectId> before1(listed1.cbegin(), listed1.cend());
        const Version v2 = build(keys, 1234, false);
        auto [count, bytes] = newBytes(before1);
        // the resource, its part, the lists above it, the 6 trees on its path, the version
        QVERIFY2(count <= 12 && bytes * 4 < nodeBytes, qPrintable(QStringLiteral("%1 objects, %2 of %3 bytes").arg(count).arg(bytes).arg(nodeBytes)));
        QCOMPARE(flattenStateTree(store, v2.root)->size(), 1001);

        const QList<ObjectId> listed2 = *store.listObjects();
        const QSet<ObjectId> before2(listed2.cbegin(), listed2.cend());
        keys << 1235;
        const Version v3 = build(keys, 1234, false);
        std::tie(count, bytes) = newBytes(before2);
        QVERIFY2(count <= 13 && bytes * 4 < nodeBytes, qPrintable(QStringLiteral("%1 objects, %2 of %3 bytes").arg(count).arg(bytes).arg(nodeBytes)));
        QCOMPARE(flattenStateTree(store, v3.root)->size(), 1002);

        // A merge writes its nodes the same way: merging the change and the insert gives the root that
        // building the merged state gives.
        Result<MergeResult> merged = ThreeWayMerge(store).merge(v1.root, v2.root, build(keys, -1, false).root);
        QVERIFY(merged.ok());
        QCOMPARE(merged->unresolvedCount(), 0);
        Result<ObjectId> mergedRoot = merged->writeMerged(store);
        QVERIFY(mergedRoot.ok());
        QCOMPARE(*mergedRoot, v3.root);

        // Back under the threshold, the node is one object again.
        const Version small = build(keys.mid(0, 100), -1, false);
        ObjectId node = small.root;
        for (const QString &segment : objectsPath.split('/')) {
            const TreeObject t = *readTree(store, node);
            for (const TreeObject::Entry &e : t.entries)
                if (e.name == segment && e.kind == TreeObject::Kind::Tree)
                    node = e.id;
        }
        QVERIFY(!readTreeNode(store, node)->isPartList());
        QCOMPARE(readTreeNode(store, node)->entries.size(), 100);
    }

    // Levels of parts are not levels of the state: a path as deep as a state may hold, below nodes stored in
    // parts, is walked by every reader (gc, fsck and bundles included), not refused as crafted.
    void partsDoNotCountAsDepth()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const ObjectId res = *store.put(bucket("b").toObjectBytes());
        QMap<QString, ObjectId> state;
        QStringList deep;
        for (int level = 0; level < TreeObject::MaxDepth - 1; ++level) {
            deep << QStringLiteral("l%1").arg(level);
            if (level % 8 == 0) // a wide node every 8 levels, stored in parts
                for (int i = 0; i < 200; ++i)
                    state.insert(deep.join(u'/') + QStringLiteral("/wide%1").arg(i), res);
        }
        state.insert(deep.join(u'/') + QStringLiteral("/leaf"), res);
        Result<ObjectId> root = writeStateTree(store, state);
        QVERIFY2(root.ok(), qPrintable(root.error().message));
        Version v;
        v.root = *root;
        v.created = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        const ObjectId vid = *store.put(v.toObjectBytes());
        QCOMPARE(flattenStateTree(store, *root)->size(), state.size());
        QSet<ObjectId> seen;
        Status st = collectReachable(store, vid, seen, true);
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        seen.clear();
        bool parts = false;
        QVERIFY(collectReachable(store, vid, seen, false, true, &parts).ok());
        QVERIFY(parts);
    }

    // Parts that do not add up to one ordered node are refused, and so is a mix of parts and entries and
    // an entry kind this build does not know.
    void damagedPartsAreRefused()
    {
        test::TestHome home;
        ObjectStore store(home.path());
        const ObjectId res = *store.put(Resource().toObjectBytes());
        const auto leaf = [&](const QStringList &names) {
            TreeObject t;
            for (const QString &n : names)
                t.entries.append({TreeObject::Kind::Resource, res, n});
            return *store.put(t.toBytes());
        };
        const auto list = [&](const QList<QPair<QString, ObjectId>> &parts) {
            TreeObject t;
            for (const auto &[name, id] : parts)
                t.entries.append({TreeObject::Kind::Part, id, name});
            return *store.put(t.toBytes());
        };
        const ObjectId ab = leaf({"a", "b"}), cd = leaf({"c", "d"}), bc = leaf({"b", "c"});
        QCOMPARE(readTree(store, list({{"a", ab}, {"c", cd}}))->entries.size(), 4);
        // a part that does not start at its name
        Result<TreeObject> r = readTree(store, list({{"a", ab}, {"x", cd}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Corrupt);
        // parts that overlap
        r = readTree(store, list({{"a", ab}, {"b", bc}}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("out of order"), qPrintable(r.error().message));
        // too many levels of parts
        ObjectId deep = ab;
        for (int level = 0; level <= TreeObject::MaxPartLevels; ++level)
            deep = list({{"a", deep}});
        r = readTree(store, deep);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("levels of parts"), qPrintable(r.error().message));
        QVERIFY(!flattenStateTree(store, list({{"a", ab}, {"x", cd}})).ok());

        // A version whose root is such a list: walks that copy or verify a state (bundles, fsck) refuse it.
        Version v;
        v.root = list({{"a", ab}, {"x", cd}});
        v.created = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        const ObjectId vid = *store.put(v.toObjectBytes());
        QSet<ObjectId> seen;
        Status st = collectReachable(store, vid, seen, false, true);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Corrupt);
        seen.clear();
        QVERIFY(!collectReachable(store, vid, seen, true).ok());

        TreeObject t;
        QString why;
        const QString h = ab.toHex();
        QVERIFY(!TreeObject::parse(("poddeck-tree 1\np " + h + " a\nr " + h + " b\n").toLatin1(), &t, &why));
        QVERIFY2(why.contains("mixes"), qPrintable(why));
        QVERIFY(!TreeObject::parse(("poddeck-tree 1\np " + h + " a\np " + h + " a\n").toLatin1(), &t, &why));
        QVERIFY(!TreeObject::parse(("poddeck-tree 1\nq " + h + " a\n").toLatin1(), &t, &why));
        QVERIFY2(why.contains("newer PodDeck"), qPrintable(why));
    }

    void malformedTreesAreRejected()
    {
        TreeObject t;
        QVERIFY(!TreeObject::parse("nonsense", &t));
        const QString h = ObjectId::hash(QByteArray("x")).toHex();
        QVERIFY(TreeObject::parse(("poddeck-tree 1\nr " + h + " a\nt " + h + " a\n").toLatin1(), &t));
        QVERIFY(!TreeObject::parse(("poddeck-tree 1\nr " + h + " b\nr " + h + " a\n").toLatin1(), &t));
        QVERIFY(!TreeObject::parse(("poddeck-tree 1\nr " + h + " a").toLatin1(), &t));
        QVERIFY(!TreeObject::parse(("poddeck-tree 1\nx " + h + " a\n").toLatin1(), &t));
    }
};

QTEST_GUILESS_MAIN(TestStateTree)
#include "tst_statetree.moc"
