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
        // Walked beside the version published here: what changed, not the 200 files' state.
        const int walked = r.json().object().value("objectsWalked").toInt();
        QVERIFY2(walked > 0 && walked <= objects + 10, qPrintable(QStringLiteral("%1 walked, %2 downloaded").arg(walked).arg(objects)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(b.path()));
    }

    static QJsonObject podNamed(const QJsonArray &pods, const QString &name)
    {
        for (const QJsonValue &p : pods)
            if (p.toObject().value("name").toString() == name)
                return p.toObject();
        return {};
    }

    // A pod's description and labels travel with it: `list --remote` shows them with what a registry needs
    // (services, size, newest version, who pushed), a clone brings them, and the newer edit wins both ways.
    // A pod never described reads as such (its pod file has no description fields, like an older PodDeck's).
    void storyRegistry()
    {
        TestHome a, b;
        const QString url = remoteUrl(QStringLiteral("registry"));
        addRemote(a.path(), "origin", url);
        addRemote(b.path(), "origin", url);
        QVERIFY(writeTree(dir("reg1"), 1, 20, 4096));
        commit(a.path(), "shop", dir("reg1"), "baseline");
        commit(a.path(), "plain", dir("reg1"), "undescribed");
        CliResult r = cli(a.path(), {"describe", "shop", "--description", "Checkout demo\nwith a queue", "--label", "team-a",
                                     "--label", "demo", "--label", "DEMO", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("labels").toArray(), (QJsonArray{"demo", "team-a"}));
        // Checks: one word per label, and a label to remove must be there.
        r = cli(a.path(), {"describe", "shop", "--label", "two words"});
        QCOMPARE(r.exitCode, 2); // a usage error
        QVERIFY2(cliText(r).contains("one word per label"), qPrintable(cliText(r)));
        r = cli(a.path(), {"describe", "shop", "--remove-label", "nope"});
        QVERIFY2(r.exitCode == 1 && cliText(r).contains("has no label 'nope' (it has: demo, team-a)"), qPrintable(cliText(r)));
        r = cli(a.path(), {"describe", "missing"});
        QVERIFY2(r.exitCode == 1 && cliText(r).contains("no pod named 'missing'"), qPrintable(cliText(r)));
        QVERIFY(cliText(cli(a.path(), {"describe", "shop"})).contains("labels: demo, team-a"));
        QCOMPARE(cli(a.path(), {"push", "shop"}).exitCode, 0);
        QCOMPARE(cli(a.path(), {"push", "plain"}).exitCode, 0);

        r = cli(b.path(), {"list", "--remote", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QJsonObject shop = podNamed(r.json().array(), "shop");
        const QJsonObject local = podNamed(cli(a.path(), {"list", "--json"}).json().array(), "shop");
        const QJsonObject version = cli(a.path(), {"versions", "shop", "--json"}).json().array().first().toObject();
        QCOMPARE(shop.value("description").toString(), QStringLiteral("Checkout demo\nwith a queue"));
        QCOMPARE(shop.value("labels").toArray(), (QJsonArray{"demo", "team-a"}));
        QVERIFY(!shop.value("services").toArray().isEmpty());
        QCOMPARE(shop.value("services").toArray(), local.value("services").toArray());
        QCOMPARE(shop.value("bytes").toDouble(), local.value("bytes").toDouble());
        QVERIFY(shop.value("bytes").toDouble() > 0);
        const QJsonObject newest = shop.value("newest").toObject();
        QCOMPARE(newest.value("number").toInt(), 1);
        QCOMPARE(newest.value("message").toString(), QStringLiteral("baseline"));
        QCOMPARE(newest.value("id").toString(), version.value("id").toString());
        QCOMPARE(newest.value("created").toString(), version.value("created").toString());
        QVERIFY(!shop.value("pushedBy").toString().isEmpty());
        QCOMPARE(shop.value("pushedBy").toString(), version.value("author").toString());
        QCOMPARE(shop.value("local").toBool(), false);
        const QJsonObject plain = podNamed(r.json().array(), "plain");
        QCOMPARE(plain.value("description").toString(), QString());
        QVERIFY(plain.value("labels").toArray().isEmpty());
        QVERIFY(!plain.contains("described"));
        r = cli(b.path(), {"list", "--remote", "origin"});
        QVERIFY2(cliText(r).contains("Checkout demo  [demo, team-a]"), qPrintable(cliText(r)));

        // A clone brings them; an edit there travels back with a push that has no new version.
        r = cli(b.path(), {"clone", "origin", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("descriptionUpdated").toBool(), true);
        QCOMPARE(podNamed(cli(b.path(), {"list", "--json"}).json().array(), "shop").value("labels").toArray(),
                 (QJsonArray{"demo", "team-a"}));
        r = cli(b.path(), {"describe", "shop", "--label", "urgent", "--remove-label", "Demo"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = cli(b.path(), {"push", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("upToDate").toBool(), true);
        QCOMPARE(r.json().object().value("descriptionPushed").toBool(), true);
        r = cli(b.path(), {"push", "shop", "--json"}); // nothing newer any more
        QCOMPARE(r.json().object().value("descriptionPushed").toBool(), false);

        r = cli(a.path(), {"pull", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 0);
        QCOMPARE(r.json().object().value("descriptionUpdated").toBool(), true);
        r = cli(a.path(), {"describe", "shop", "--json"});
        QCOMPARE(r.json().object().value("labels").toArray(), (QJsonArray{"team-a", "urgent"}));
        QCOMPARE(r.json().object().value("description").toString(), QStringLiteral("Checkout demo\nwith a queue"));

        // An edit here that is newer than the remote's is kept on pull, and a push then sends it.
        QCOMPARE(cli(a.path(), {"describe", "shop", "--description", "Checkout v2"}).exitCode, 0);
        r = cli(a.path(), {"pull", "shop", "--json"});
        QCOMPARE(r.json().object().value("descriptionUpdated").toBool(), false);
        QCOMPARE(cli(a.path(), {"describe", "shop", "--json"}).json().object().value("description").toString(),
                 QStringLiteral("Checkout v2"));
        QCOMPARE(cli(a.path(), {"push", "shop", "--json"}).json().object().value("descriptionPushed").toBool(), true);
        r = cli(b.path(), {"list", "--remote", "origin", "--json"});
        QCOMPARE(podNamed(r.json().array(), "shop").value("description").toString(), QStringLiteral("Checkout v2"));
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
