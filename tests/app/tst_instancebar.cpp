#include "app/EmptyStateWidget.h"
#include "app/MainWindow.h"
#include "app/instance/DriftButton.h"
#include "app/instance/InstanceBar.h"
#include "app/instance/MotoLauncher.h"
#include "app/jobs/JobRunner.h"

#include "aws/AwsClient.h"
#include "jobs/CommitInstance.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QComboBox>
#include <QDialog>
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

    // AwsClient blocks: work on a worker thread, waited for without result() first (which may run a task
    // that has not started yet right here, on the GUI thread).
    static QString offGui(std::function<QString()> work)
    {
        QFuture<QString> f = QtConcurrent::run(std::move(work));
        if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 60000))
            return QStringLiteral("timed out");
        return f.result();
    }

    // Commits the instance at `config` into pod "m" of `home`, the way the commit job does; the error, if any.
    static QString commitM(const QString &home, const AwsConfig &config, const QStringList &services = {})
    {
        return offGui([home, config, services]() -> QString {
            CommitInstanceRequest request;
            request.home = home;
            request.pod = QStringLiteral("m");
            request.config = config;
            request.filter.services = services;
            JobContext context;
            const Result<CommitInstanceReport> committed = commitInstance(request, context);
            return committed ? QString() : committed.error().message;
        });
    }

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
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check
    }

    void recentEndpointsAreRemembered()
    {
        JobRunner jobs;
        {
            InstanceBar bar(&jobs, m_home.path());
            bar.setEndpoint(QStringLiteral("http://127.0.0.1:9"));
            bar.setEndpoint(m_closed);
            QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check
        }
        InstanceBar again(&jobs, m_home.path());
        auto *combo = again.findChild<QComboBox *>(QStringLiteral("endpointCombo"));
        QCOMPARE(combo->currentText(), m_closed);
        QVERIFY(combo->findText(QStringLiteral("http://127.0.0.1:9")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check
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
            QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check
            pid = bar.motoLauncher()->findChild<QProcess *>()->processId();
            QVERIFY(pid > 0);
        }
        // The bar (and with it the launcher) is gone: so is the server.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    }

    // A fresh home's welcome page offers the first step: start moto when nothing answers, then commit it.
    void welcomeOffersTheFirstStep()
    {
        TestHome fresh;
        qint64 pid = 0;
        {
            MainWindow window(fresh.path());
            window.show();
            window.instanceBar()->setEndpoint(m_closed);
            auto *empty = window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"));
            auto *primary = empty->findChild<QPushButton *>(QStringLiteral("emptyStatePrimary"));
            QTRY_COMPARE_WITH_TIMEOUT(empty->primary(), EmptyStateWidget::Primary::StartMoto, 15000);
            QTest::mouseClick(primary, Qt::LeftButton);
            QVERIFY(window.instanceBar()->motoLauncher()->isRunning());
            QTRY_COMPARE_WITH_TIMEOUT(empty->primary(), EmptyStateWidget::Primary::CommitInstance, 40000);
            QCOMPARE(primary->text(), QStringLiteral("Commit This Instance…"));
            QVERIFY2(empty->text().contains(window.instanceBar()->motoLauncher()->endpoint()), qPrintable(empty->text()));
            QTest::mouseClick(primary, Qt::LeftButton);
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("commitDialog"));
            QTRY_VERIFY(dialog && dialog->isVisible());
            dialog->reject();
            pid = window.instanceBar()->motoLauncher()->findChild<QProcess *>()->processId();
            QTRY_VERIFY_WITH_TIMEOUT(window.jobRunner()->isIdle(), 30000);
        }
        QTRY_VERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
    }

    // A head recorded before the emulator restarted is shown as one that no longer applies, with why.
    // "in sync with m:1", then "1 change since m:1" after a bucket appears; a click asks for head → live.
    // Resources are counted without a click (the instance is small).
    void showsDriftSinceTheHead()
    {
        poddeck::test::MotoServer moto;
        QVERIFY2(moto.start().isEmpty(), "moto_server is needed");
        TestHome home;
        const AwsConfig config = AwsConfig::forEndpoint(QUrl(moto.endpoint()), QStringLiteral("us-east-1"));
        auto createBucket = [&config](const QString &name) {
            return offGui([config, name]() -> QString {
                const Result<AwsResponse> r = AwsClient(config).send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", name));
                return r ? QString() : r.error().message;
            });
        };
        QCOMPARE(createBucket(QStringLiteral("bkt1")), QString());
        const QString failure = commitM(home.path(), config);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        JobRunner jobs;
        InstanceBar bar(&jobs, home.path());
        bar.setAutoRefreshInterval(0);
        bar.show();
        bar.setEndpoint(moto.endpoint());
        auto *drift = bar.findChild<DriftButton *>(QStringLiteral("instanceDrift"));
        QVERIFY(drift);
        QTRY_COMPARE_WITH_TIMEOUT(drift->text(), QStringLiteral("✓ in sync with m:1"), 30000);
        QVERIFY(drift->isVisible());
        auto *resources = bar.findChild<QLabel *>(QStringLiteral("instanceResources"));
        // (No translator here: plurals read "resource(s)".)
        QTRY_VERIFY2_WITH_TIMEOUT(resources->text().startsWith(QStringLiteral("1 resource")), qPrintable(resources->text()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check

        QCOMPARE(createBucket(QStringLiteral("bkt2")), QString());
        bar.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(drift->text().startsWith(QStringLiteral("1 change")) && drift->text().endsWith(QStringLiteral(" since m:1")),
                                  qPrintable(drift->text()), 30000);
        QVERIFY(drift->toolTip().contains(QStringLiteral("1 added, 0 removed, 0 modified")));
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check

        QSignalSpy compare(drift, &DriftButton::compareRequested);
        drift->click();
        QCOMPARE(compare.count(), 1);
        const VersionRef asked = compare.first().first().value<VersionRef>();
        QCOMPARE(asked.pod, QStringLiteral("m"));
        QCOMPARE(asked.number, 1);
    }

    void showsAHeadThatNoLongerApplies()
    {
        poddeck::test::MotoServer moto;
        QVERIFY2(moto.start().isEmpty(), "moto_server is needed");
        TestHome home;
        const AwsConfig config = AwsConfig::forEndpoint(QUrl(moto.endpoint()), QStringLiteral("us-east-1"));
        // The user's state and the commit, off the GUI thread (AwsClient blocks).
        QString failure = offGui([&]() -> QString {
            const Result<AwsResponse> created =
                AwsClient(config).send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", QStringLiteral("bkt1")));
            return created ? QString() : created.error().message;
        });
        if (failure.isEmpty())
            failure = commitM(home.path(), config, {QStringLiteral("s3")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        JobRunner jobs;
        InstanceBar bar(&jobs, home.path());
        bar.setAutoRefreshInterval(0);
        bar.setEndpoint(moto.endpoint());
        auto *head = bar.findChild<QLabel *>(QStringLiteral("instanceHead"));
        QTRY_VERIFY_WITH_TIMEOUT(bar.isReachable() && head->text() == QStringLiteral("Head: m:1"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check

        QVERIFY(moto.restart().isEmpty()); // its state is gone
        bar.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(head->text() == QStringLiteral("Head: m:1 (no longer applies)"), 20000);
        QVERIFY(!bar.status()->headApplies);
        // The fixture runs PodDeck's entry point: its boot id tells the restart.
        QVERIFY2(head->toolTip().contains(QStringLiteral("head m:1 no longer applies: the emulator restarted since")),
                 qPrintable(head->toolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(jobs.isIdle(), 30000); // status, then a quick count and the drift check
    }

private:
    TestHome m_home;
    QString m_closed;
};

QTEST_MAIN(TestInstanceBar)
#include "tst_instancebar.moc"
