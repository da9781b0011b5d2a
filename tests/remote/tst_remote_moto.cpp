#include "RemoteStories.h"
#include "aws/AwsClient.h"
#include "aws/AwsPaginator.h"
#include "support/MotoServer.h"

#include <QElapsedTimer>
#include <QThread>

#include <csignal>

using namespace poddeck;
using namespace poddeck::test;

// The remote stories against a real moto_server standing in for S3, driven through the real poddeck-cli.
class TestRemoteMoto : public QObject, public RemoteStories
{
    Q_OBJECT

    MotoServer m_moto;
    QString m_bucket = QStringLiteral("poddeck-team");
    QHash<QString, QString> m_prefixes; // remote name -> key prefix
    int m_counter = 0;

    AwsClient client() const { return AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()))); }

    QString remoteUrl(const QString &name) override
    {
        const QString prefix = QStringLiteral("%1-%2").arg(name).arg(++m_counter);
        m_prefixes.insert(name, prefix);
        return QStringLiteral("s3://%1/%2?endpoint=%3").arg(m_bucket, prefix, m_moto.endpoint());
    }

    QStringList keys(const QString &prefix)
    {
        QStringList out;
        const AwsRequest list = AwsRequest::s3(QStringLiteral("ListObjectsV2"), "GET", m_bucket, {},
                                               {{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("prefix"), prefix}});
        Status st = AwsPaginator::forEachPage(client(), list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
            for (const XmlNode &c : page.result().childrenNamed(u"Contents"))
                out.append(c.textAt(u"Key"));
            return true;
        });
        return st ? out : QStringList();
    }

    QString corruptOneObject(const QString &name) override
    {
        const QStringList objects = keys(m_prefixes.value(name) + QStringLiteral("/objects/"));
        if (objects.size() < 2)
            return {};
        // A well-formed object under the wrong name: it decompresses fine and only its hash gives it away.
        AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_bucket, objects.at(1));
        get.rawResponse = true;
        Result<AwsResponse> other = client().send(get);
        if (!other)
            return {};
        if (!client().send(AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_bucket, objects.at(0), {}, other->body)))
            return {};
        return objects.at(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_moto.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Child poddeck-cli processes sign with these (moto accepts any); keep ~/.aws out of the test.
        qputenv("AWS_ACCESS_KEY_ID", "test");
        qputenv("AWS_SECRET_ACCESS_KEY", "test");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(m_work.filePath("no-credentials")));
        qunsetenv("AWS_PROFILE");
        QVERIFY(m_work.isValid());
        QVERIFY(client().send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", m_bucket)).ok());
    }

    void teammates() { storyTeammates(); }

    // `remote add` checks conditional writes on a scratch file and removes it again.
    void remoteAddProbeLeavesNothing()
    {
        TestHome a;
        addRemote(a.path(), "origin", remoteUrl(QStringLiteral("probe")));
        QVERIFY(keys(m_prefixes.value(QStringLiteral("probe")) + QStringLiteral("/")).isEmpty());
    }
    void concurrentPush() { storyConcurrentPush(); }
    void corruptObject() { storyCorruptObject(); }
    void shareLink() { storyShare(true); }

    // A push killed halfway leaves objects but no pod; running it again uploads only what is missing.
    void resumeAfterKill()
    {
        TestHome a;
        const QString url = remoteUrl(QStringLiteral("resume"));
        const QString prefix = m_prefixes.value(QStringLiteral("resume"));
        addRemote(a.path(), "origin", url);
        QVERIFY(writeTree(dir("k1"), 1, 400, 2 * 1024 * 1024));
        commit(a.path(), "big", dir("k1"), "baseline");

        QProcess push;
        push.start(QStringLiteral(PODDECK_CLI_PATH), {"--home", a.path(), "push", "big"});
        QVERIFY(push.waitForStarted());
        QElapsedTimer t;
        t.start();
        qsizetype seen = 0;
        while (push.state() == QProcess::Running && t.elapsed() < 60000) {
            seen = keys(prefix + QStringLiteral("/objects/")).size();
            if (seen >= 40)
                break;
            QThread::msleep(10);
        }
        QVERIFY2(push.state() == QProcess::Running, "the push finished before it could be interrupted: make the tree bigger");
        ::kill(pid_t(push.processId()), SIGKILL);
        push.waitForFinished();
        // Requests the dead client had fully sent may still land: wait until the count stops moving.
        int before = -1;
        for (int stable = 0; stable < 3;) {
            const int now = int(keys(prefix + QStringLiteral("/objects/")).size());
            stable = now == before ? stable + 1 : 0;
            before = now;
            QThread::msleep(100);
        }
        QVERIFY(keys(prefix + QStringLiteral("/pods/")).isEmpty()); // the pod never became visible
        QVERIFY2(before >= 40, qPrintable(QString::number(before)));

        const CliResult r = cli(a.path(), {"push", "big", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QJsonObject o = r.json().object();
        const int considered = o.value("objectsConsidered").toInt();
        QCOMPARE(o.value("objectsPresent").toInt(), before);
        QCOMPARE(o.value("objectsUploaded").toInt(), considered - before);
        QVERIFY(considered > before);
        QCOMPARE(int(keys(prefix + QStringLiteral("/objects/")).size()), considered);
        qInfo("killed after %d of %d objects; the second push uploaded %d", before, considered, o.value("objectsUploaded").toInt());

        TestHome b;
        addRemote(b.path(), "origin", url);
        QCOMPARE(cli(b.path(), {"clone", "origin", "big"}).exitCode, 0);
        QCOMPARE(versionIds(b.path(), "big"), versionIds(a.path(), "big"));
        QVERIFY(fsckOk(b.path()));
    }

    void clearErrors()
    {
        TestHome a;
        CliResult r = cli(a.path(), {"push", "nothing"});
        QVERIFY(cliText(r).contains("no remote configured"));
        r = cli(a.path(), {"remote", "add", "bad", "s3://Bad_Bucket/x"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(cliText(r).contains("not a valid S3 bucket name"), qPrintable(cliText(r)));
        r = cli(a.path(), {"remote", "add", "nobucket", QStringLiteral("s3://no-such-bucket/x?endpoint=%1").arg(m_moto.endpoint())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(writeTree(dir("e1"), 1, 5, 0));
        commit(a.path(), "p", dir("e1"), "x");
        r = cli(a.path(), {"push", "p"});
        QVERIFY2(cliText(r).contains("bucket 'no-such-bucket' does not exist"), qPrintable(cliText(r)));
        r = cli(a.path(), {"remote", "add", "second", "file://" + dir("second-remote")});
        QCOMPARE(r.exitCode, 0);
        r = cli(a.path(), {"push", "p"});
        QVERIFY2(cliText(r).contains("several remotes are configured"), qPrintable(cliText(r)));
    }
};

QTEST_GUILESS_MAIN(TestRemoteMoto)
#include "tst_remote_moto.moc"
