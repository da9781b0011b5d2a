#include "StateFixture.h"
#include "merge/StateDiff.h"
#include "state/ResourcePath.h"
#include "store/StateTreeReader.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

class TestStateDiff : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

    static QStringList summary(const QList<ResourceChange> &changes)
    {
        QStringList out;
        for (const ResourceChange &c : changes)
            out.append(ResourceChange::kindName(c.kind) + QLatin1Char(' ') + c.path);
        return out;
    }

    // services x regions x types x perType resources, each with a small document.
    static QJsonObject bigState(int services, int regions, int types, int perType)
    {
        QJsonObject state;
        for (int s = 0; s < services; ++s)
            for (int r = 0; r < regions; ++r)
                for (int t = 0; t < types; ++t)
                    for (int i = 0; i < perType; ++i)
                        state.insert(ResourcePath::make(QStringLiteral("svc%1").arg(s), QStringLiteral("000000000000"),
                                                        QStringLiteral("region-%1").arg(r), QStringLiteral("type%1").arg(t),
                                                        QStringLiteral("res-%1").arg(i)),
                                     QJsonObject{{"Name", i}, {"Attributes", QJsonObject{{"Size", i * 3}}}});
        return state;
    }

private Q_SLOTS:
    void addedRemovedModifiedWithAttributes()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId a = buildState(store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"QueueName":"orders","Attributes":{"VisibilityTimeout":"30","DelaySeconds":"0"}},
            "sqs/000000000000/us-east-1/queue/old": {"QueueName":"old"},
            "s3/000000000000/us-east-1/bucket/b": {"Name":"b"},
            "s3/000000000000/us-east-1/bucket/b/object/k1": {"Key":"k1","@attachments":{"body":"one"}},
            "s3/000000000000/us-east-1/bucket/b/object/k2": {"Key":"k2","@attachments":{"body":"two"}}
        })"));
        const ObjectId b = buildState(store, parse(R"({
            "sqs/000000000000/us-east-1/queue/orders": {"QueueName":"orders","Attributes":{"VisibilityTimeout":"60","DelaySeconds":"0"},"Tags":{"env":"dev"}},
            "sqs/000000000000/us-east-1/queue/new": {"QueueName":"new"},
            "s3/000000000000/us-east-1/bucket/b": {"Name":"b"},
            "s3/000000000000/us-east-1/bucket/b/object/k1": {"Key":"k1","@attachments":{"body":"one, longer"}},
            "s3/000000000000/us-east-1/bucket/b/object/k3": {"Key":"k3","@attachments":{"body":"three"}}
        })"));
        StateDiff diff(store);
        Result<QList<ResourceChange>> changes = diff.diff(a, b);
        QVERIFY2(changes, qPrintable(changes.error().message));
        QCOMPARE(summary(*changes), (QStringList{
                                        "modified s3/000000000000/us-east-1/bucket/b/object/k1",
                                        "removed s3/000000000000/us-east-1/bucket/b/object/k2",
                                        "added s3/000000000000/us-east-1/bucket/b/object/k3",
                                        "added sqs/000000000000/us-east-1/queue/new",
                                        "removed sqs/000000000000/us-east-1/queue/old",
                                        "modified sqs/000000000000/us-east-1/queue/orders",
                                    }));
        const ResourceChange &object = changes->at(0);
        QVERIFY(object.attributes.isEmpty());
        QCOMPARE(object.attachments.size(), 1);
        QCOMPARE(object.attachments[0].name, QStringLiteral("body"));
        QCOMPARE(object.attachments[0].before.size, 3);
        QCOMPARE(object.attachments[0].after.size, 11);
        QCOMPARE(object.attachments[0].chunksChanged, 1);
        const ResourceChange &queue = changes->at(5);
        QCOMPARE(queue.attributes.size(), 2);
        QCOMPARE(queue.attributes[0].keyText(), QStringLiteral("Attributes.VisibilityTimeout"));
        QCOMPARE(queue.attributes[0].before.toString(), QStringLiteral("30"));
        QCOMPARE(queue.attributes[0].after.toString(), QStringLiteral("60"));
        QCOMPARE(queue.attributes[1].keyText(), QStringLiteral("Tags"));
        QCOMPARE(queue.attributes[1].kind, AttributeChange::Kind::Added);
        QVERIFY(!queue.before.isNull() && !queue.after.isNull());
        const QJsonObject json = queue.toJson();
        QCOMPARE(json.value("change").toString(), QStringLiteral("modified"));
        QCOMPARE(json.value("attributes").toArray().at(0).toObject().value("path").toString(),
                 QStringLiteral("Attributes.VisibilityTimeout"));

        // The other way round: additions and removals swap.
        Result<QList<ResourceChange>> back = StateDiff(store).diff(b, a);
        QVERIFY(back);
        QCOMPARE(back->size(), changes->size());
        QCOMPARE(back->at(1).kind, ResourceChange::Kind::Added);
        QVERIFY(StateDiff(store).diff(a, a)->isEmpty());
    }

    void emptyStatesAndWholeSubtrees()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId a = buildState(store, parse(R"({
            "s3/000000000000/us-east-1/bucket/b": {"Name":"b"},
            "s3/000000000000/us-east-1/bucket/b/object/k1": {"Key":"k1"},
            "s3/000000000000/us-east-1/bucket/b/object/k2": {"Key":"k2"}
        })"));
        Result<QList<ResourceChange>> all = StateDiff(store).diff(ObjectId(), a);
        QVERIFY(all);
        QCOMPARE(summary(*all), (QStringList{"added s3/000000000000/us-east-1/bucket/b",
                                             "added s3/000000000000/us-east-1/bucket/b/object/k1",
                                             "added s3/000000000000/us-east-1/bucket/b/object/k2"}));
        const ObjectId empty = buildState(store, QJsonObject());
        Result<QList<ResourceChange>> gone = StateDiff(store).diff(a, empty);
        QVERIFY(gone);
        QCOMPARE(gone->size(), 3);
        QCOMPARE(gone->at(2).kind, ResourceChange::Kind::Removed);
    }

    void liveMapDiffsThroughATemporaryTree()
    {
        TestHome home;
        ObjectId version;
        QMap<QString, ObjectId> live;
        {
            ObjectStore store(home.path());
            version = buildState(store, parse(R"({
                "sqs/000000000000/us-east-1/queue/a": {"QueueName":"a"},
                "sqs/000000000000/us-east-1/queue/b": {"QueueName":"b"}
            })"));
            QVERIFY(store.flush());
        }
        ObjectStore store(home.path());
        Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, version);
        QVERIFY(flat);
        live = *flat;
        // The "instance" changed queue b and gained queue c; their objects go in unflushed, as a snapshot's do.
        for (const char *name : {"b", "c"}) {
            Resource r = resourceFromJson(store, QStringLiteral("sqs/000000000000/us-east-1/queue/%1").arg(name),
                                          QJsonObject{{"QueueName", name}, {"Attributes", QJsonObject{{"DelaySeconds", "9"}}}});
            Result<ObjectId> id = store.put(r.toObjectBytes());
            QVERIFY(id);
            live.insert(r.path, *id);
        }
        Result<ObjectId> tree = StateDiff::temporaryTree(store, live);
        QVERIFY(tree);
        QCOMPARE(StateDiff::temporaryTree(store, *flat).value(), version); // same map, same tree
        Result<QList<ResourceChange>> changes = StateDiff(store).diff(version, *tree);
        QVERIFY(changes);
        QCOMPARE(summary(*changes), (QStringList{"modified sqs/000000000000/us-east-1/queue/b",
                                                 "added sqs/000000000000/us-east-1/queue/c"}));
        QCOMPARE(changes->at(0).attributes.at(0).keyText(), QStringLiteral("Attributes"));
    }

    void equalSubtreesAreNotRead()
    {
        TestHome home;
        ObjectStore store(home.path());
        QJsonObject state = bigState(5, 2, 4, 100); // 4,000 resources
        const ObjectId a = buildState(store, state);
        const QString changed = ResourcePath::make("svc3", "000000000000", "region-1", "type2", "res-42");
        state.insert(changed, QJsonObject{{"Name", 42}, {"Attributes", QJsonObject{{"Size", 0}}}});
        const ObjectId b = buildState(store, state);

        StateDiff diff(store);
        Result<QList<ResourceChange>> changes = diff.diff(a, b);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->at(0).path, changed);
        QCOMPARE(changes->at(0).attributes.at(0).keyText(), QStringLiteral("Attributes.Size"));
        // root, service, account, region and type trees on each side: O(depth), not O(state).
        QCOMPARE(diff.treesRead(), 10);
        QCOMPARE(diff.resourcesRead(), 2);

        // The naive way reads every tree of both states.
        int naiveTrees = 0;
        std::function<void(const ObjectId &)> count = [&](const ObjectId &id) {
            ++naiveTrees;
            const Result<TreeObject> tree = readTree(store, id);
            for (const TreeObject::Entry &e : tree->entries)
                if (e.kind == TreeObject::Kind::Tree)
                    count(e.id);
        };
        count(a);
        count(b);
        QVERIFY2(naiveTrees > 100, qPrintable(QString::number(naiveTrees)));
    }
};

QTEST_GUILESS_MAIN(TestStateDiff)
#include "tst_statediff.moc"
