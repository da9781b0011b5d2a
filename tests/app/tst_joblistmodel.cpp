#include "app/MainWindow.h"
#include "app/jobs/JobRunner.h"
#include "app/jobs/JobStatusWidget.h"
#include "app/jobspanel/JobListModel.h"
#include "app/jobspanel/JobsPanel.h"

#include "support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QToolButton>
#include <QtTest>

#include <atomic>

using namespace poddeck;

namespace {

QString text(const JobListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

JobRecord::State state(const JobListModel &model, int row)
{
    return JobRecord::State(model.index(row, 0).data(JobListModel::StateRole).toInt());
}

// A job that reports a stage of 10 items, 4 of them done with 4,000 bytes, and waits for `release`.
Job *startHeldJob(JobRunner &runner, QObject *context, std::atomic<bool> &release, bool &done)
{
    return runner.run(
        QStringLiteral("Copying objects"),
        [&release](JobContext &c) -> Status {
            c.setStage(QStringLiteral("Copying"), 10);
            c.advance(4, 4000);
            while (!release.load() && !c.isCancelled())
                QThread::msleep(5);
            if (c.isCancelled())
                return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
            c.advance(6, 6000);
            return Status::success();
        },
        context, [&done](Status) { done = true; });
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestJobListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PodDeck"));
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-joblistmodel-tests"));
        QSettings().clear();
        qputenv("AWS_ENDPOINT_URL", QStringLiteral("http://127.0.0.1:%1").arg(closedPort()).toUtf8());
        qputenv("AWS_MAX_ATTEMPTS", "1");
    }

    void progressEtaAndFinish()
    {
        JobRunner runner;
        JobListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 now = 10000;
        model.setClock([&now] { return now; });
        model.setRunner(&runner);
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        bool done = false;
        QPointer<Job> job = startHeldJob(runner, this, release, done);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, JobListModel::TitleColumn), QStringLiteral("Copying objects"));
        QCOMPARE(state(model, 0), JobRecord::State::Running);

        QTRY_COMPARE(text(model, 0, JobListModel::ItemsColumn), QStringLiteral("4/10"));
        QCOMPARE(text(model, 0, JobListModel::StageColumn), QStringLiteral("Copying"));
        QCOMPARE(model.index(0, 0).data(JobListModel::ProgressRole).toInt(), 400);
        QCOMPARE(text(model, 0, JobListModel::ProgressColumn), QStringLiteral("40%"));
        QVERIFY(!text(model, 0, JobListModel::BytesColumn).isEmpty());
        QCOMPARE(text(model, 0, JobListModel::StateColumn), QStringLiteral("running"));
        // 4 of 10 in 2 s of the stage: 6 more take 3 s. 4,000 bytes in 2 s: about 2 kB/s.
        now += 2000;
        QCOMPARE(text(model, 0, JobListModel::EtaColumn), QStringLiteral("3 s"));
        QCOMPARE(text(model, 0, JobListModel::ElapsedColumn), QStringLiteral("2 s"));
        const double rate = model.record(0).bytesPerSecond(now);
        QVERIFY2(rate > 1900 && rate <= 2000, qPrintable(QString::number(rate)));
        QCOMPARE(text(model, 0, JobListModel::RateColumn), QLocale().formattedDataSize(qint64(rate)) + QStringLiteral("/s"));

        now += 1000;
        release = true;
        QTRY_VERIFY(done);
        QCOMPARE(state(model, 0), JobRecord::State::Done);
        QCOMPARE(text(model, 0, JobListModel::StateColumn), QStringLiteral("done"));
        QCOMPARE(text(model, 0, JobListModel::StageColumn), QString()); // not its last stage, as if still going
        QCOMPARE(model.index(0, 0).data(JobListModel::ProgressRole).toInt(), 1000);
        QCOMPARE(text(model, 0, JobListModel::EtaColumn), QString());
        // The record stays after JobRunner deleted the job, and its elapsed time stops.
        QTRY_VERIFY(job.isNull());
        now += 60000;
        QCOMPARE(text(model, 0, JobListModel::ElapsedColumn), QStringLiteral("3 s"));
        QCOMPARE(text(model, 0, JobListModel::TitleColumn), QStringLiteral("Copying objects"));
        QCOMPARE(model.runningCount(), 0);
        QCOMPARE(model.finishedCount(), 1);
    }

    void unknownEtaShowsDash()
    {
        JobRunner runner;
        JobListModel model;
        model.setRunner(&runner);
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        bool done = false;
        runner.run(
            QStringLiteral("Reading"),
            [&release](JobContext &c) -> Status {
                c.setStage(QStringLiteral("Listing")); // no total
                c.advance(3);
                while (!release.load())
                    QThread::msleep(5);
                return Status::success();
            },
            this, [&done](Status) { done = true; });
        QTRY_COMPARE(text(model, 0, JobListModel::ItemsColumn), QStringLiteral("3"));
        QCOMPARE(text(model, 0, JobListModel::EtaColumn), QStringLiteral("—"));
        QCOMPARE(text(model, 0, JobListModel::RateColumn), QStringLiteral("—"));
        QCOMPARE(model.index(0, 0).data(JobListModel::ProgressRole).toInt(), -1);
        release = true;
        QTRY_VERIFY(done);
    }

    void failedJobShowsItsErrorAndDetails()
    {
        JobRunner runner;
        JobsPanel panel(&runner);
        panel.show();
        JobListModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString message = QStringLiteral("Pod shop has no version 9.\nList versions with `poddeck-cli log shop`.");
        bool done = false;
        runner.run(
            QStringLiteral("Exporting shop:9"),
            [message](JobContext &) -> Status { return Error(Error::Code::NotFound, message); }, this,
            [&done](Status) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(state(*model, 0), JobRecord::State::Failed);
        QCOMPARE(text(*model, 0, JobListModel::StateColumn), QStringLiteral("failed"));
        QCOMPARE(text(*model, 0, JobListModel::StageColumn), QStringLiteral("Pod shop has no version 9."));
        QCOMPARE(model->index(0, 0).data(JobListModel::ErrorRole).toString(), message);
        QCOMPARE(model->index(0, 0).data(JobListModel::ProgressRole).toInt(), -2); // no bar: it never had a total
        QCOMPARE(text(*model, 0, JobListModel::ProgressColumn), QString());

        auto *details = qobject_cast<QToolButton *>(
            panel.view()->indexWidget(model->index(0, JobListModel::ActionColumn)));
        QVERIFY(details);
        QCOMPARE(details->objectName(), QStringLiteral("jobDetailsButton"));
        details->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.window()->findChild<QDialog *>(QStringLiteral("jobDetailsDialog"))));
        auto *textEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("jobDetailsText"));
        QVERIFY(textEdit);
        QCOMPARE(textEdit->toPlainText(), message);
        QVERIFY(textEdit->isReadOnly());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("copyJobErrorButton")));
        dialog->close();
    }

    void cancelledThroughThePanelsButton()
    {
        JobRunner runner;
        JobsPanel panel(&runner);
        panel.show();
        JobListModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        bool done = false;
        startHeldJob(runner, this, release, done);
        QCOMPARE(model->rowCount(), 1);
        auto *cancel = qobject_cast<QToolButton *>(
            panel.view()->indexWidget(model->index(0, JobListModel::ActionColumn)));
        QVERIFY(cancel);
        QCOMPARE(cancel->objectName(), QStringLiteral("cancelJobButton"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(state(*model, 0), JobRecord::State::Cancelling);
        QCOMPARE(text(*model, 0, JobListModel::StateColumn), QStringLiteral("cancelling"));
        QTRY_VERIFY(done);
        QCOMPARE(state(*model, 0), JobRecord::State::Cancelled);
        QCOMPARE(text(*model, 0, JobListModel::StateColumn), QStringLiteral("cancelled"));
        QVERIFY(!panel.view()->indexWidget(model->index(0, JobListModel::ActionColumn)));
    }

    void keepsTheLastFinishedAndClears()
    {
        JobRunner runner;
        JobsPanel panel(&runner);
        JobListModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        bool heldDone = false;
        startHeldJob(runner, this, release, heldDone); // the oldest row, and it stays: it runs
        const int quick = JobListModel::MaxFinished + 5;
        int finished = 0;
        for (int i = 0; i < quick; ++i)
            runner.run(
                QStringLiteral("quick %1").arg(i), [](JobContext &) { return Status::success(); }, this,
                [&finished](Status) { ++finished; });
        QTRY_COMPARE(finished, quick);
        QCOMPARE(model->finishedCount(), JobListModel::MaxFinished);
        QCOMPARE(model->runningCount(), 1);
        QCOMPARE(model->rowCount(), JobListModel::MaxFinished + 1);
        // Newest first; the first five quick jobs made way.
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(text(*model, row, JobListModel::TitleColumn));
        QVERIFY(!titles.contains(QStringLiteral("quick 4")));
        QVERIFY(titles.contains(QStringLiteral("quick 5")));
        QCOMPARE(titles.last(), QStringLiteral("Copying objects"));

        auto *clear = panel.findChild<QPushButton *>(QStringLiteral("clearFinishedJobsButton"));
        QVERIFY(clear && clear->isEnabled());
        clear->click();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(text(*model, 0, JobListModel::TitleColumn), QStringLiteral("Copying objects"));
        QVERIFY(!clear->isEnabled());
        release = true;
        QTRY_VERIFY(heldDone);
    }

    void repaintsAtMostTenTimesASecond()
    {
        JobRunner runner;
        JobListModel model;
        model.setRunner(&runner);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        runner.run(
            QStringLiteral("Chatty"),
            [](JobContext &c) -> Status {
                c.setStage(QStringLiteral("Hashing"), 1'000'000);
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 800) { // as fast as it can: a report per item
                    c.advance(1, 1);
                    QThread::usleep(20);
                }
                return Status::success();
            },
            this, [&done](Status) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        const qint64 ms = timer.elapsed();
        QVERIFY2(model.index(0, 0).data(JobListModel::ProgressRole).toInt() >= 0, "progress arrived");
        // One per RepaintIntervalMs, one per second for the clock, one for the finish, and some slack.
        const qint64 allowed = ms / JobListModel::RepaintIntervalMs + ms / JobListModel::TickIntervalMs + 4;
        QVERIFY2(changed.count() <= allowed, qPrintable(QStringLiteral("%1 repaints in %2 ms").arg(changed.count()).arg(ms)));
        QVERIFY(changed.count() >= 2);
    }

    void windowTogglesThePanel()
    {
        test::TestHome home;
        MainWindow window(home.path());
        window.show();
        auto *dock = window.findChild<JobsPanel *>(QStringLiteral("jobsDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        auto *toggle = window.findChild<QAction *>(QStringLiteral("toggleJobsAction"));
        QVERIFY(toggle);
        // Like every named action of the window: a shortcut, an accessible name and a text.
        for (const char *name : {"toggleJobsAction", "compareLiveAction", "compareVersionsAction"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            QVERIFY2(!action->property("accessibleName").toString().isEmpty(), name);
            QVERIFY2(!action->text().isEmpty(), name);
        }
        toggle->trigger();
        QTRY_VERIFY(dock->isVisible());
        toggle->trigger();
        QTRY_VERIFY(dock->isHidden());
        // The status bar's jobs widget opens it too.
        auto *status = window.findChild<JobStatusWidget *>(QStringLiteral("jobStatus"));
        QVERIFY(status);
        QTest::mouseClick(status->findChild<QToolButton *>(QStringLiteral("showJobsButton")), Qt::LeftButton);
        QTRY_VERIFY(dock->isVisible());
        // The window's own jobs (loading pods, checking the instance) are listed.
        QTRY_VERIFY(dock->model()->rowCount() > 0);
        QTRY_VERIFY(window.jobRunner()->isIdle());
    }
};

QTEST_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
