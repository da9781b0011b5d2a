// Issue 11: no file PodDeck writes is readable by another user, whatever the user's umask, and a home
// with lax modes is repaired (with a warning) when opened.
#include "CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace poddeck::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_oldUmask = ::umask(022); } // the common default; poddeck-cli inherits it
    void cleanupTestCase() { ::umask(m_oldUmask); }

    void everythingWrittenIsPrivate()
    {
        QTemporaryDir work;
        const QString home = work.filePath(QStringLiteral("home"));
        const QString files = work.filePath(QStringLiteral("files"));
        QVERIFY(QDir().mkpath(files + QStringLiteral("/conf")));
        QFile f(files + QStringLiteral("/conf/secret.env"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DB_PASSWORD=hunter2\n");
        f.close();
        CliResult c = runCli(home, {QStringLiteral("commit"), QStringLiteral("cfg"), QStringLiteral("--from-dir"), files,
                                    QStringLiteral("-m"), QStringLiteral("seed")});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const QString bundle = work.filePath(QStringLiteral("cfg.pod"));
        c = runCli(home, {QStringLiteral("export"), QStringLiteral("cfg"), QStringLiteral("-o"), bundle});
        QVERIFY2(c.exitCode == 0, c.err.constData());

        QCOMPARE(modeOf(home), 0700);
        QCOMPARE(modeOf(bundle) & 077, 0);
        int checked = 0;
        QDirIterator it(home, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2((modeOf(path) & 077) == 0, qPrintable(QStringLiteral("%1 has mode %2").arg(path).arg(modeOf(path), 0, 8)));
            ++checked;
        }
        QVERIFY2(checked > 3, "the home holds a catalogue and objects");
    }

    void laxHomeIsRepairedWithAWarning()
    {
        QTemporaryDir work;
        const QString home = work.filePath(QStringLiteral("home"));
        CliResult c = runCli(home, {QStringLiteral("list")});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QVERIFY(::chmod(QFile::encodeName(home).constData(), 0755) == 0);
        const QString db = home + QStringLiteral("/catalogue.db");
        QVERIFY(QFile::exists(db));
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);

        c = runCli(home, {QStringLiteral("list")});
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QVERIFY2(c.err.contains("readable by other users"), c.err.constData());
        QCOMPARE(modeOf(home), 0700);
        QCOMPARE(modeOf(db), 0600);

        c = runCli(home, {QStringLiteral("list")}); // repaired once, quiet after
        QVERIFY2(!c.err.contains("readable by other users"), c.err.constData());
    }

private:
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
