#include "jobs/RemoteAccess.h"
#include "remote/RemotePod.h"
#include <QJsonObject>
#include <QJsonDocument>
#include "remote/RemoteUrl.h"

#include <QtTest>

using namespace poddeck;

class TestRemoteUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesS3()
    {
        Result<RemoteUrl> u = RemoteUrl::parse("s3://my-bucket/team/pods/?endpoint=http://127.0.0.1:5000/&region=eu-west-1");
        QVERIFY2(u.ok(), qPrintable(u.error().message));
        QCOMPARE(u->kind, RemoteUrl::Kind::S3);
        QCOMPARE(u->bucket, QStringLiteral("my-bucket"));
        QCOMPARE(u->prefix, QStringLiteral("team/pods"));
        QCOMPARE(u->endpoint, QUrl("http://127.0.0.1:5000"));
        QCOMPARE(u->region, QStringLiteral("eu-west-1"));
        QVERIFY(!u->virtualHost); // custom endpoints default to path-style
        QCOMPARE(RemoteUrl::parse(u->toString())->toString(), u->toString());

        Result<RemoteUrl> aws = RemoteUrl::parse("s3://my-bucket");
        QVERIFY(aws.ok());
        QVERIFY(aws->virtualHost);
        QVERIFY(aws->endpoint.isEmpty());
        QCOMPARE(aws->toString(), QStringLiteral("s3://my-bucket"));
        QVERIFY(RemoteUrl::parse("s3://my-bucket?endpoint=http://minio:9000&style=virtual")->virtualHost);
    }

    void insecureHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("loopback v4") << "s3://pods?endpoint=http://127.0.0.1:5000" << false;
        QTest::newRow("loopback 127/8") << "s3://pods?endpoint=http://127.3.4.5:5000" << false;
        QTest::newRow("loopback v6") << "s3://pods?endpoint=http://[::1]:5000" << false;
        QTest::newRow("localhost") << "s3://pods?endpoint=http://localhost:4566" << false;
        QTest::newRow("https elsewhere") << "s3://pods?endpoint=https://minio.lan:9000" << false;
        QTest::newRow("aws") << "s3://bucket" << false;
        QTest::newRow("folder") << "file:///srv/pods" << false;
        QTest::newRow("http name") << "s3://pods?endpoint=http://minio.lan:9000" << true;
        QTest::newRow("http lan ip") << "s3://pods?endpoint=http://10.0.0.5:9000" << true;
        QTest::newRow("http localhost look-alike") << "s3://pods?endpoint=http://localhost.evil.example:9000" << true;
        QTest::newRow("HTTP upper case") << "s3://pods?endpoint=HTTP://minio.lan:9000" << true;
    }

    void insecureHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, insecure);
        Result<RemoteUrl> u = RemoteUrl::parse(url);
        QVERIFY2(u.ok(), qPrintable(u.error().message));
        QCOMPARE(u->isInsecureHttp(), insecure);
    }

    // Plain http to another host is refused at `remote add` and when a remote recorded without the opt-in
    // is opened; --allow-insecure-http (GUI: "Allow plain http") records the opt-in.
    void insecureHttpNeedsOptIn()
    {
        QTemporaryDir home;
        const QString url = QStringLiteral("s3://pods?endpoint=http://minio.lan:9000");
        Result<RemoteInfo> refused = addRemote({home.path(), "lan", url, {}, {}, false, {}, false});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("--allow-insecure-http")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("minio.lan")));

        Result<RemoteInfo> allowed = addRemote({home.path(), "lan", url, {}, {}, false, {}, true});
        QVERIFY2(allowed.ok(), qPrintable(allowed.error().message));
        QVERIFY(allowed->allowsInsecureHttp());
        QVERIFY(openRemote(*allowed).ok()); // opening does not touch the network

        // A remote recorded without the opt-in (by an older PodDeck) is refused when used, with the way out.
        RemoteInfo old = *allowed;
        old.options.remove(QStringLiteral("allowInsecureHttp"));
        Result<std::unique_ptr<Remote>> opened = openRemote(old);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QLatin1String("--allow-insecure-http")));

        // Loopback needs no opt-in and records none.
        Result<RemoteInfo> local = addRemote({home.path(), "local", "s3://pods?endpoint=http://127.0.0.1:9", {}, {}, false, {}, false});
        QVERIFY2(local.ok(), qPrintable(local.error().message));
        QVERIFY(!local->allowsInsecureHttp());
    }

    void parsesFolder()
    {
        Result<RemoteUrl> u = RemoteUrl::parse("file:///srv/pods/../pods/team/");
        QVERIFY(!u.ok()); // '..' refused
        u = RemoteUrl::parse("file:///srv/pods/team/");
        QVERIFY(u.ok());
        QCOMPARE(u->path, QStringLiteral("/srv/pods/team"));
        QCOMPARE(u->toString(), QStringLiteral("file:///srv/pods/team"));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << "" << "needs a URL";
        QTest::newRow("scheme") << "ftp://x/y" << "unknown scheme";
        QTest::newRow("upper") << "s3://MyBucket" << "not a valid S3 bucket name";
        QTest::newRow("short") << "s3://ab" << "3 to 63";
        QTest::newRow("ip") << "s3://192.168.1.1" << "IP address";
        QTest::newRow("dots") << "s3://a..b" << "'..'";
        QTest::newRow("creds") << "s3://AKIA:hunter2@bucket/x" << "credentials do not belong";
        QTest::newRow("port") << "s3://bucket:9000/x" << "takes no port";
        QTest::newRow("prefix") << "s3://bucket/a//b" << "empty path segment";
        QTest::newRow("dotdot") << "s3://bucket/a/../b" << "'..'";
        QTest::newRow("endpoint") << "s3://bucket?endpoint=ftp://x" << "http:// or https://";
        QTest::newRow("option") << "s3://bucket?color=red" << "unknown option 'color'";
        QTest::newRow("tls") << "s3://my.bucket" << "style=path";
        QTest::newRow("relative") << "file:relative/path" << "absolute";
        QTest::newRow("host") << "file://server/share" << "three slashes";
        // Found by fuzz_remoteurl: PCRE's $ matched before a final newline, so these passed.
        QTest::newRow("newline bucket") << "s3://pods\n/x" << "not a valid S3 bucket name";
        QTest::newRow("newline region") << "s3://pods?region=eu-west-1%0A" << "not a region name";
        QTest::newRow("newline prefix") << "s3://pods/team%0A" << "characters S3 keys should not hold";
        QTest::newRow("creds in endpoint") << "s3://pods?endpoint=http://AKIA:hunter2@host" << "credentials do not belong";
    }

    // Found by fuzz_remoteurl: a folder whose first directory starts with '@' normalized to a URL that
    // the credentials check then refused, so the remote the catalogue stored could not be read back.
    void folderWithAtSign()
    {
        for (const QString &text : {QStringLiteral("file:///@team/pods"), QStringLiteral("file:/@team//pods")}) {
            Result<RemoteUrl> u = RemoteUrl::parse(text);
            QVERIFY2(u.ok(), qPrintable(u.error().message));
            QCOMPARE(u->path, QStringLiteral("/@team/pods"));
            Result<RemoteUrl> again = RemoteUrl::parse(u->toString());
            QVERIFY2(again.ok(), qPrintable(again.error().message));
            QCOMPARE(again->path, u->path);
        }
    }

    void rejects()
    {
        QFETCH(QString, url);
        QFETCH(QString, why);
        Result<RemoteUrl> u = RemoteUrl::parse(url);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, Error::Code::InvalidArgument);
        QVERIFY2(u.error().message.contains(why), qPrintable(u.error().message));
        QVERIFY(!u.error().message.contains("hunter2"));
    }

    void podFileRoundTrip()
    {
        RemotePod pod;
        pod.pod = "shop";
        Version v1;
        v1.root = ObjectId::hash(QByteArray("root"));
        v1.message = "one";
        v1.author = "me";
        v1.created = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        v1.services = {"s3"};
        v1.id = v1.computeId();
        Version v2 = v1;
        v2.parents = {v1.id};
        v2.message = "two";
        v2.id = v2.computeId();
        pod.versions = {v1, v2};
        pod.head = v2.id;
        Result<RemotePod> back = RemotePod::parse(pod.toBytes(), "test");
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->head, v2.id);
        QCOMPARE(back->versions.size(), 2);
        QCOMPARE(back->versions[1].id, v2.id);
        QCOMPARE(back->versions[1].number, 2);
        QCOMPARE(back->versions[1].parents, QList<ObjectId>{v1.id});

        // An entry edited without its id is refused.
        QByteArray bytes = pod.toBytes();
        bytes.replace("\"two\"", "\"TWO\"");
        QCOMPARE(RemotePod::parse(bytes, "test").error().code, Error::Code::Corrupt);
        QCOMPARE(RemotePod::parse("{\"format\":\"poddeck-remote-pod\",\"formatVersion\":9}", "test").error().code,
                 Error::Code::Unsupported);
    }

    // The packs each push wrote round-trip, the newest RemotePod::MaxPushes are kept, a bad entry is skipped,
    // and a pod file without them (older PodDeck) reads as before.
    void podFilePushes()
    {
        RemotePod pod;
        pod.pod = "shop";
        const QString packA = QString(64, u'a'), packB = QString(64, u'b');
        pod.packs = {packA, packB};
        for (int i = 0; i < RemotePod::MaxPushes + 3; ++i)
            pod.addPush(ObjectId::hash(QByteArray::number(i)), i % 2 ? QStringList{packA} : QStringList{packA, packB});
        pod.addPush(ObjectId::hash("nothing written"), {});
        QCOMPARE(pod.pushes.size(), RemotePod::MaxPushes);
        QCOMPARE(pod.pushes.first().head, ObjectId::hash(QByteArray::number(3)));
        Result<RemotePod> back = RemotePod::parse(pod.toBytes(), "test");
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->pushes.size(), RemotePod::MaxPushes);
        QCOMPARE(back->pushes.last().head, ObjectId::hash(QByteArray::number(RemotePod::MaxPushes + 2)));
        QCOMPARE(back->pushes.last().packs, (QStringList{packA, packB}));

        // Informative: an entry naming a bad pack is skipped, the pod file still reads.
        pod.packs = {packA};
        QByteArray bytes = pod.toBytes();
        bytes.replace(packB.toLatin1(), "not-a-pack");
        back = RemotePod::parse(bytes, "test");
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->pushes.size(), RemotePod::MaxPushes / 2);
        QJsonObject o = QJsonDocument::fromJson(pod.toBytes()).object();
        o.remove("pushes");
        back = RemotePod::parse(QJsonDocument(o).toJson(), "test");
        QVERIFY(back.ok());
        QVERIFY(back->pushes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteUrl)
#include "tst_remoteurl.moc"
