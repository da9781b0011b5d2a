#include "state/Resource.h"
#include "state/ResourcePath.h"
#include "state/TreeObject.h"
#include "state/Version.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"
#include "store/StateTreeReader.h"
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
