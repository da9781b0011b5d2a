#include "app/launch/SingleInstance.h"
#include "cli/CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// The real `poddeck` executable started the way a file manager starts it (`poddeck FILE.pod`): it imports
// what it is given; a second launch for the same home hands its files to the running window and ends.
class TestLaunch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    // A .pod holding pod `name` (one directory commit), made with poddeck-cli in a scratch home.
    QString makeBundle(const QString &name)
    {
        TestHome scratch;
        const QString dir = m_work.filePath(name + QStringLiteral("-files"));
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/readme.txt"));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("hello " + name.toUtf8());
        f.close();
        if (runCli(scratch.path(), {"commit", name, "--from-dir", dir, "-m", "for launch"}).exitCode != 0)
            return {};
        const QString bundle = m_work.filePath(name + QStringLiteral(".pod"));
        if (runCli(scratch.path(), {"export", name, "-o", bundle}).exitCode != 0)
            return {};
        return bundle;
    }

    static QStringList pods(const QString &home)
    {
        QStringList out;
        for (const QJsonValue &v : runCli(home, {"list", "--json"}).json().array())
            out.append(v.toObject().value("name").toString());
        return out;
    }

    QProcess *launch(const QString &home, const QStringList &files)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_work.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:9")); // no emulator needed
        p->setProcessEnvironment(env);
        p->setWorkingDirectory(m_work.path());
        p->start(QStringLiteral(PODDECK_APP_PATH), QStringList{QStringLiteral("--home"), home} + files);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY(QDir().mkpath(m_work.filePath(QStringLiteral("runtime"))));
        QFile::setPermissions(m_work.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void argumentsBecomeImportable()
    {
        const QStringList got = SingleInstance::importable(
            {"shop.pod", "/abs/state.zip", "file:///tmp/a%20b.pod", "https://example.com/x.pod?sig=1", ""}, "/work/dir");
        QCOMPARE(got, (QStringList{"/work/dir/shop.pod", "/abs/state.zip", "/tmp/a b.pod", "https://example.com/x.pod?sig=1"}));
        QVERIFY(SingleInstance::socketPath("/a/home") != SingleInstance::socketPath("/b/home"));
    }

    void opensFilesAndHandsOverToTheRunningWindow()
    {
        const QString first = makeBundle(QStringLiteral("alpha"));
        const QString second = makeBundle(QStringLiteral("beta"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        TestHome home;

        // A relative path, as a shell in the bundle's directory passes it.
        QProcess *window = launch(home.path(), {QFileInfo(first).fileName()});
        QVERIFY(window->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(pods(home.path()).contains(QStringLiteral("alpha")), 30000);
        QCOMPARE(window->state(), QProcess::Running);

        // The second launch ends at once; the running window imports its file.
        QProcess *again = launch(home.path(), {QUrl::fromLocalFile(second).toString()});
        QVERIFY(again->waitForFinished(15000));
        QCOMPARE(again->exitStatus(), QProcess::NormalExit);
        QCOMPARE(again->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(pods(home.path()).contains(QStringLiteral("beta")), 30000);
        QCOMPARE(window->state(), QProcess::Running);

        // Another home gets its own window.
        TestHome other;
        QProcess *elsewhere = launch(other.path(), {second});
        QTRY_VERIFY_WITH_TIMEOUT(pods(other.path()).contains(QStringLiteral("beta")), 30000);
        QCOMPARE(elsewhere->state(), QProcess::Running);

        for (QProcess *p : {window, elsewhere}) {
            p->terminate();
            QVERIFY(p->waitForFinished(15000));
        }

        // A socket left behind by a window that was killed does not stop the next launch.
        QProcess *killed = launch(home.path(), {});
        QVERIFY(killed->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(SingleInstanceSocket(home.path())), 30000);
        killed->kill();
        QVERIFY(killed->waitForFinished(15000));
        const QString third = makeBundle(QStringLiteral("gamma"));
        QProcess *after = launch(home.path(), {third});
        QTRY_VERIFY_WITH_TIMEOUT(pods(home.path()).contains(QStringLiteral("gamma")), 30000);
        QCOMPARE(after->state(), QProcess::Running);
        after->terminate();
        QVERIFY(after->waitForFinished(15000));
    }

private:
    QString SingleInstanceSocket(const QString &home)
    {
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_work.filePath(QStringLiteral("runtime"))));
        return SingleInstance::socketPath(home);
    }
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
