// PodDeck's side of LocalStack's state API, against FakeLocalStack (the licensed API cannot run here).
#include "FakeLocalStack.h"
#include "InstanceFixture.h"
#include "store/Catalogue.h"

#include <QProcess>

using namespace poddeck;
using namespace poddeck::test;

class TestLocalStackApi : public QObject
{
    Q_OBJECT

    QByteArray m_zip;

    static QByteArray makeZip(const QStringList &extraEntries = {})
    {
        QString script = QStringLiteral("import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED)\n"
                                        "z.writestr('api_states/000000000000/sqs/us-east-1/store.state', b'sqs'*40)\n"
                                        "z.writestr('api_states/000000000000/s3/us-east-1/store.state', b's3 state')\n"
                                        "z.writestr('metadata.yaml', b'localstack_version: 4.0.3\\nservices:\\n- s3\\n- sqs\\n')\n");
        for (const QString &e : extraEntries)
            script += QStringLiteral("z.writestr('%1', b'x')\n").arg(e);
        script += QStringLiteral("z.close()\nsys.stdout.buffer.write(b.getvalue())\n");
        QProcess py;
        py.start("python3", {"-c", script});
        py.waitForFinished();
        return py.readAllStandardOutput();
    }

    static InstanceFixture fixture(const FakeLocalStack &fake, const TestHome &home) { return {fake.endpoint(), home.path()}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_zip = makeZip();
        QVERIFY(m_zip.startsWith("PK"));
    }

    void statusTellsEmulatorsApart()
    {
        TestHome home;
        JobContext ctx;
        for (auto [mode, kind, stateApi] : {std::tuple{FakeLocalStack::Mode::Licensed, EmulatorInfo::Kind::LocalStack, true},
                                            std::tuple{FakeLocalStack::Mode::Community, EmulatorInfo::Kind::LocalStack, false},
                                            std::tuple{FakeLocalStack::Mode::PlainAws, EmulatorInfo::Kind::Aws, false}}) {
            FakeLocalStack fake(mode);
            Result<InstanceStatus> st = instanceStatus(home.path(), fixture(fake, home).config(), false, ctx);
            QVERIFY2(st.ok(), st ? "" : qPrintable(st.error().message));
            QCOMPARE(st->emulator.kind, kind);
            QCOMPARE(st->emulator.stateApi, stateApi);
            QCOMPARE(st->emulator.account, QStringLiteral("000000000000"));
            if (kind == EmulatorInfo::Kind::LocalStack) {
                QCOMPARE(st->emulator.version, QStringLiteral("4.0.3"));
                QCOMPARE(st->emulator.services, (QStringList{"s3", "sqs"}));
            }
            if (mode == FakeLocalStack::Mode::Community)
                QVERIFY(st->emulator.notice.contains("state API"));
        }
    }

    void commitAndInjectThroughTheStateApi()
    {
        TestHome home;
        FakeLocalStack fake(FakeLocalStack::Mode::Licensed);
        fake.stateZip = m_zip;
        const InstanceFixture fx = fixture(fake, home);
        Result<CommitInstanceReport> c = fx.commit("ls");
        QVERIFY2(c.ok(), c ? "" : qPrintable(c.error().message));
        QVERIFY(c->nativeState);
        QCOMPARE(c->version.emulatorKind, QStringLiteral("localstack"));
        QCOMPARE(c->version.services, (QStringList{"s3", "sqs"}));

        Result<InjectReport> dry = fx.inject("ls", InjectStrategy::ServiceMerge, Prefer::None, true);
        QVERIFY(dry.ok());
        QVERIFY(dry->native);
        QVERIFY(!fake.last("/_localstack/pods?"));
        QVERIFY(!fake.last("/_localstack/pods") || fake.last("/_localstack/pods")->method != "POST");

        Result<InjectReport> r = fx.inject("ls", InjectStrategy::AccountRegionMerge);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY(r->applied);
        QVERIFY(r->apply.ok());
        const auto post = fake.last("/_localstack/pods");
        QVERIFY(post && post->method == "POST");
        QCOMPARE(post->query, QByteArray("merge=account-region-merge"));
        QVERIFY(post->body.startsWith("PK"));
        QCOMPARE(r->nativeMessages.size(), 2);
        // The instance head is the injected version.
        auto cat = Catalogue::open(home.path());
        QCOMPARE((*cat)->instanceHead(instanceKey(fx.config()))->version, c->version.id);
    }

    void refusalsAreExplained()
    {
        TestHome home;
        FakeLocalStack fake(FakeLocalStack::Mode::Licensed);
        fake.stateZip = m_zip;
        const InstanceFixture fx = fixture(fake, home);
        QVERIFY(fx.commit("ls").ok());
        fake.loadStatus = 422;
        Result<InjectReport> r = fx.inject("ls", InjectStrategy::Overwrite);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("incompatible"), qPrintable(r.error().message));
        // The same native version cannot go into a LocalStack without the state API, nor into moto.
        FakeLocalStack community(FakeLocalStack::Mode::Community);
        // The inject preflight refuses it before anything changes, naming each opaque resource.
        r = InstanceFixture{community.endpoint(), home.path()}.inject("ls", InjectStrategy::Overwrite);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY(r->refused);
        QVERIFY(!r->applied);
        QVERIFY(!r->preflight.problems.isEmpty());
        QVERIFY2(r->preflight.problems[0].reason.contains("state API"), qPrintable(r->preflight.problems[0].reason));
        // deep-merge cannot read opaque state
        fake.loadStatus = 200;
        r = fx.inject("ls", InjectStrategy::DeepMerge);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Unsupported);
    }

    void loadErrorsReported()
    {
        TestHome home;
        FakeLocalStack fake(FakeLocalStack::Mode::Licensed);
        fake.stateZip = m_zip;
        const InstanceFixture fx = fixture(fake, home);
        QVERIFY(fx.commit("ls").ok());
        fake.loadBody = "{\"service\": \"s3\", \"status\": \"ok\", \"message\": \"\"}\n"
                        "{\"service\": \"sqs\", \"status\": \"error\", \"message\": \"queue store is corrupt\"}\n";
        Result<InjectReport> r = fx.inject("ls", InjectStrategy::Overwrite);
        QVERIFY(r.ok());
        QVERIFY(!r->apply.ok());
        QVERIFY(r->apply.error.message.contains("queue store is corrupt"));
    }

    void resetUsesTheStateEndpoints()
    {
        TestHome home;
        FakeLocalStack fake(FakeLocalStack::Mode::Community);
        const InstanceFixture fx = fixture(fake, home);
        QVERIFY(fx.reset().ok());
        QVERIFY(fake.last("/_localstack/state/reset"));
        QVERIFY(fx.reset({"sqs"}).ok());
        QVERIFY(fake.last("/_localstack/state/sqs/reset"));
        FakeLocalStack plain(FakeLocalStack::Mode::PlainAws);
        const Status st = InstanceFixture{plain.endpoint(), home.path()}.reset();
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains("not a local emulator"));
    }
};

QTEST_GUILESS_MAIN(TestLocalStackApi)
#include "tst_localstackapi.moc"
