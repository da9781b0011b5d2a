#include "RemoteStories.h"
#include "aws/AwsClient.h"
#include "aws/AwsPaginator.h"
#include "remote/PackIndex.h"
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

    QStringList remoteKeys(const QString &name) override
    {
        const QString prefix = m_prefixes.value(name) + u'/';
        QStringList out;
        for (const QString &k : keys(prefix))
            out.append(k.mid(prefix.size()));
        return out;
    }

    QString corruptOnePack(const QString &name) override
    {
        QStringList packs = keys(m_prefixes.value(name) + QStringLiteral("/packs/")).filter(QStringLiteral(".pack"));
        if (packs.isEmpty())
            return {};
        AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_bucket, packs.first());
        get.rawResponse = true;
        Result<AwsResponse> pack = client().send(get);
        if (!pack)
            return {};
        QByteArray bytes = pack->body;
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        if (!client().send(AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_bucket, packs.first(), {}, bytes)))
            return {};
        return packs.first();
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
    void packedClone() { storyPackedClone(); }
    void rangedPull() { storyRangedPull(); }
    void shareExpiry() { storyShareExpiry(); }
    void shareLink() { storyShare(true); }
    void registry() { storyRegistry(); }

    QByteArray get(const QString &key)
    {
        AwsRequest request = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_bucket, key);
        request.rawResponse = true;
        Result<AwsResponse> r = client().send(request);
        return r ? r->body : QByteArray();
    }

    // A push killed halfway leaves complete packs (with their indexes) but no pod; running it again reuses
    // every complete pack and uploads only the objects they do not hold.
    void resumeAfterKill()
    {
        TestHome a;
        const QString url = remoteUrl(QStringLiteral("resume"));
        const QString prefix = m_prefixes.value(QStringLiteral("resume"));
        const QString packsPrefix = prefix + QStringLiteral("/packs/");
        addRemote(a.path(), "origin", url);
        // About 6 packs: more than upload at once, so a kill after the first index always lands mid-push.
        QVERIFY(writeTree(dir("k1"), 1, 400, 88 * 1024 * 1024));
        commit(a.path(), "big", dir("k1"), "baseline");

        QProcess push;
        push.start(QStringLiteral(PODDECK_CLI_PATH), {"--home", a.path(), "push", "big"});
        QVERIFY(push.waitForStarted());
        QElapsedTimer t;
        t.start();
        while (push.state() == QProcess::Running && t.elapsed() < 60000) {
            if (!keys(packsPrefix).filter(QStringLiteral(".idx")).isEmpty())
                break;
            QThread::msleep(5);
        }
        QVERIFY2(push.state() == QProcess::Running, "the push finished before it could be interrupted: make the tree bigger");
        ::kill(pid_t(push.processId()), SIGKILL);
        push.waitForFinished();
        // Requests the dead client had fully sent may still land: wait until the listing stops moving.
        QStringList before;
        for (int stable = 0; stable < 3;) {
            const QStringList now = keys(packsPrefix);
            stable = now == before ? stable + 1 : 0;
            before = now;
            QThread::msleep(100);
        }
        QVERIFY(keys(prefix + QStringLiteral("/pods/")).isEmpty()); // the pod never became visible
        QVERIFY(keys(prefix + QStringLiteral("/objects/")).isEmpty());
        const QStringList indexes = before.filter(QStringLiteral(".idx"));
        QVERIFY(!indexes.isEmpty());
        int packedBefore = 0;
        for (const QString &k : indexes) {
            const QString id = k.mid(packsPrefix.size()).chopped(4);
            QVERIFY2(before.contains(packsPrefix + id + QStringLiteral(".pack")), "an index is written only after its pack");
            Result<PackIndex> index = PackIndex::parse(get(k), id, k);
            QVERIFY2(index.ok(), qPrintable(index.error().message));
            packedBefore += int(index->entries.size());
        }

        const CliResult r = cli(a.path(), {"push", "big", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QJsonObject o = r.json().object();
        const int considered = o.value("objectsConsidered").toInt();
        QCOMPARE(o.value("objectsPresent").toInt(), packedBefore);
        QCOMPARE(o.value("objectsUploaded").toInt(), considered - packedBefore);
        QVERIFY(considered > packedBefore);
        const QStringList after = keys(packsPrefix);
        for (const QString &k : indexes) // complete packs are kept and reused, never sent again
            QVERIFY(after.contains(k));
        QCOMPARE(after.filter(QStringLiteral(".idx")).size(), indexes.size() + o.value("packsUploaded").toInt());
        qInfo("killed after %d of %d objects (%d complete packs); the second push uploaded %d in %d packs", packedBefore,
              considered, int(indexes.size()), o.value("objectsUploaded").toInt(), o.value("packsUploaded").toInt());

        TestHome b;
        addRemote(b.path(), "origin", url);
        QCOMPARE(cli(b.path(), {"clone", "origin", "big"}).exitCode, 0);
        QCOMPARE(versionIds(b.path(), "big"), versionIds(a.path(), "big"));
        QVERIFY(fsckOk(b.path()));
        const CliResult fsck = cli(a.path(), {"remote", "fsck", "--json"});
        QVERIFY2(fsck.exitCode == 0, qPrintable(cliText(fsck)));
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
