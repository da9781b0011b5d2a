#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// `diff` and `merge` through the real poddeck-cli, on directory commits (service "files": documents hold
// path, size and executable; the body is the "content" attachment).
class TestDiffMerge : public QObject
{
    Q_OBJECT

    TestHome m_home, m_dirA, m_dirB;

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    static QString filePath(const QString &name)
    {
        return QStringLiteral("files/000000000000/global/file/") + name;
    }

    CliResult cli(const QStringList &args) { return runCli(m_home.path(), args); }

    void commit(const TestHome &dir, const QString &message)
    {
        const CliResult r = cli({"commit", "demo", "--from-dir", dir.path(), "-m", message});
        QVERIFY2(r.exitCode == 0, r.err);
    }

    QJsonArray versions() { return cli({"versions", "demo", "--json"}).json().array(); }

    QStringList changeList(const QJsonObject &diff)
    {
        QStringList out;
        for (const QJsonValue &c : diff.value("changes").toArray())
            out.append(c.toObject().value("change").toString() + " " + c.toObject().value("path").toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // demo:1 from directory A; demo:2 from directory B (parent 1); demo:3 from A again (parent 1, A's head):
        // two branches off demo:1.
        writeFile(m_dirA.file("a.txt"), "alpha");
        writeFile(m_dirA.file("b.txt"), "beta");
        writeFile(m_dirA.file("c.txt"), "gamma");
        commit(m_dirA, "one");
        for (const char *name : {"a.txt", "b.txt", "c.txt"})
            QVERIFY(QFile::copy(m_dirA.file(name), m_dirB.file(name)));
        writeFile(m_dirB.file("b.txt"), "beta from B");
        writeFile(m_dirB.file("d.txt"), "delta");
        commit(m_dirB, "two");
        QVERIFY(QFile::remove(m_dirA.file("a.txt")));
        writeFile(m_dirA.file("c.txt"), "gamma A");
        commit(m_dirA, "three");
        const QJsonArray v = versions();
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[2].toObject().value("parents").toArray().at(0), v[0].toObject().value("id"));
    }

    void diffShowsResourcesAndAttributes()
    {
        CliResult r = cli({"diff", "demo:1", "demo:2"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains("~ " + filePath("b.txt")), qPrintable(text));
        QVERIFY(text.contains("    ~ size: 4 -> 11"));
        QVERIFY(text.contains("attachment content"));
        QVERIFY(text.contains("+ " + filePath("d.txt")));
        QVERIFY(text.contains("1 added, 0 removed, 1 modified"));

        r = cli({"diff", "demo:2", "demo:3", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(changeList(o), (QStringList{"removed " + filePath("a.txt"), "modified " + filePath("b.txt"),
                                             "modified " + filePath("c.txt"), "removed " + filePath("d.txt")}));
        QCOMPARE(o.value("summary").toObject().value("modified").toInt(), 2);
        const QJsonObject c = o.value("changes").toArray().at(2).toObject();
        QCOMPARE(c.value("attributes").toArray().at(0).toObject().value("path").toString(), QStringLiteral("size"));
        QCOMPARE(c.value("attributes").toArray().at(0).toObject().value("after").toInt(), 7);
        QCOMPARE(c.value("attachments").toArray().at(0).toObject().value("name").toString(), QStringLiteral("content"));
        QCOMPARE(o.value("from").toObject().value("ref").toString(), QStringLiteral("demo:2"));

        r = cli({"diff", "demo:3", "demo:3"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No differences"));
    }

    void diffErrors()
    {
        QCOMPARE(cli({"diff", "demo:1"}).exitCode, 2);
        QCOMPARE(cli({"diff", "demo:1", "demo:x"}).exitCode, 2);
        QCOMPARE(cli({"diff", "demo:1", "nosuch"}).exitCode, 1);
        // live with nothing listening: a clear error, exit 1.
        const CliResult r = cli({"diff", "demo:1", "live", "--endpoint", "http://127.0.0.1:" + QString::number(MotoServer::freePort())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void mergeCleanRecordsTwoParents()
    {
        CliResult r = cli({"merge", "demo:3", "demo:2", "-m", "merge B", "--json"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonObject o = r.json().object();
        QVERIFY(o.value("recorded").toBool());
        QCOMPARE(o.value("base").toObject().value("number").toInt(), 1);
        QCOMPARE(o.value("conflicts").toArray().size(), 0);
        const QJsonArray v = versions();
        QCOMPARE(v.size(), 4);
        const QJsonObject merge = v[3].toObject();
        QCOMPARE(merge.value("message").toString(), QStringLiteral("merge B"));
        QCOMPARE(merge.value("parents").toArray(), (QJsonArray{v[2].toObject().value("id"), v[1].toObject().value("id")}));
        QCOMPARE(merge.value("resourceCount").toInt(), 3); // b (B's), c (A's), d

        r = cli({"diff", "demo:3", "demo:4", "--json"});
        QCOMPARE(changeList(r.json().object()), (QStringList{"modified " + filePath("b.txt"), "added " + filePath("d.txt")}));
        r = cli({"diff", "demo:2", "demo:4", "--json"});
        QCOMPARE(changeList(r.json().object()), (QStringList{"removed " + filePath("a.txt"), "modified " + filePath("c.txt")}));

        // Merging what is already in: nothing to do, nothing recorded.
        r = cli({"merge", "demo:4", "demo:2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("nothing to merge"));
        QCOMPARE(versions().size(), 4);
    }

    void mergeConflictsExitThreeAndRecordNothing()
    {
        // B changes c.txt and a.txt (which demo:3 deleted): a new version, parent demo:2.
        writeFile(m_dirB.file("c.txt"), "gamma B");
        writeFile(m_dirB.file("a.txt"), "alpha from B");
        // Numbers follow what ran before (mergeCleanRecordsTwoParents adds one); this function also runs alone.
        const int before = int(versions().size());
        commit(m_dirB, "five");
        QCOMPARE(versions().size(), before + 1);
        const QString five = QStringLiteral("demo:%1").arg(before + 1);
        const QString six = QStringLiteral("demo:%1").arg(before + 2);

        CliResult r = cli({"merge", "demo:3", five});
        QCOMPARE(r.exitCode, 3);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains("CONFLICT " + filePath("a.txt") + ": deleted in ours, changed in theirs"), qPrintable(text));
        QVERIFY(text.contains("CONFLICT " + filePath("c.txt") + " attachment:content: changed differently on both sides"));
        QVERIFY(r.err.contains("2 conflicts"));
        QCOMPARE(versions().size(), before + 1);

        r = cli({"merge", "demo:3", five, "--json"});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = r.json().object();
        QVERIFY(!o.value("recorded").toBool());
        QCOMPARE(o.value("unresolved").toInt(), 2);
        QStringList kinds;
        for (const QJsonValue &c : o.value("conflicts").toArray())
            kinds.append(c.toObject().value("kind").toString() + " " + c.toObject().value("key").toString());
        QCOMPARE(kinds, (QStringList{"deleted-changed ", "changed-both attachment:content"}));

        r = cli({"merge", "demo:3", five, "--prefer", "theirs"});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(versions().size(), before + 2);
        r = cli({"diff", five, six, "--json"});
        QCOMPARE(changeList(r.json().object()), (QStringList{}));

        QCOMPARE(cli({"merge", "demo:3", five, "--prefer", "both"}).exitCode, 2);
        QCOMPARE(cli({"merge", "demo:3", "nosuch:1"}).exitCode, 1);
    }

    void diffAgainstTheLiveInstance()
    {
        MotoServer moto;
        if (const QString why = moto.start(); !why.isEmpty())
            QFAIL(qPrintable("moto_server is not available: " + why));
        TestHome home;
        CliResult r = runCli(home.path(), {"commit", "cloud", "--endpoint", moto.endpoint(), "--services", "sqs", "--regions", "us-east-1"});
        QVERIFY2(r.exitCode == 0, r.err);
        AwsClient client(AwsConfig::forEndpoint(QUrl(moto.endpoint()), QStringLiteral("us-east-1")));
        QVERIFY(client.send(AwsRequest::json(AwsService::sqs(), "CreateQueue", {{"QueueName", "fresh"}})));
        r = runCli(home.path(), {"diff", "cloud", "live", "--endpoint", moto.endpoint(), "--services", "sqs", "--regions", "us-east-1", "--json"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonObject o = r.json().object();
        QVERIFY(o.value("to").toObject().value("live").toBool());
        QCOMPARE(changeList(o), (QStringList{"added sqs/123456789012/us-east-1/queue/fresh"}));
        r = runCli(home.path(), {"diff", "live", "cloud", "--endpoint", moto.endpoint(), "--services", "sqs", "--regions", "us-east-1"});
        QVERIFY(r.out.contains("- sqs/"));
    }
};

QTEST_GUILESS_MAIN(TestDiffMerge)
#include "tst_diffmerge.moc"
