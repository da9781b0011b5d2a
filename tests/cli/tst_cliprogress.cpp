#include "CliProgress.h"
#include "CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace poddeck;
using namespace poddeck::cli;
using namespace poddeck::test;

// Progress of long CLI commands on stderr (CliProgress): the display itself on a scratch stream, and the real
// poddeck-cli with --progress, --quiet and neither (stderr is a pipe here, so no terminal).
class TestCliProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    static QByteArray readAll(FILE *f)
    {
        std::fflush(f);
        std::rewind(f);
        QByteArray out;
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            out.append(buf, qsizetype(n));
        return out;
    }

    void writeTree(const QString &dir, int files)
    {
        QDir().mkpath(dir);
        for (int i = 0; i < files; ++i) {
            QFile f(dir + QStringLiteral("/f%1.json").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("{\"i\": %1, \"pad\": \"%2\"}").arg(i).arg(QString(200, u'x')).toUtf8());
        }
    }

    // A home with one committed pod and a folder remote.
    void prepare(const QString &home, const QString &remoteDir)
    {
        writeTree(m_work.filePath("tree"), 40);
        CliResult r = runCli(home, {"commit", "shop", "--from-dir", m_work.filePath("tree"), "-m", "one"});
        QVERIFY2(r.exitCode == 0, r.err);
        r = runCli(home, {"remote", "add", "origin", "file://" + remoteDir});
        QVERIFY2(r.exitCode == 0, r.err);
    }

private Q_SLOTS:
    void format()
    {
        QCOMPARE(CliProgress::format("Uploading objects", 412, 1530, 3355443, 3000),
                 QStringLiteral("Uploading objects  412/1,530  3.2 MiB  1.1 MiB/s"));
        QCOMPARE(CliProgress::format("Finding what changed", 0, 0, 0, 10),
                 QStringLiteral("Finding what changed"));
        QCOMPARE(CliProgress::format("Scanning", 7, 0, 0, 10), QStringLiteral("Scanning  7"));
        // A stage that counts bytes as its units shows sizes.
        QCOMPARE(CliProgress::format("Uploading the bundle", 1048576, 2097152, 1048576, 100),
                 QStringLiteral("Uploading the bundle  1.0 MiB/2.0 MiB"));
    }

    void choose()
    {
        QCOMPARE(CliProgress::choose(false, false, true), CliProgress::Mode::Terminal);
        QCOMPARE(CliProgress::choose(false, false, false), CliProgress::Mode::Off);
        QCOMPARE(CliProgress::choose(false, true, false), CliProgress::Mode::Lines);
        QCOMPARE(CliProgress::choose(false, true, true), CliProgress::Mode::Terminal);
        QCOMPARE(CliProgress::choose(true, true, true), CliProgress::Mode::Off);
    }

    // One line redrawn with carriage returns, at most ~10 times a second, cleared at the end.
    void terminalThrottlesAndClears()
    {
        FILE *f = std::tmpfile();
        QVERIFY(f);
        {
            CliProgress p(CliProgress::Mode::Terminal, f);
            JobContext job([&p](const JobContext::Progress &pr) { p.update(pr); });
            job.setStage("Uploading objects", 1000);
            for (int i = 0; i < 1000; ++i) {
                job.advance(1, 1024);
                if (i % 100 == 0) QThread::msleep(30);
            }
            p.finish();
        }
        const QByteArray out = readAll(f);
        std::fclose(f);
        QVERIFY(!out.contains('\n'));
        const qsizetype draws = out.count("\r") - 1; // the last one clears
        QVERIFY2(draws >= 1 && draws <= 20, qPrintable(QString::number(draws)));
        QVERIFY(out.contains("Uploading objects"));
        QVERIFY(out.endsWith("\r\x1b[K"));
    }

    // For logs: a line per stage and its totals, no carriage returns.
    void linesForLogs()
    {
        FILE *f = std::tmpfile();
        QVERIFY(f);
        {
            CliProgress p(CliProgress::Mode::Lines, f);
            JobContext job([&p](const JobContext::Progress &pr) { p.update(pr); });
            job.setStage("Checking");
            job.setStage("Uploading objects", 3);
            for (int i = 0; i < 3; ++i)
                job.advance(1, 2048);
            job.setStage("Updating pod");
        }
        const QByteArray out = readAll(f);
        std::fclose(f);
        QVERIFY(!out.contains('\r'));
        QCOMPARE(out,
                 QByteArray(
                     "Checking\nUploading objects\n  Uploading objects  3/3  6.0 KiB  done\nUpdating pod\n"));
    }

    void pushWithProgress()
    {
        TestHome quietHome, home;
        prepare(quietHome.path(), m_work.filePath("remote-a"));
        prepare(home.path(), m_work.filePath("remote-b"));

        // stderr is a pipe: no progress unless asked for.
        const CliResult plain = runCli(quietHome.path(), {"push", "shop"});
        QVERIFY2(plain.exitCode == 0, plain.err);
        QVERIFY2(plain.err.isEmpty(), plain.err);

        const CliResult r = runCli(home.path(), {"--progress", "push", "shop"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(!err.contains(u'\r'), qPrintable(err));
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("(^|\\n)Reading pod 'shop' on origin\\n"))),
                 qPrintable(err));
        QVERIFY2(err.contains(QRegularExpression(QStringLiteral("\\nUploading objects\\n"))),
                 qPrintable(err));
        QVERIFY2(err.contains(QRegularExpression(
                     QStringLiteral("  Uploading objects  (\\d+)/\\1  [0-9.]+ [KM]?i?B.*done\\n"))),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Updating pod 'shop' on origin")), qPrintable(err));
        // stdout is the same report as without progress.
        static const QRegularExpression report(QStringLiteral(
            "^Pushed shop:1 to 'origin': 1 new version, \\d+ objects uploaded \\([^)]*\\)\\n$"));
        QVERIFY2(report.match(QString::fromUtf8(plain.out)).hasMatch(), plain.out);
        QVERIFY2(report.match(QString::fromUtf8(r.out)).hasMatch(), r.out);
        QCOMPARE(QString::fromUtf8(r.out).section(u',', 1, 1),
                 QString::fromUtf8(plain.out).section(u',', 1, 1)); // same object count

        // --json stays pure JSON on stdout; --quiet wins over --progress.
        TestHome other;
        prepare(other.path(), m_work.filePath("remote-c"));
        const CliResult json = runCli(other.path(), {"--progress", "push", "shop", "--json"});
        QVERIFY2(json.exitCode == 0, json.err);
        QVERIFY(json.json().isObject());
        QVERIFY(!json.err.isEmpty());
        const CliResult pull = runCli(other.path(), {"--quiet", "--progress", "pull", "shop"});
        QVERIFY2(pull.exitCode == 0, pull.err);
        QVERIFY2(pull.err.isEmpty(), pull.err);
    }

    void commitAndCloneWithProgress()
    {
        TestHome a, b;
        prepare(a.path(), m_work.filePath("remote-d"));
        QCOMPARE(runCli(a.path(), {"push", "shop"}).exitCode, 0);
        CliResult r = runCli(
            a.path(), {"--progress", "commit", "shop", "--from-dir", m_work.filePath("tree"), "-m", "again"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.err.contains("Storing files\n"), r.err);
        QVERIFY(!r.out.contains("Storing"));

        QCOMPARE(
            runCli(b.path(), {"remote", "add", "origin", "file://" + m_work.filePath("remote-d")}).exitCode,
            0);
        r = runCli(b.path(), {"clone", "origin", "shop", "--progress"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.err.contains("Downloading objects\n"), r.err);
        QVERIFY2(r.err.contains("Recording versions\n"), r.err);
        QVERIFY(r.out.startsWith("Cloned pod 'shop'"));
    }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cliprogress.moc"
