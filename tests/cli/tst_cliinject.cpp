#include "CliRunner.h"
#include "aws/AwsClient.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// Issue 10 item 3 through the real poddeck-cli against moto, state made with raw AWS API calls: a pod
// with a function whose code is missing is refused before anything changes, --skip-unrestorable applies
// the rest and lists what it skipped, overwrite and reset autosave, and a failure part-way says what was
// and was not applied with a non-zero exit.
class TestCliInject : public QObject
{
    Q_OBJECT

    // Plain moto: a function created with raw API calls cannot give its code back there, the unrestorable
    // case these tests need (PodDeck's entry point would serve it).
    MotoServer m_moto{MotoServer::Kind::Plain};
    std::unique_ptr<TestHome> m_home;

    CliResult cli(QStringList args)
    {
        args << "--endpoint" << m_moto.endpoint();
        return runCli(m_home->path(), args);
    }
    AwsClient client() const { return AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()), QStringLiteral("us-east-1"))); }
    void send(const AwsRequest &request)
    {
        const Result<AwsResponse> r = client().send(request);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    }
    QStringList buckets()
    {
        QStringList names;
        const Result<AwsResponse> r = client().send(AwsRequest::s3("ListBuckets", "GET", {}));
        for (const XmlNode &b : r->xml.child(u"Buckets").childrenNamed(u"Bucket"))
            names << b.child(u"Name").text();
        names.sort();
        return names;
    }
    void makeRole(const QString &name)
    {
        send(AwsRequest::query(AwsService::iam(), "CreateRole",
                               {{"RoleName", name}, {"AssumeRolePolicyDocument", R"({"Version":"2012-10-17","Statement":[]})"}}));
    }
    void makeFunctionWithoutReadableCode()
    {
        QProcess py;
        py.start("python3", {"-c", "import io,zipfile,sys,base64\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\n"
                                   "z.writestr('h.py','def h(e,c): pass\\n')\nz.close()\nsys.stdout.write(base64.b64encode(b.getvalue()).decode())"});
        QVERIFY(py.waitForFinished());
        makeRole("fn-role");
        send(AwsRequest::restJson(AwsService::lambda(), "CreateFunction", "POST", "/2015-03-31/functions",
                                  {{"FunctionName", "no-code"}, {"Runtime", "python3.12"}, {"Handler", "h.h"},
                                   {"Role", "arn:aws:iam::123456789012:role/fn-role"},
                                   {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(py.readAllStandardOutput())}}}}));
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_moto.start(), QString()); }
    void init()
    {
        QVERIFY(m_moto.reset());
        m_home = std::make_unique<TestHome>();
    }

    void refusedThenSkippedThenBroughtBack()
    {
        send(AwsRequest::s3("CreateBucket", "PUT", "shop-assets"));
        makeFunctionWithoutReadableCode();
        CliResult r = cli({"commit", "shop", "--services", "iam,lambda,s3"});
        QVERIFY2(r.exitCode == 0, r.err);
        r = cli({"reset", "--no-autosave"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY(!r.out.contains("autosave"));
        send(AwsRequest::s3("CreateBucket", "PUT", "teammate-bucket"));

        r = cli({"inject", "shop", "--strategy", "overwrite"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be restored, so nothing was changed") && r.err.contains("--skip-unrestorable"), r.err);
        QVERIFY2(r.out.contains("lambda/123456789012/us-east-1/function/no-code: the version holds no code"), r.out);
        QCOMPARE(buckets(), QStringList{"teammate-bucket"}); // not reset, nothing loaded

        r = cli({"--json", "inject", "shop", "--strategy", "overwrite", "--skip-unrestorable"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("done").toBool(), true);
        const QJsonArray skipped = o.value("skipped").toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped[0]["path"].toString().endsWith("/function/no-code"));
        QCOMPARE(skipped[0]["kind"].toString(), QStringLiteral("unrestorable"));
        QCOMPARE(o.value("autosave")["restore"].toString(), QStringLiteral("poddeck-cli inject autosave:1 --strategy overwrite"));
        QCOMPARE(buckets(), QStringList{"shop-assets"});

        r = cli({"inject", "autosave:1", "--strategy", "overwrite"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("Saved the instance as autosave:2 first; to get it back: poddeck-cli inject autosave:2 --strategy overwrite"), r.out);
        QCOMPARE(buckets(), QStringList{"teammate-bucket"});
    }

    void resetAutosaves()
    {
        CliResult r = cli({"reset"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(!r.out.contains("autosave"), r.out); // an empty instance has nothing to save
        send(AwsRequest::s3("CreateBucket", "PUT", "keep-me"));
        r = cli({"reset"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("Saved the instance as autosave:1 first; to get it back: poddeck-cli inject autosave:1 --strategy overwrite"), r.out);
        QCOMPARE(buckets(), QStringList());
        r = cli({"inject", "autosave:1", "--strategy", "overwrite"});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(buckets(), QStringList{"keep-me"});
    }

    void failurePartWayListsWhatWasNotApplied()
    {
        makeRole("app-role");
        send(AwsRequest::s3("CreateBucket", "PUT", "clash"));
        CliResult r = cli({"commit", "app", "--services", "iam,s3"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY(cli({"reset", "--no-autosave"}).exitCode == 0);
        AwsRequest other = AwsRequest::s3("CreateBucket", "PUT", "clash"); // bucket names are global
        other.setHeader("x-moto-account-id", "111111111111");
        send(other);

        r = cli({"--json", "inject", "app", "--strategy", "service-merge"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("done").toBool(), false);
        QCOMPARE(o.value("applied").toArray().size(), 1);
        QVERIFY(o.value("applied")[0]["path"].toString().contains("app-role"));
        QCOMPARE(o.value("notApplied").toArray().size(), 1);
        QVERIFY(o.value("notApplied")[0]["path"].toString().endsWith("/bucket/clash"));
        QVERIFY2(r.err.contains("1 of 2 changes were applied before it, 1 were not; the instance is marked modified"), r.err);

        r = cli({"inject", "app", "--strategy", "service-merge"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("bucket/clash  not applied"), r.out);
    }
};

QTEST_GUILESS_MAIN(TestCliInject)
#include "tst_cliinject.moc"
