// SQS messages merge as a multiset: the layout of SqsMessages (one child per message, keyed by content hash
// and occurrence, Order in the document) through the real diff and three-way merge.
#include "StateFixture.h"
#include "emulator/awsapi/SqsMessages.h"
#include "merge/StateDiff.h"
#include "merge/ThreeWayMerge.h"
#include "state/ResourcePath.h"
#include "store/ResourceLoad.h"
#include "store/StateTreeReader.h"
#include "support/TestHome.h"

#include <QtTest>
#include <algorithm>

using namespace poddeck;
using namespace poddeck::test;

class TestMessageMerge : public QObject
{
    Q_OBJECT

    const QString m_queue = ResourcePath::make("sqs", "000000000000", "us-east-1", "queue", "inbox");

    // A state holding the queue and these message bodies, in this order.
    QJsonObject state(const QStringList &bodies) const
    {
        QList<SqsMessages::Received> received;
        for (const QString &b : bodies)
            received.append({QJsonObject{{"Body", b}}, {}});
        QJsonObject out{{m_queue, QJsonObject{{"Attributes", QJsonObject{{"VisibilityTimeout", "30"}}}}}};
        for (const Resource &r : SqsMessages::toResources(m_queue, received))
            out.insert(r.path, r.document);
        return out;
    }

    // The bodies a merged state would send back, in restore order (Order, then path).
    static QStringList bodies(ObjectStore &store, const ObjectId &root)
    {
        QList<Resource> messages;
        const Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, root);
        if (!flat)
            return {};
        for (auto it = flat->cbegin(); it != flat->cend(); ++it)
            if (SqsMessages::isMessagePath(it.key()))
                if (Result<Resource> r = loadResource(store, it.value()))
                    messages.append(*r);
        std::stable_sort(messages.begin(), messages.end(), [](const Resource &a, const Resource &b) {
            const int oa = a.document.value("Order").toInt(), ob = b.document.value("Order").toInt();
            return oa != ob ? oa < ob : a.path < b.path;
        });
        QStringList out;
        for (const Resource &m : messages)
            out.append(m.document.value("Body").toString());
        return out;
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

private Q_SLOTS:
    void identicalMessagesAreTwo()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId one = buildState(store, state({"x"})), two = buildState(store, state({"x", "x"}));
        const Result<QList<ResourceChange>> d = StateDiff(store).diff(one, two);
        QVERIFY(d);
        QCOMPARE(d->size(), 1);
        QCOMPARE(d->first().kind, ResourceChange::Kind::Added);
        QVERIFY(d->first().path.endsWith("-1"));
    }

    void bothSidesAddAndConsume()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId base = buildState(store, state({"A", "B"}));
        const ObjectId ours = buildState(store, state({"A", "B", "C", "A"})); // adds C and a second A
        const ObjectId theirs = buildState(store, state({"B", "D"}));         // consumes A, adds D
        Result<MergeResult> m = ThreeWayMerge(store).merge(base, ours, theirs);
        QVERIFY2(m, qPrintable(m.error().message));
        QCOMPARE(m->conflictCount(), 0);
        const Result<ObjectId> root = m->writeMerged(store);
        QVERIFY(root);
        // base + (ours - base) + (theirs - base) as multisets: {A, B} + {C, A} - {A} + {D}.
        const QStringList got = bodies(store, *root);
        QCOMPARE(sorted(got), QStringList({"A", "B", "C", "D"}));
        // B moved to the front on their side; their D and our additions follow.
        QCOMPARE(got.first(), QStringLiteral("B"));
    }

    void differentAdditionsNeverConflict()
    {
        TestHome home;
        ObjectStore store(home.path());
        const ObjectId base = buildState(store, state({"A"}));
        const ObjectId ours = buildState(store, state({"A", "x", "x"}));
        const ObjectId theirs = buildState(store, state({"A", "y", "z"}));
        Result<MergeResult> m = ThreeWayMerge(store).merge(base, ours, theirs);
        QVERIFY(m);
        QCOMPARE(m->conflictCount(), 0);
        const Result<ObjectId> root = m->writeMerged(store);
        QVERIFY(root);
        const QStringList got = bodies(store, *root);
        QCOMPARE(sorted(got), QStringList({"A", "x", "x", "y", "z"}));
        QCOMPARE(got.first(), QStringLiteral("A"));
        // Swapping the sides gives the same multiset.
        Result<MergeResult> swapped = ThreeWayMerge(store).merge(base, theirs, ours);
        QVERIFY(swapped);
        QCOMPARE(swapped->conflictCount(), 0);
        QCOMPARE(*swapped->writeMerged(store), *root);
    }
};

QTEST_MAIN(TestMessageMerge)
#include "tst_messagemerge.moc"
