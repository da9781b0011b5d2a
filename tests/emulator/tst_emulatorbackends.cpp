// Issue 10 item 1: Emulator::open() picks the backend from the probe, and each says what it can and cannot
// do. moto is real (started through PodDeck's entry point, and bare for the fallbacks); LocalStack's licensed
// state API cannot run here, so FakeLocalStack (named as such) plays LocalStack and a plain AWS endpoint.
#include "FakeLocalStack.h"
#include "InstanceFixture.h"
#include "emulator/Emulator.h"
#include "emulator/aws/AwsApiEmulator.h"
#include "emulator/localstack/LocalStackEmulator.h"
#include "emulator/moto/MotoEmulator.h"
#include "store/ObjectStore.h"

#include <QMutex>

using namespace poddeck;
using namespace poddeck::test;

class TestEmulatorBackends : public QObject
{
    Q_OBJECT

    MotoServer m_moto;

    static AwsConfig configFor(const QString &endpoint) { return AwsConfig::forEndpoint(QUrl(endpoint), QStringLiteral("us-east-1")); }

    static std::unique_ptr<Emulator> open(const QString &endpoint)
    {
        Result<std::unique_ptr<Emulator>> e = Emulator::open(configFor(endpoint));
        if (!e)
            qWarning("%s", qPrintable(e.error().message));
        return e ? std::move(*e) : nullptr;
    }

    // The resource paths a live read of `emulator` finds.
    static QStringList livePaths(const Emulator &emulator)
    {
        QMutex mutex;
        QStringList paths;
        SnapshotContext::Sink sink;
        sink.add = [&](const Resource &r) -> Status {
            QMutexLocker lock(&mutex);
            paths.append(r.path);
            return {};
        };
        sink.putAttachment = [](const QByteArray &data) -> Result<AttachmentRef> {
            AttachmentRef ref;
            ref.size = data.size();
            return ref;
        };
        SnapshotFilter filter;
        filter.services = {QStringLiteral("sqs")};
        filter.regions = {QStringLiteral("us-east-1")};
        Result<SnapshotSummary> read = emulator.snapshot(Emulator::Read::Live, filter, sink, nullptr);
        if (!read)
            return {QStringLiteral("error: ") + read.error().message};
        paths.sort();
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_moto.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init() { QVERIFY(m_moto.reset()); }

    // PodDeck's moto entry point: moto's reset, its model listing, and the routes the entry point adds.
    void motoThroughTheEntryPoint()
    {
        std::unique_ptr<Emulator> e = open(m_moto.endpoint());
        QVERIFY(e);
        QVERIFY(dynamic_cast<MotoEmulator *>(e.get()));
        QCOMPARE(e->info().kind, EmulatorInfo::Kind::Moto);
        QCOMPARE(e->describe(), QStringLiteral("moto"));
        const EmulatorCapabilities can = e->capabilities();
        QVERIFY(can.reset);
        QVERIFY(can.lambdaCode);
        QVERIFY(can.sqsPeek);
        QVERIFY(can.life);
        QVERIFY(can.survey);
        QVERIFY(can.surveyKeepsDeleted);
        QVERIFY(!can.nativeState);
        const Result<QByteArray> native = e->nativeState(nullptr);
        QVERIFY(!native);
        QCOMPARE(native.error().code, Error::Code::Unsupported);
        QVERIFY2(native.error().message.contains(QLatin1String("LocalStack's state API")), qPrintable(native.error().message));

        // What it holds: an SQS queue (read by an adapter) and an EC2 key pair (no adapter: not captured).
        InstanceFixture fx{m_moto.endpoint(), QString()};
        QVERIFY(fx.client().send(AwsRequest::json(AwsService::sqs(), "CreateQueue", {{"QueueName", "orders"}})));
        AwsService ec2;
        ec2.id = QStringLiteral("EC2");
        ec2.signingName = QStringLiteral("ec2");
        ec2.protocol = AwsProtocol::Query;
        ec2.apiVersion = QStringLiteral("2016-11-15");
        QVERIFY(fx.client().send(AwsRequest::query(ec2, QStringLiteral("CreateKeyPair"), {{QStringLiteral("KeyName"), QStringLiteral("deploy")}})));
        QCOMPARE(livePaths(*e), QStringList{QStringLiteral("sqs/123456789012/us-east-1/queue/orders")});
        Result<QList<NotCapturedService>> missing = e->notCaptured();
        QVERIFY2(missing, missing ? "" : qPrintable(missing.error().message));
        QCOMPARE(describeNotCaptured(*missing), QStringLiteral("ec2 (1 resource)"));

        // A whole reset empties moto and starts a new life of its state.
        TestHome home;
        ObjectStore scratch(home.path());
        QVERIFY(e->reset({}, scratch, nullptr));
        QCOMPARE(livePaths(*e), QStringList());
        std::unique_ptr<Emulator> after = open(m_moto.endpoint());
        QVERIFY(after);
        QVERIFY(!after->info().life.isEmpty());
        QVERIFY(after->info().life != e->info().life);
        QCOMPARE(after->lifeChange(), QStringLiteral("boot id changed"));
    }

    // A bare moto_server: still moto (reset, model listing), but no code, no peeking and no boot id.
    void bareMotoServer()
    {
        MotoServer bare(MotoServer::Kind::Plain);
        const QString error = bare.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::unique_ptr<Emulator> e = open(bare.endpoint());
        QVERIFY(e);
        QVERIFY(dynamic_cast<MotoEmulator *>(e.get()));
        const EmulatorCapabilities can = e->capabilities();
        QVERIFY(can.reset);
        QVERIFY(can.survey);
        QVERIFY(!can.lambdaCode);
        QVERIFY(!can.sqsPeek);
        QVERIFY(!can.life);
        QVERIFY(!can.nativeState);
    }

    void localStackWithTheStateApi()
    {
        FakeLocalStack fake(FakeLocalStack::Mode::Licensed);
        fake.sessionId = "session-1";
        fake.stateZip = "PK-not-really-a-zip";
        std::unique_ptr<Emulator> e = open(fake.endpoint());
        QVERIFY(e);
        QVERIFY(dynamic_cast<LocalStackEmulator *>(e.get()));
        QCOMPARE(e->describe(), QStringLiteral("LocalStack"));
        QCOMPARE(e->lifeChange(), QStringLiteral("LocalStack session changed"));
        QCOMPARE(e->info().life, QStringLiteral("session-1"));
        const EmulatorCapabilities can = e->capabilities();
        QVERIFY(can.reset);
        QVERIFY(can.nativeState);
        QVERIFY(can.life);
        QVERIFY(can.survey);
        QVERIFY(!can.surveyKeepsDeleted);
        QVERIFY(!can.lambdaCode);
        QVERIFY(!can.sqsPeek);
        const Result<QByteArray> state = e->nativeState(nullptr);
        QVERIFY2(state, state ? "" : qPrintable(state.error().message));
        QCOMPARE(*state, fake.stateZip);
        const Result<NativeLoadReport> loaded = e->loadNativeState(
            QByteArray("api_states/000000000000/sqs/us-east-1/store.state"), QStringLiteral("service-merge"), nullptr);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->messages, QStringList{QStringLiteral("sqs: ok")});
        QVERIFY(loaded->failures.isEmpty());
        QCOMPARE(fake.last("/_localstack/pods")->query, QByteArray("merge=service-merge"));
        // A reset of some services goes to LocalStack's per-service route, one call each.
        TestHome home;
        ObjectStore scratch(home.path());
        QVERIFY(e->reset({QStringLiteral("sqs")}, scratch, nullptr));
        QVERIFY(fake.last("/_localstack/state/sqs/reset"));
        QVERIFY(!fake.last("/_localstack/state/reset"));
    }

    void localStackWithoutTheStateApi()
    {
        FakeLocalStack fake(FakeLocalStack::Mode::Community);
        std::unique_ptr<Emulator> e = open(fake.endpoint());
        QVERIFY(e);
        QVERIFY(dynamic_cast<LocalStackEmulator *>(e.get()));
        QCOMPARE(e->describe(), QStringLiteral("LocalStack without the state API"));
        const EmulatorCapabilities can = e->capabilities();
        QVERIFY(can.reset);
        QVERIFY(!can.nativeState);
        QVERIFY(!can.life); // an older LocalStack without /_localstack/info
        const Result<NativeLoadReport> loaded = e->loadNativeState("zip", QStringLiteral("overwrite"), nullptr);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::Unsupported);
        QVERIFY(!fake.last("/_localstack/pods?")); // nothing was sent
    }

    // Any other AWS endpoint: the AWS API backend alone, which refuses to reset (that could be a real account).
    void genericEndpointRefusesReset()
    {
        FakeLocalStack fake(FakeLocalStack::Mode::PlainAws);
        std::unique_ptr<Emulator> e = open(fake.endpoint());
        QVERIFY(e);
        QCOMPARE(e->info().kind, EmulatorInfo::Kind::Aws);
        QVERIFY(dynamic_cast<AwsApiEmulator *>(e.get()));
        QVERIFY(!dynamic_cast<MotoEmulator *>(e.get()));
        QVERIFY(!dynamic_cast<LocalStackEmulator *>(e.get()));
        const EmulatorCapabilities can = e->capabilities();
        QVERIFY(!can.reset);
        QVERIFY(!can.nativeState);
        QVERIFY(!can.lambdaCode);
        QVERIFY(!can.sqsPeek);
        QVERIFY(!can.life);
        QVERIFY(!can.survey);
        TestHome home;
        ObjectStore scratch(home.path());
        const Status st = e->reset({}, scratch, nullptr);
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Code::Unsupported);
        QCOMPARE(st.error().message, QStringLiteral("%1 is not a local emulator; PodDeck only resets moto and LocalStack")
                                         .arg(fake.endpoint()));
        QVERIFY(!fake.last("/moto-api/reset"));
        QVERIFY(!fake.last("/_localstack/state"));
        Result<QList<NotCapturedService>> missing = e->notCaptured();
        QVERIFY(missing && missing->isEmpty()); // it cannot tell: nothing is claimed
    }
};

QTEST_GUILESS_MAIN(TestEmulatorBackends)
#include "tst_emulatorbackends.moc"
