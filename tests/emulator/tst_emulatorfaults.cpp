// Faults while committing and injecting: nothing answers, the emulator stops mid-commit, garbage answers,
// a resource that cannot be re-created. Each gives a clear error and leaves the catalogue as it was.
#include "FakeLocalStack.h"
#include "InstanceFixture.h"
#include "store/Catalogue.h"

#include <QProcess>
#include <QtConcurrent>

using namespace poddeck;
using namespace poddeck::test;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

    static int podCount(const QString &home)
    {
        auto cat = Catalogue::open(home);
        return cat ? int((*cat)->pods()->size()) : -1;
    }

private Q_SLOTS:
    void nothingAnswers()
    {
        TestHome home;
        const InstanceFixture fx{QStringLiteral("http://127.0.0.1:%1").arg(MotoServer::freePort()), home.path()};
        Result<CommitInstanceReport> r = fx.commit("p");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("nothing answers"), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains("nothing was recorded"));
        QCOMPARE(podCount(home.path()), 0);
    }

    void emulatorStopsDuringCommit()
    {
        TestHome home;
        MotoServer moto;
        QVERIFY(moto.start().isEmpty());
        const InstanceFixture fx{moto.endpoint(), home.path()};
        AwsClient client = fx.client();
        QVERIFY(client.send(AwsRequest::s3("CreateBucket", "PUT", "many-objects")).ok());
        for (int i = 0; i < 300; ++i)
            QVERIFY(client.send(AwsRequest::s3("PutObject", "PUT", "many-objects", QStringLiteral("o%1").arg(i), {}, "x")).ok());
        // Stop moto once the commit reads S3 (300 objects take it over a second), not after a guessed delay.
        std::atomic<bool> readingS3{false};
        QFuture<Result<CommitInstanceReport>> f = QtConcurrent::run([&fx, &readingS3] {
            return fx.commit("p", {}, [&readingS3](const JobContext::Progress &p) {
                if (p.stage.startsWith(QLatin1String("Reading s3")))
                    readingS3.store(true);
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(readingS3.load() || f.isFinished(), 30000);
        moto.stop();
        f.waitForFinished();
        const Result<CommitInstanceReport> r = f.result();
        QVERIFY2(!r.ok(), "the commit finished before the emulator stopped: make the state bigger");
        QVERIFY2(r.error().message.contains("nothing was recorded"), qPrintable(r.error().message));
        QCOMPARE(podCount(home.path()), 0);
    }

    void garbageAnswers()
    {
        TestHome home;
        FakeLocalStack fake(FakeLocalStack::Mode::Garbage);
        const InstanceFixture fx{fake.endpoint(), home.path()};
        Result<CommitInstanceReport> r = fx.commit("p", {"s3"});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("s3"), qPrintable(r.error().message));
        QCOMPARE(podCount(home.path()), 0);
    }

    void resourceThatCannotBeRecreated()
    {
        TestHome home;
        MotoServer moto(MotoServer::Kind::Plain); // without PodDeck's entry point, moto cannot serve code
        QVERIFY(moto.start().isEmpty());
        const InstanceFixture fx{moto.endpoint(), home.path()};
        AwsClient client = fx.client();
        // A function committed from plain moto, which cannot give its code back: the version records it without
        // code, so it cannot be re-created. The preflight says so before anything changes (not even the
        // role it needs is created); tst_injectsafety covers skipping it.
        QVERIFY(client.send(AwsRequest::query(AwsService::iam(), "CreateRole",
                                              {{"RoleName", "fn-role"},
                                               {"AssumeRolePolicyDocument", R"({"Version":"2012-10-17","Statement":[]})"}})).ok());
        QProcess py;
        py.start("python3", {"-c", "import io,zipfile,sys,base64\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w')\n"
                                   "z.writestr('h.py','def h(e,c): pass\\n')\nz.close()\nsys.stdout.write(base64.b64encode(b.getvalue()).decode())"});
        QVERIFY(py.waitForFinished());
        QVERIFY(client.send(AwsRequest::restJson(AwsService::lambda(), "CreateFunction", "POST", "/2015-03-31/functions",
                                                 {{"FunctionName", "no-code"}, {"Runtime", "python3.12"}, {"Handler", "h.h"},
                                                  {"Role", "arn:aws:iam::123456789012:role/fn-role"},
                                                  {"Code", QJsonObject{{"ZipFile", QString::fromLatin1(py.readAllStandardOutput())}}}}))
                    .ok());
        Result<CommitInstanceReport> c = fx.commit("p", {"iam", "lambda"});
        QVERIFY(c.ok());
        QVERIFY2(c->warnings.join(' ').contains("no-code"), qPrintable(c->warnings.join('\n')));
        QCOMPARE(c->missingCode.size(), 1);
        QCOMPARE(c->missingCode[0].attachKey, QStringLiteral("no-code"));
        QVERIFY(fx.reset().ok());
        Result<InjectReport> r = fx.inject("p", InjectStrategy::ServiceMerge);
        QVERIFY(r.ok());
        QVERIFY(r->refused);
        QVERIFY(!r->applied);
        QCOMPARE(r->preflight.problems.size(), 1);
        QVERIFY2(r->preflight.problems[0].path.contains("no-code"), qPrintable(r->preflight.problems[0].path));
        QVERIFY2(r->preflight.problems[0].reason.contains("no code"), qPrintable(r->preflight.problems[0].reason));
        QVERIFY(!client.send(AwsRequest::query(AwsService::iam(), "GetRole", {{"RoleName", "fn-role"}})).ok());
        // The instance head did not move.
        auto cat = Catalogue::open(home.path());
        QVERIFY(!(*cat)->instanceHead(instanceKey(fx.config())).ok());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
