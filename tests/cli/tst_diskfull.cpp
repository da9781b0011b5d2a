#include "KillPoints.h"
#include "remote/RemoteFixture.h"
#include "support/TestHome.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace poddeck::test;

// Issue 11, item 10: a home on a file system that fills up. Each case mounts a 2 MiB tmpfs in a mount
// namespace of its own (`unshare -rm`, no root needed), puts the home there and commits, imports or pulls
// more than fits: the command must fail saying the disk is full and what to do, record nothing, give the
// space back, and leave fsck clean. Everything runs in one `unshare` call, since the mount goes with it;
// each step leaves its exit code and output in files outside the mount.
class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    struct Step
    {
        int exitCode = -1;
        QByteArray out, err;
        QString text() const { return QString::fromUtf8(out + err); }
    };

    // Runs `steps` (name -> poddeck-cli arguments after --home) with the home on a fresh 2 MiB tmpfs.
    QHash<QString, Step> runOnSmallDisk(const QList<QPair<QString, QStringList>> &steps)
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty()) return {};
        const QString mount = m_work.filePath(QStringLiteral("mnt-%1").arg(++m_runs));
        const QString out = m_work.filePath(QStringLiteral("out-%1").arg(m_runs));
        QDir().mkpath(mount);
        QDir().mkpath(out);
        auto quote = [](const QString &s) {
            return QStringLiteral("'%1'").arg(QString(s).replace(u'\'', QStringLiteral("'\\''")));
        };
        QString script = QStringLiteral("mount -t tmpfs -o size=2m tmpfs %1 || exit 97\n").arg(quote(mount));
        for (const auto &[name, args] : steps) {
            QStringList quoted;
            for (const QString &a : args)
                quoted << quote(a);
            script +=
                QStringLiteral("%1 --home %2 %3 >%4.out 2>%4.err; echo $? >%4.rc\n")
                    .arg(quote(QStringLiteral(PODDECK_CLI_PATH)), quote(mount + QStringLiteral("/home")),
                         quoted.join(u' '), quote(out + u'/' + name));
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(unshare, {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        p.waitForFinished(120000);
        m_unshareOutput = p.readAll();
        m_unshareExit = p.exitCode();
        QHash<QString, Step> results;
        for (const auto &[name, args] : steps) {
            Step s;
            QFile rc(out + u'/' + name + QStringLiteral(".rc")),
                o(out + u'/' + name + QStringLiteral(".out")), e(out + u'/' + name + QStringLiteral(".err"));
            if (rc.open(QIODevice::ReadOnly)) s.exitCode = rc.readAll().trimmed().toInt();
            if (o.open(QIODevice::ReadOnly)) s.out = o.readAll();
            if (e.open(QIODevice::ReadOnly)) s.err = e.readAll();
            results.insert(name, s);
        }
        return results;
    }
    int m_runs = 0;
    QByteArray m_unshareOutput;
    int m_unshareExit = 0;

    // More than 2 MiB that does not compress: 30 files of 100 KiB of random bytes.
    QString bigTree()
    {
        const QString dir = m_work.filePath(QStringLiteral("big"));
        if (QDir(dir).exists()) return dir;
        QDir().mkpath(dir);
        QRandomGenerator rng(7);
        for (int i = 0; i < 30; ++i) {
            QByteArray data(100 * 1024, Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
            QFile f(dir + QStringLiteral("/f%1.bin").arg(i));
            if (!f.open(QIODevice::WriteOnly)) return {};
            f.write(data);
        }
        return dir;
    }
    QString smallTree(const QString &name)
    {
        const QString dir = m_work.filePath(name);
        return writeTree(dir, 3, 20, 0) ? dir : QString();
    }

    void checkRan(const QHash<QString, Step> &steps)
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty(),
                 "unshare (util-linux) is needed: it mounts the small file system without root");
        QVERIFY2(m_unshareExit != 97 && !steps.isEmpty() && steps.begin()->exitCode >= 0,
                 qPrintable(QStringLiteral("could not mount a tmpfs in a user namespace (`unshare -rm`; is "
                                           "kernel.unprivileged_userns_clone enabled?): %1")
                                .arg(QString::fromUtf8(m_unshareOutput))));
    }
    // The failure says the disk is full and what to do about it.
    static void saysDiskFull(const Step &s)
    {
        QVERIFY2(s.exitCode != 0, qPrintable(s.text()));
        QVERIFY2(s.text().contains("No space left on device"), qPrintable(s.text()));
        QVERIFY2(s.text().contains("free some space", Qt::CaseInsensitive) && s.text().contains("try again"),
                 qPrintable(s.text()));
    }
    static void fsckClean(const Step &s, int versions)
    {
        QVERIFY2(s.exitCode == 0, qPrintable(s.text()));
        const QJsonObject report = QJsonDocument::fromJson(s.out).object();
        QVERIFY2(report.value("ok").toBool(), qPrintable(s.text()));
        QCOMPARE(report.value("versions").toInt(), versions);
    }
    static QStringList pods(const Step &list)
    {
        QStringList names;
        for (const QJsonValue &p : QJsonDocument::fromJson(list.out).array())
            names << p.toObject().value("name").toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY(!bigTree().isEmpty());
    }

    void commitMoreThanFits()
    {
        const QHash<QString, Step> s = runOnSmallDisk({
            {"small", {"commit", "small", "--from-dir", smallTree("s1")}},
            {"big", {"commit", "big", "--from-dir", bigTree()}},
            {"fsck", {"--json", "fsck"}},
            {"after",
             {"commit", "after", "--from-dir", smallTree("s2")}}, // the failed commit gave its space back
            {"list", {"--json", "list"}},
        });
        checkRan(s);
        QVERIFY2(s["small"].exitCode == 0, qPrintable(s["small"].text()));
        saysDiskFull(s["big"]);
        fsckClean(s["fsck"], 1);
        QVERIFY2(s["after"].exitCode == 0, qPrintable(s["after"].text()));
        QCOMPARE(pods(s["list"]), (QStringList{"after", "small"}));
    }

    void importMoreThanFits()
    {
        TestHome source;
        QCOMPARE(runCli(source.path(), {"commit", "big", "--from-dir", bigTree()}).exitCode, 0);
        const QString bundle = m_work.filePath("big.pod");
        QCOMPARE(runCli(source.path(), {"export", "big", "-o", bundle}).exitCode, 0);
        const QHash<QString, Step> s = runOnSmallDisk({
            {"small", {"commit", "small", "--from-dir", smallTree("s3")}},
            {"import", {"import", bundle}},
            {"fsck", {"--json", "fsck"}},
            {"after", {"commit", "after", "--from-dir", smallTree("s4")}},
            {"list", {"--json", "list"}},
        });
        checkRan(s);
        saysDiskFull(s["import"]);
        fsckClean(s["fsck"], 1);
        QVERIFY2(s["after"].exitCode == 0, qPrintable(s["after"].text()));
        QCOMPARE(pods(s["list"]), (QStringList{"after", "small"}));
    }

    void pullMoreThanFits()
    {
        TestHome source;
        const QString remote = QUrl::fromLocalFile(m_work.filePath("remote")).toString();
        QCOMPARE(runCli(source.path(), {"commit", "big", "--from-dir", bigTree()}).exitCode, 0);
        QCOMPARE(runCli(source.path(), {"remote", "add", "origin", remote}).exitCode, 0);
        QCOMPARE(runCli(source.path(), {"push", "big"}).exitCode, 0);
        const QHash<QString, Step> s = runOnSmallDisk({
            {"small", {"commit", "small", "--from-dir", smallTree("s5")}},
            {"remote", {"remote", "add", "origin", remote}},
            {"clone", {"clone", "origin", "big"}},
            {"fsck", {"--json", "fsck"}},
            {"after", {"commit", "after", "--from-dir", smallTree("s6")}},
            {"list", {"--json", "list"}},
        });
        checkRan(s);
        QVERIFY2(s["remote"].exitCode == 0, qPrintable(s["remote"].text()));
        saysDiskFull(s["clone"]);
        fsckClean(s["fsck"], 1);
        QVERIFY2(s["after"].exitCode == 0, qPrintable(s["after"].text()));
        QCOMPARE(pods(s["list"]), (QStringList{"after", "small"}));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
