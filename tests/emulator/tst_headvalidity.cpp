// Issue 10, items 7 and 8 without moto: a head bound to an emulator life (HeadValidity), LocalStack's
// session through FakeLocalStack (named as such: LocalStack's licensed API cannot run here), and
// LocalStack's resource listing for what a commit did not capture.
#include "FakeLocalStack.h"
#include "InstanceFixture.h"
#include "emulator/Emulator.h"
#include "jobs/HeadValidity.h"
#include "store/Catalogue.h"

#include <QProcess>

using namespace poddeck;
using namespace poddeck::test;

class TestHeadValidity : public QObject
{
    Q_OBJECT

    static QByteArray makeZip()
    {
        const QString script = QStringLiteral(
            "import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED)\n"
            "z.writestr('api_states/000000000000/sqs/us-east-1/store.state', b'sqs'*40)\n"
            "z.writestr('metadata.yaml', b'localstack_version: 4.0.3\\nservices:\\n- sqs\\n')\n"
            "z.close()\nsys.stdout.buffer.write(b.getvalue())\n");
        QProcess py;
        py.start("python3", {"-c", script});
        py.waitForFinished();
        return py.readAllStandardOutput();
    }

private Q_SLOTS:
    // The life rule alone: no call is made when both sides name a life.
    void lifeDecides_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("headLife");
        QTest::addColumn<QString>("emulatorLife");
        QTest::addColumn<bool>("applies");
        QTest::addColumn<QString>("reason");
        QTest::newRow("moto same boot") << int(EmulatorInfo::Kind::Moto) << "b1" << "b1" << true << "";
        QTest::newRow("moto restarted") << int(EmulatorInfo::Kind::Moto) << "b1" << "b2" << false << "(boot id changed)";
        QTest::newRow("localstack restarted") << int(EmulatorInfo::Kind::LocalStack) << "s1" << "s2" << false
                                              << "(LocalStack session changed)";
    }
    void lifeDecides()
    {
        QFETCH(int, kind);
        QFETCH(QString, headLife);
        QFETCH(QString, emulatorLife);
        QFETCH(bool, applies);
        QFETCH(QString, reason);
        InstanceHead head;
        head.pod = QStringLiteral("shop");
        head.number = 3;
        head.life = headLife;
        EmulatorInfo info;
        info.kind = EmulatorInfo::Kind(kind);
        info.life = emulatorLife;
        info.account = QStringLiteral("123456789012");
        // An endpoint nothing listens on: were the generic check made, it would warn.
        const AwsConfig config = AwsConfig::forEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("us-east-1"));
        const StateMap state{{QStringLiteral("s3/123456789012/us-east-1/bucket/b"), ObjectId::hash("b")}};
        const HeadValidity v = checkHeadValidity(config, info, head, state);
        QCOMPARE(v.applies, applies);
        QVERIFY(v.warning.isEmpty());
        if (!applies) {
            QCOMPARE(v.describe(head), QStringLiteral("head shop:3 no longer applies: the emulator restarted since %1").arg(reason));
        } else {
            QVERIFY(v.describe(head).isEmpty());
        }
    }

    // A head recorded through LocalStack carries its session; a new session makes status say so.
    void localStackSessionBindsTheHead()
    {
        TestHome home;
        FakeLocalStack fake(FakeLocalStack::Mode::Licensed);
        fake.stateZip = makeZip();
        fake.sessionId = "session-1";
        const InstanceFixture fx{fake.endpoint(), home.path()};
        Result<CommitInstanceReport> c = fx.commit("ls");
        QVERIFY2(c.ok(), c ? "" : qPrintable(c.error().message));
        QCOMPARE((*Catalogue::open(home.path()))->instanceHead(instanceKey(fx.config()))->life, QStringLiteral("session-1"));

        JobContext ctx;
        Result<InstanceStatus> st = instanceStatus(home.path(), fx.config(), false, ctx);
        QVERIFY2(st.ok(), st ? "" : qPrintable(st.error().message));
        QVERIFY(st->headApplies);
        QVERIFY(st->headNote.isEmpty());

        fake.sessionId = "session-2"; // LocalStack restarted
        st = instanceStatus(home.path(), fx.config(), false, ctx);
        QVERIFY(st.ok());
        QVERIFY(!st->headApplies);
        QCOMPARE(st->headNote, QStringLiteral("head ls:1 no longer applies: the emulator restarted since (LocalStack session changed)"));

        // Injecting records the new session: the head applies again.
        Result<InjectReport> r = fx.inject("ls", InjectStrategy::AccountRegionMerge);
        QVERIFY2(r.ok() && r->apply.ok(), r ? qPrintable(r->apply.error.message) : qPrintable(r.error().message));
        st = instanceStatus(home.path(), fx.config(), false, ctx);
        QVERIFY(st->headApplies);
    }

    // LocalStack's resource listing: services without an adapter are named with their count.
    void localStackResourcesListWhatIsNotCaptured()
    {
        FakeLocalStack fake(FakeLocalStack::Mode::Community);
        fake.resources = R"({"AWS::EC2::KeyPair": [{"region_name": "us-east-1", "account_id": "000000000000", "id": "k1"}, {"region_name": "us-east-1", "account_id": "000000000000", "id": "k2"}]})"
                         "\n"
                         R"({"AWS::S3::Bucket": [{"region_name": "us-east-1", "account_id": "000000000000", "id": "b"}]})"
                         "\n"
                         R"({"AWS::Route53::HostedZone": [{"region_name": "global", "account_id": "000000000000", "id": "z"}]})"
                         "\n";
        EmulatorInfo info;
        info.kind = EmulatorInfo::Kind::LocalStack;
        info.account = QStringLiteral("000000000000");
        const AwsConfig config = AwsConfig::forEndpoint(QUrl(fake.endpoint()), QStringLiteral("us-east-1"));
        Result<QList<NotCapturedService>> missing = Emulator::forInfo(config, info)->notCaptured();
        QVERIFY2(missing.ok(), missing ? "" : qPrintable(missing.error().message));
        QCOMPARE(missing->size(), 2); // s3 has an adapter
        QCOMPARE(missing->at(0).service, QStringLiteral("ec2"));
        QCOMPARE(missing->at(0).count, 2);
        QCOMPARE(missing->at(1).service, QStringLiteral("route53"));
        QCOMPARE(describeNotCaptured(*missing), QStringLiteral("ec2 (2 resources), route53 (1)"));

        fake.resources.clear(); // an emulator that cannot tell: nothing is claimed
        missing = Emulator::forInfo(config, info)->notCaptured();
        QVERIFY(missing.ok());
        QVERIFY(missing->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeadValidity)
#include "tst_headvalidity.moc"
