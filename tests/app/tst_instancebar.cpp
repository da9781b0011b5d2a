#include "app/instance/InstanceBar.h"
#include "app/instance/MotoLauncher.h"
#include "app/jobs/JobRunner.h"

#include "aws/AwsClient.h"
#include "jobs/CommitInstance.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTcpServer>
#include <QToolButton>
#include <QtConcurrent>
#include <QtTest>

using namespace poddeck;
using poddeck::test::TestHome;

class TestInstanceBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-instancebar-tests"));
        QSettings().clear();
        qputenv("AWS_MAX_ATTEMPTS", "1");
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_closed = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        qputenv("AWS_ENDPOINT_URL", m_closed.toUtf8());
    }

    void nothingAnswersOffersMoto()
    {
        JobRunner jobs;
        InstanceBar bar(&jobs, m_home.path());
        bar.show();
        QCOMPARE(bar.objectName(), QStringLiteral("instanceBar"));
        auto *combo = bar.findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        auto *start = bar.findChild<QPushButton *>(QStringLiteral("startMotoButton"));
        QVERIFY(combo && start);
        QCOMPARE(combo->currentText(), m_closed); // AWS_ENDPOINT_URL when nothing was picked yet
        QVERIFY(combo->isEditable());
        bar.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!bar.problem().isEmpty(), 15000);
        QVERIFY(!bar.isReachable());
        QVERIFY(start->isVisible());
        QVERIFY(bar.findChild<QLabel *>(QStringLiteral("instanceMessage"))->text().contains(m_closed));
        QTRY_VERIFY(jobs.isIdle());
    }

    void recentEndpointsAreRemembered()
    {
        JobRunner jobs;
        {
            InstanceBar bar(&jobs, m_home.path());
            bar.setEndpoint(QStringLiteral("http://127.0.0.1:9"));
            bar.setEndpoint(m_closed);
            QTRY_VERIFY(jobs.isIdle());
        }
        InstanceBar again(&jobs, m_home.path());
        auto *combo = again.findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        QCOMPARE(combo->currentText(), m_closed);
        QVERIFY(combo->findText(QStringLiteral("http://127.0.0.1:9")) >= 0);
        QTRY_VERIFY(jobs.isIdle());
    }

    void startsALocalMotoAndStopsIt()
    {
        JobRunner jobs;
        qint64 pid = 0;
        {
            InstanceBar bar(&jobs, m_home.path());
            bar.show();
            bar.setEndpoint(m_closed);
            bar.refresh();
            auto *start = bar.findChild<QPushButton *>(QStringLiteral("startMotoButton"));
            QTRY_VERIFY_WITH_TIMEOUT(start->isVisible(), 15000);
            QTest::mouseClick(start, Qt::LeftButton);
            QVERIFY(bar.motoLauncher()->isRunning());
            // The server binds a port of its own choosing (port 0) and the bar switches to it once it says where.
            auto *combo = bar.findChild<QComboBox *>(QStringLiteral("endpointCombo"));
            QTRY_VERIFY_WITH_TIMEOUT(!bar.motoLauncher()->endpoint().isEmpty(), 40000);
            QVERIFY(bar.motoLauncher()->endpoint().startsWith(QStringLiteral("http://127.0.0.1:")));
            QTRY_COMPARE(combo->currentText(), bar.motoLauncher()->endpoint());
            QTRY_VERIFY_WITH_TIMEOUT(bar.isReachable(), 40000);
            QCOMPARE(bar.status()->emulator.kind, EmulatorInfo::Kind::Moto);
            QVERIFY(bar.findChild<QLabel *>(QStringLiteral("instanceKind"))->text().startsWith(QStringLiteral("moto")));
            QVERIFY(!start->isVisible());
            QVERIFY(bar.findChild<QLabel *>(QStringLiteral("instanceHead"))->text().contains(QStringLiteral("none")));

            // Counting reads the whole instance, on request.
            auto *count = bar.findChild<QToolButton *>(QStringLiteral("countResourcesButton"));
            QTest::mouseClick(count, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(bar.findChild<QLabel *>(QStringLiteral("instanceResources"))->text()
                                         .contains(QStringLiteral("0 resource")), 30000);
            QTRY_VERIFY(jobs.isIdle());
            pid = bar.motoLauncher()->findChild<QProcess *>()->processId();
            QVERIFY(pid > 0);
        }
        // The bar (and with it the launcher) is gone: so is the server.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    }

    // A head recorded before the emulator restarted is shown as one that no longer applies, with why.
    void showsAHeadThatNoLongerApplies()
    {
        poddeck::test::MotoServer moto;
        QVERIFY2(moto.start().isEmpty(), "moto_server is needed");
        TestHome home;
        const AwsConfig config = AwsConfig::forEndpoint(QUrl(moto.endpoint()), QStringLiteral("us-east-1"));
        // The user's state and the commit, off the GUI thread (AwsClient blocks).
        const QString failure = QtConcurrent::run([&]() -> QString {
            const Result<AwsResponse> created =
                AwsClient(config).send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", QStringLiteral("bkt1")));
            if (!created)
                return created.error().message;
            CommitInstanceRequest request;
            request.home = home.path();
            request.pod = QStringLiteral("m");
            request.config = config;
            request.filter.services = {QStringLiteral("s3")};
            JobContext context;
            const Result<CommitInstanceReport> committed = commitInstance(request, context);
            return committed ? QString() : committed.error().message;
        }).result();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        JobRunner jobs;
        InstanceBar bar(&jobs, home.path());
        bar.setAutoRefreshInterval(0);
        bar.setEndpoint(moto.endpoint());
        auto *head = bar.findChild<QLabel *>(QStringLiteral("instanceHead"));
        QTRY_VERIFY_WITH_TIMEOUT(bar.isReachable() && head->text() == QStringLiteral("Head: m:1"), 20000);
        QTRY_VERIFY(jobs.isIdle());

        QVERIFY(moto.restart().isEmpty()); // its state is gone
        bar.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(head->text() == QStringLiteral("Head: m:1 (no longer applies)"), 20000);
        QVERIFY(!bar.status()->headApplies);
        // The fixture runs PodDeck's entry point: its boot id tells the restart.
        QVERIFY2(head->toolTip().contains(QStringLiteral("head m:1 no longer applies: the emulator restarted since")),
                 qPrintable(head->toolTip()));
        QTRY_VERIFY(jobs.isIdle());
    }

private:
    TestHome m_home;
    QString m_closed;
};

QTEST_MAIN(TestInstanceBar)
#include "tst_instancebar.moc"
