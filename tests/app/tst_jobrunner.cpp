#include "app/jobs/JobRunner.h"

#include <QThread>
#include <QtTest>

#include <atomic>

using namespace poddeck;

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheGuiThread()
    {
        JobRunner runner;
        QSignalSpy started(&runner, &JobRunner::jobStarted);
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        std::atomic<QThread *> workerThread{nullptr};
        QThread *doneThread = nullptr;
        std::optional<int> value;
        Job *job = runner.run(
            QStringLiteral("answer"),
            [&](JobContext &) -> Result<int> {
                workerThread = QThread::currentThread();
                return 42;
            },
            this,
            [&](Result<int> r) {
                doneThread = QThread::currentThread();
                value = r.ok() ? *r : -1;
            });
        QCOMPARE(job->title(), QStringLiteral("answer"));
        QCOMPARE(started.count(), 1);
        QVERIFY(!runner.isIdle());
        QTRY_VERIFY(value.has_value());
        QCOMPARE(*value, 42);
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workerThread.load() != QThread::currentThread());
        QCOMPARE(finished.count(), 1);
        QVERIFY(runner.isIdle());
    }

    void progressIsForwarded()
    {
        JobRunner runner;
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        bool done = false;
        Job *job = runner.run(
            QStringLiteral("staged"),
            [&](JobContext &c) -> Status {
                c.setStage(QStringLiteral("Counting"), 10);
                c.advance(4, 400);
                while (!release.load())
                    QThread::msleep(5);
                return Status::success();
            },
            this, [&](Status) { done = true; });
        QPointer<Job> guard(job);
        QTRY_COMPARE(job->progress().stage, QStringLiteral("Counting"));
        QTRY_COMPARE(job->progress().done, qint64(4));
        QCOMPARE(job->progress().total, qint64(10));
        QCOMPARE(job->progress().bytes, qint64(400));
        release = true;
        QTRY_VERIFY(done);
        QTRY_VERIFY(guard.isNull()); // deleted once finished
    }

    void errorsAreValues()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        QString message;
        Error seen;
        runner.run(
            QStringLiteral("failing"),
            [](JobContext &) -> Result<QString> { return Error(Error::Code::NotFound, QStringLiteral("no such pod")); },
            this, [&](Result<QString> r) { message = r.ok() ? QString() : r.error().message; });
        connect(&runner, &JobRunner::jobFinished, this, [&](Job *job) { seen = job->error(); });
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(message, QStringLiteral("no such pod"));
        QCOMPARE(seen.code, Error::Code::NotFound);
    }

    void cancel()
    {
        JobRunner runner;
        std::optional<Error::Code> code;
        Job *job = runner.run(
            QStringLiteral("endless"),
            [](JobContext &c) -> Status {
                while (!c.isCancelled())
                    QThread::msleep(2);
                return Status(Error::Code::Cancelled, QStringLiteral("cancelled"));
            },
            this, [&](Status s) { code = s.error().code; });
        QSignalSpy cancelRequested(job, &Job::cancelRequested);
        QTest::qWait(20);
        QVERIFY(!code);
        job->cancel();
        QVERIFY(job->isCancelRequested());
        QCOMPARE(cancelRequested.count(), 1);
        QTRY_VERIFY(code.has_value());
        QCOMPARE(*code, Error::Code::Cancelled);
    }

    void callbackIsDroppedWhenItsContextIsGone()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::jobFinished);
        bool called = false;
        auto *context = new QObject;
        std::atomic<bool> release{false};
        auto releaseOnFailure = qScopeGuard([&] { release = true; });
        runner.run(
            QStringLiteral("orphan"),
            [&](JobContext &) -> Status {
                while (!release.load())
                    QThread::msleep(2);
                return Status::success();
            },
            context, [&](Status) { called = true; });
        delete context;
        release = true;
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!called);
    }

    void destructionCancelsAndWaits()
    {
        std::atomic<bool> stopped{false};
        bool called = false;
        {
            JobRunner runner;
            runner.run(
                QStringLiteral("long"),
                [&](JobContext &c) -> Status {
                    while (!c.isCancelled())
                        QThread::msleep(2);
                    stopped = true;
                    return Status::success();
                },
                this, [&](Status) { called = true; });
            QTest::qWait(10);
        }
        QVERIFY(stopped.load()); // the worker ran to its end before the runner went away
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
