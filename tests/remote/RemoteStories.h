#pragma once

#include "RemoteFixture.h"
#include "support/TestHome.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

namespace poddeck::test {

// The push/pull stories every kind of remote must pass. A subclass says where a fresh remote lives and
// how to damage one of its objects; each story uses its own remote (a fresh prefix or folder).
class RemoteStories
{
public:
    virtual ~RemoteStories() = default;

protected:
    // A URL for a new, empty remote called `name`.
    virtual QString remoteUrl(const QString &name) = 0;
    // Every file of that remote, as keys relative to it ("packs/<id>.pack", "pods/shop.json", ...).
    virtual QStringList remoteKeys(const QString &name) = 0;
    // Damages one pack of that remote in the middle (one byte); returns the damaged key.
    virtual QString corruptOnePack(const QString &name) = 0;

    QTemporaryDir m_work;

    QString dir(const QString &name) const { return m_work.filePath(name); }

    static CliResult cli(const QString &home, const QStringList &args)
    {
        return runCli(home, args);
    }

    void addRemote(const QString &home, const QString &remote, const QString &url)
    {
        const CliResult r = cli(home, {"remote", "add", remote, url});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        // `remote add` tried conditional writes on the storage: moto and local folders honour them.
        QVERIFY2(!r.err.contains("warning"), qPrintable(cliText(r)));
    }

    void commit(const QString &home, const QString &pod, const QString &tree, const QString &message)
    {
        const CliResult r = cli(home, {"commit", pod, "--from-dir", tree, "-m", message});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
    }

    // A commits and pushes; B clones, commits a fix and pushes; A pulls it: same ids both sides, fsck passes.
    void storyTeammates()
    {
        TestHome a, b;
        const QString url = remoteUrl(QStringLiteral("team"));
        addRemote(a.path(), "origin", url);
        addRemote(b.path(), "origin", url);
        QVERIFY(writeTree(dir("a1"), 1));
        commit(a.path(), "shop", dir("a1"), "baseline");
        CliResult r = cli(a.path(), {"push", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("versionsPushed").toInt(), 1);
        QVERIFY(r.json().object().value("objectsUploaded").toInt() > 200);

        r = cli(b.path(), {"clone", "origin", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));

        QVERIFY(writeTree(dir("b2"), 2));
        commit(b.path(), "shop", dir("b2"), "fix prices");
        r = cli(b.path(), {"push", "shop", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        // Only what changed travels: ~1/7 of the files' resources, their trees and the version.
        const int uploaded = r.json().object().value("objectsUploaded").toInt();
        QVERIFY2(uploaded > 0 && uploaded < 80, qPrintable(QString::number(uploaded)));

        // A sees that the remote moved on, then pulls.
        r = cli(a.path(), {"list", "--remote", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().array().first().toObject().value("behind").toInt(), 1);
        r = cli(a.path(), {"list"});
        QVERIFY2(cliText(r).contains("remote has new versions (pull)"), qPrintable(cliText(r)));
        r = cli(a.path(), {"pull", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 1);
        const int downloaded = r.json().object().value("objectsDownloaded").toInt();
        QVERIFY2(downloaded > 0 && downloaded < 80, qPrintable(QString::number(downloaded)));
        QCOMPARE(versionIds(a.path(), "shop"), versionIds(b.path(), "shop"));
        QCOMPARE(versionIds(a.path(), "shop").size(), 2);
        QVERIFY(fsckOk(a.path()));
        QVERIFY(fsckOk(b.path()));
        r = cli(a.path(), {"list"});
        QVERIFY2(cliText(r).contains("origin: up to date"), qPrintable(cliText(r)));
        // Pulling again changes nothing.
        r = cli(a.path(), {"pull", "shop", "--json"});
        QCOMPARE(r.json().object().value("objectsDownloaded").toInt(), 0);
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 0);
    }

    // Two teammates push different new versions of one pod at once: one wins, the other is told to pull
    // and merge, and no version is lost.
    void storyConcurrentPush()
    {
        TestHome a, b;
        const QString url = remoteUrl(QStringLiteral("race"));
        addRemote(a.path(), "origin", url);
        addRemote(b.path(), "origin", url);
        QVERIFY(writeTree(dir("r1"), 1));
        commit(a.path(), "race", dir("r1"), "baseline");
        QCOMPARE(cli(a.path(), {"push", "race"}).exitCode, 0);
        QCOMPARE(cli(b.path(), {"clone", "origin", "race"}).exitCode, 0);
        QVERIFY(writeTree(dir("ra"), 10));
        QVERIFY(writeTree(dir("rb"), 20));
        commit(a.path(), "race", dir("ra"), "A's change");
        commit(b.path(), "race", dir("rb"), "B's change");
        const QString va = versionIds(a.path(), "race").last();
        const QString vb = versionIds(b.path(), "race").last();
        QVERIFY(va != vb);

        QProcess pa, pb;
        pa.start(QStringLiteral(PODDECK_CLI_PATH), {"--home", a.path(), "push", "race"});
        pb.start(QStringLiteral(PODDECK_CLI_PATH), {"--home", b.path(), "push", "race"});
        QVERIFY(pa.waitForFinished(120000));
        QVERIFY(pb.waitForFinished(120000));
        const int ca = pa.exitCode(), cb = pb.exitCode();
        const QString errA = QString::fromUtf8(pa.readAllStandardError());
        const QString errB = QString::fromUtf8(pb.readAllStandardError());
        QVERIFY2((ca == 0) != (cb == 0), qPrintable(QStringLiteral("exit codes %1 %2: %3 | %4").arg(ca).arg(cb).arg(errA, errB)));
        const bool aWon = ca == 0;
        const QString loserHome = aWon ? b.path() : a.path();
        const QString winnerVersion = aWon ? va : vb;
        const QString loserVersion = aWon ? vb : va;
        QCOMPARE(aWon ? cb : ca, 3); // ExitConflicts
        QVERIFY2((aWon ? errB : errA).contains("the remote has versions you don't have: pull and merge first"),
                 qPrintable(aWon ? errB : errA));

        // The loser keeps its version, pulls the winner's: both are there, nothing lost; its push still refuses.
        QVERIFY(versionIds(loserHome, "race").contains(loserVersion));
        CliResult r = cli(loserHome, {"pull", "race"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QStringList ids = versionIds(loserHome, "race");
        QVERIFY(ids.contains(loserVersion));
        QVERIFY(ids.contains(winnerVersion));
        QCOMPARE(ids.size(), 3);
        QVERIFY(fsckOk(loserHome));
        r = cli(loserHome, {"push", QStringLiteral("race:%1").arg(ids.indexOf(loserVersion) + 1)});
        QCOMPARE(r.exitCode, 3);
        // A third teammate sees the winner's version as the remote's head.
        TestHome c;
        addRemote(c.path(), "origin", url);
        QCOMPARE(cli(c.path(), {"clone", "origin", "race"}).exitCode, 0);
        QCOMPARE(versionIds(c.path(), "race").last(), winnerVersion);
    }

    // A damaged pack on the remote is refused on pull, and nothing becomes visible.
    void storyCorruptObject()
    {
        TestHome a, c;
        const QString url = remoteUrl(QStringLiteral("damaged"));
        addRemote(a.path(), "origin", url);
        addRemote(c.path(), "origin", url);
        QVERIFY(writeTree(dir("c1"), 1, 50, 256 * 1024));
        commit(a.path(), "fragile", dir("c1"), "baseline");
        QCOMPARE(cli(a.path(), {"push", "fragile"}).exitCode, 0);
        const QString key = corruptOnePack(QStringLiteral("damaged"));
        QVERIFY(!key.isEmpty());
        const CliResult r = cli(c.path(), {"clone", "origin", "fragile"});
        QVERIFY2(r.exitCode != 0, qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("corrupt"), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("nothing was added"), qPrintable(cliText(r)));
        QVERIFY(versionIds(c.path(), "fragile").isEmpty());
        const CliResult list = cli(c.path(), {"list", "--json"});
        for (const QJsonValue &pod : list.json().array())
            QCOMPARE(pod.toObject().value("versions").toInt(), 0);
        QVERIFY(fsckOk(c.path()));
    }

    // A first push writes packs (no loose objects) and a pod file that names them; a clone into an empty
    // home reads a few ranges, not one request per object.
    void storyPackedClone()
    {
        TestHome a, b;
        const QString url = remoteUrl(QStringLiteral("packed"));
        addRemote(a.path(), "origin", url);
        addRemote(b.path(), "origin", url);
        QVERIFY(writeTree(dir("p1"), 1, 300, 2 * 1024 * 1024));
        commit(a.path(), "shop", dir("p1"), "baseline");
        CliResult r = cli(a.path(), {"push", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const int objects = r.json().object().value("objectsUploaded").toInt();
        QVERIFY(objects > 300);
        QCOMPARE(r.json().object().value("packsUploaded").toInt(), 1);
        QCOMPARE(r.json().object().value("layoutUpgraded").toBool(), false);
        const QStringList stored = remoteKeys(QStringLiteral("packed"));
        QVERIFY2(stored.filter(QStringLiteral("objects/")).isEmpty(), qPrintable(stored.join(u' ')));
        QCOMPARE(stored.filter(QStringLiteral(".pack")).size(), 1);
        QCOMPARE(stored.filter(QStringLiteral(".idx")).size(), 1);

        r = cli(b.path(), {"clone", "origin", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("objectsDownloaded").toInt(), objects);
        const int requests = r.json().object().value("requests").toInt();
        // One read per level of the tree (and per 256 entries), not one per object.
        QVERIFY2(requests > 0 && requests <= 20, qPrintable(QString::number(requests)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(b.path()));
        r = cli(b.path(), {"remote", "fsck", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("objects").toInt(), objects);
    }

    // Two versions pushed at once share packs; a home holding version 1 then pulls version 2 and reads byte
    // ranges holding just what it lacks, not the packs.
    void storyRangedPull()
    {
        TestHome a, b;
        const QString url = remoteUrl(QStringLiteral("ranged"));
        addRemote(a.path(), "origin", url);
        addRemote(b.path(), "origin", url);
        QVERIFY(writeTree(dir("g1"), 1, 200, 2 * 1024 * 1024));
        commit(a.path(), "shop", dir("g1"), "one");
        QVERIFY(writeTree(dir("g2"), 2, 200, 2 * 1024 * 1024));
        commit(a.path(), "shop", dir("g2"), "two");
        CliResult r = cli(a.path(), {"push", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const qint64 pushed = qint64(r.json().object().value("bytesUploaded").toDouble());
        QCOMPARE(r.json().object().value("packsUploaded").toInt(), 1);

        r = cli(b.path(), {"pull", "shop:1", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 1);
        r = cli(b.path(), {"pull", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 1);
        const int objects = r.json().object().value("objectsDownloaded").toInt();
        const qint64 bytes = qint64(r.json().object().value("bytesDownloaded").toDouble());
        // ~1/7 of the files changed: their resources, the trees above them and the version.
        QVERIFY2(objects > 0 && objects < 80, qPrintable(QString::number(objects)));
        // The 2 MiB blob both versions share is not read again: far less than the pack.
        QVERIFY2(bytes > 0 && bytes < pushed / 8, qPrintable(QStringLiteral("%1 of %2").arg(bytes).arg(pushed)));
        QVERIFY(r.json().object().value("requests").toInt() <= 10);
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(b.path()));
    }

    // share prints a link that plain curl downloads and `import URL` imports.
    void storyShare(bool http)
    {
        TestHome a, c;
        const QString url = remoteUrl(QStringLiteral("shares"));
        addRemote(a.path(), "origin", url);
        QVERIFY(writeTree(dir("s1"), 1, 30, 9 * 1024 * 1024)); // a bundle past the multipart threshold
        commit(a.path(), "demo", dir("s1"), "to share");
        CliResult r = cli(a.path(), {"share", "demo:1", "--expires", "2h", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QString link = r.json().object().value("url").toString();
        QVERIFY2(link.startsWith(http ? "http" : "file://"), qPrintable(link));
        const QString local = m_work.filePath("downloaded.pod");
        QProcess curl;
        curl.start(QStringLiteral("curl"), {"-sSf", "-o", local, link});
        QVERIFY(curl.waitForFinished(60000));
        QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
        QVERIFY(QFileInfo(local).size() > 9 * 1024 * 1024);
        r = cli(c.path(), {"import", link, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(c.path(), "demo"), versionIds(a.path(), "demo"));
        QVERIFY(fsckOk(c.path()));
    }

    // Shares expire: the link's id holds its expiry, and `gc --remote` deletes the bundles whose links are
    // dead (a share from before ids held it counts as 7 days old at most) and keeps the live ones.
    void storyShareExpiry()
    {
        TestHome a;
        const QString url = remoteUrl(QStringLiteral("expiry"));
        addRemote(a.path(), "origin", url);
        QVERIFY(writeTree(dir("e1"), 1, 5));
        commit(a.path(), "demo", dir("e1"), "to share");
        CliResult r = cli(a.path(), {"share", "demo", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QString liveId = r.json().object().value("id").toString();
        const QString liveLink = r.json().object().value("url").toString();
        // The default is 24 hours.
        const QDateTime expires = QDateTime::fromString(r.json().object().value("expires").toString(), Qt::ISODate);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
        QVERIFY2(left > 23 * 3600 && left <= 24 * 3600, qPrintable(QString::number(left)));
        QVERIFY(liveId.startsWith(QString::number(expires.toSecsSinceEpoch()) + u'-'));
        r = cli(a.path(), {"share", "demo", "--expires", "1s", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QString deadId = r.json().object().value("id").toString();
        QCOMPARE(shareIds(QStringLiteral("expiry")).size(), 2);
        QTest::qWait(2100);

        r = cli(a.path(), {"gc", "--remote", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("sharesRemoved").toArray(), QJsonArray{deadId});
        QCOMPARE(r.json().object().value("sharesKept").toInt(), 1);
        QCOMPARE(shareIds(QStringLiteral("expiry")), QStringList{liveId});
        // The live link still imports; a second gc removes nothing.
        TestHome b;
        r = cli(b.path(), {"import", liveLink});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(cli(a.path(), {"gc", "--remote", "origin", "--json"}).json().object().value("sharesRemoved").toArray().size(), 0);
    }

    QStringList shareIds(const QString &name)
    {
        QStringList ids;
        for (const QString &k : remoteKeys(name))
            if (k.startsWith(QLatin1String("shares/")) && k.endsWith(QLatin1String(".pod")))
                ids.append(k.mid(7).chopped(4));
        return ids;
    }
};

} // namespace poddeck::test
