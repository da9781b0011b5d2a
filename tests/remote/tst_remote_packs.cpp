// Packs on a folder remote (Remote.h): the layout before packs still reads and is upgraded by the next push,
// `remote fsck` finds damaged packs and indexes, objects are never sent twice across pods, and
// `gc --remote` never removes a pack a pod names.
#include "RemoteFixture.h"
#include "jobs/VersionCommit.h"
#include "remote/FolderRemote.h"
#include "state/Resource.h"
#include "state/ResourcePath.h"
#include "state/TreeObject.h"
#include "state/Version.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "support/TestHome.h"

#include <QDir>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

class TestRemotePacks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    QString dir(const QString &name) const { return m_work.filePath(name); }
    QString remoteDir(const QString &name) const { return m_work.filePath(QStringLiteral("remotes/") + name); }

    static void ok(const CliResult &r) { QVERIFY2(r.exitCode == 0, qPrintable(cliText(r))); }

    void setUpPod(const QString &home, const QString &remote, const QString &pod, int generation, int files = 120)
    {
        ok(runCli(home, {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir(remote)).toString()}));
        QVERIFY(writeTree(dir(remote + QString::number(generation)), generation, files, 512 * 1024));
        ok(runCli(home, {"commit", pod, "--from-dir", dir(remote + QString::number(generation)), "-m", "v"}));
    }

    QStringList packFiles(const QString &remote, const QString &pattern) const
    {
        return QDir(remoteDir(remote) + QStringLiteral("/packs")).entryList({pattern}, QDir::Files, QDir::Name);
    }

    // Rewrites a packed folder remote the way PodDeck before packs wrote it: every object as its own file,
    // no packs, pod files without "packs".
    static void toLooseLayout(const QString &path)
    {
        Result<std::unique_ptr<FolderRemote>> opened = FolderRemote::open(RemoteUrl::parse(QUrl::fromLocalFile(path).toString()).value());
        QVERIFY(opened.ok());
        FolderRemote &remote = **opened;
        const QStringList files = remote.listPackFiles().value();
        for (const QString &name : files) {
            if (!name.endsWith(QLatin1String(".idx")))
                continue;
            const QString id = name.chopped(4);
            Result<PackIndex> index = remote.readPackIndex(id);
            QVERIFY(index.ok());
            for (const PackIndex::Entry &e : std::as_const(index->entries)) {
                Result<QByteArray> entry = remote.readPackRange(Remote::packFileName(id), e.offset, e.length);
                QVERIFY(entry.ok());
                QVERIFY(remote.putObject(e.storageId, *entry).ok());
            }
        }
        for (const QString &name : files)
            QVERIFY(remote.removePackFile(name).ok());
        const QStringList pods = remote.listPods().value();
        for (const QString &pod : pods) {
            Result<RemoteDocument> doc = remote.readPod(pod);
            QVERIFY(doc.ok());
            Result<RemotePod> parsed = RemotePod::parse(doc->bytes, pod);
            QVERIFY(parsed.ok());
            parsed->packs.clear();
            QVERIFY(parsed->toBytes().contains("\"formatVersion\": 1"));
            QVERIFY(remote.writePod(pod, parsed->toBytes(), doc->tag).ok());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    // A remote holding loose objects only still clones; the next push says it upgrades the layout and
    // writes packs for the new objects only; a clone after that reads both.
    void looseLayoutStillReadsAndUpgrades()
    {
        TestHome a, c, d;
        setUpPod(a.path(), "loose", "shop", 1);
        ok(runCli(a.path(), {"push", "shop"}));
        toLooseLayout(remoteDir("loose"));
        QVERIFY(packFiles("loose", "*").isEmpty());

        ok(runCli(c.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("loose")).toString()}));
        CliResult r = runCli(c.path(), {"clone", "origin", "shop", "--json"});
        ok(r);
        QVERIFY(r.json().object().value("objectsDownloaded").toInt() > 120);
        QCOMPARE(versionIds(c.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(c.path()));

        QVERIFY(writeTree(dir("loose2"), 2, 120, 512 * 1024));
        ok(runCli(a.path(), {"commit", "shop", "--from-dir", dir("loose2"), "-m", "v2"}));
        r = runCli(a.path(), {"push", "shop", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("layoutUpgraded").toBool(), true);
        QVERIFY2(cliText(r).contains("upgraded its layout to packs"), qPrintable(cliText(r)));
        const int uploaded = r.json().object().value("objectsUploaded").toInt();
        QVERIFY2(uploaded > 0 && uploaded < 60, qPrintable(QString::number(uploaded))); // only what v2 adds
        QCOMPARE(packFiles("loose", "*.pack").size(), 1);

        ok(runCli(d.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("loose")).toString()}));
        ok(runCli(d.path(), {"clone", "origin", "shop"}));
        QCOMPARE(versionIds(d.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(d.path()));
        r = runCli(c.path(), {"pull", "shop", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("objectsDownloaded").toInt(), uploaded);
        // The next push to it no longer announces an upgrade.
        QVERIFY(writeTree(dir("loose3"), 3, 120, 512 * 1024));
        ok(runCli(a.path(), {"commit", "shop", "--from-dir", dir("loose3"), "-m", "v3"}));
        r = runCli(a.path(), {"push", "shop", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("layoutUpgraded").toBool(), false);
    }

    // A change to one file among many in one folder sends the part of the folder's node that holds it and
    // the list of parts, not the whole node (TreeObject.h), and a pull fetches as little; a clone reads it whole.
    void oneChangeInALargeNodeSendsItsPart()
    {
        TestHome a, b, c;
        const QString data = dir("wide");
        QDir().mkpath(data);
        const auto writeFile = [&data](int i, const QByteArray &body) {
            QFile f(data + QStringLiteral("/item%1.json").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
        };
        for (int i = 0; i < 2000; ++i)
            writeFile(i, QStringLiteral("{\"i\": %1}").arg(i).toUtf8());
        ok(runCli(a.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("wide")).toString()}));
        ok(runCli(a.path(), {"commit", "wide", "--from-dir", data, "-m", "v1"}));
        ok(runCli(a.path(), {"push", "wide"}));
        ok(runCli(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("wide")).toString()}));
        ok(runCli(b.path(), {"clone", "origin", "wide"}));

        writeFile(1234, "{\"i\": \"changed\"}");
        ok(runCli(a.path(), {"commit", "wide", "--from-dir", data, "-m", "v2"}));
        CliResult r = runCli(a.path(), {"push", "wide", "--json"});
        ok(r);
        // The node of 2,000 files alone is ~80 KiB compressed; its part, the list of parts (two levels) and
        // the trees above are a few KiB.
        const qint64 sent = qint64(r.json().object().value("bytesUploaded").toDouble());
        QVERIFY2(sent > 0 && sent < 12 * 1024, qPrintable(QString::number(sent)));
        r = runCli(b.path(), {"pull", "wide", "--json"});
        ok(r);
        const qint64 fetched = qint64(r.json().object().value("bytesDownloaded").toDouble());
        QVERIFY2(fetched > 0 && fetched < 12 * 1024, qPrintable(QString::number(fetched)));
        QCOMPARE(versionIds(b.path(), "wide"), versionIds(a.path(), "wide"));
        QVERIFY(fsckOk(b.path()));

        ok(runCli(c.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("wide")).toString()}));
        ok(runCli(c.path(), {"clone", "origin", "wide"}));
        QVERIFY(fsckOk(c.path()));
        r = runCli(c.path(), {"diff", "wide:1", "wide:2", "--json"});
        ok(r);
        QVERIFY2(cliText(r).contains("item1234.json") && !cliText(r).contains("item1233.json"), qPrintable(cliText(r)));
        r = runCli(c.path(), {"inspect", "wide:2", "--json"});
        ok(r);
        QCOMPARE(cliText(r).count(QLatin1String("item")) >= 2000, true);

        // Both the pod file and a bundle say their trees are in parts, so PodDeck from before parts says
        // "written by a newer PodDeck" instead of calling them damaged; a pod without such trees stays as it was.
        const auto podFormat = [this](const QString &remote, const QString &pod) {
            QDir gens(remoteDir(remote) + QStringLiteral("/pods/") + pod + QStringLiteral(".gen"));
            QFile f(gens.filePath(gens.entryList({"*.json"}, QDir::Files, QDir::Name).last()));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value("formatVersion").toInt() : -1;
        };
        QCOMPARE(podFormat("wide", "wide"), 3);
        const QString bundle = dir("wide.pod");
        ok(runCli(a.path(), {"export", "wide", "--all", "-o", bundle}));
        QProcess tar;
        tar.start("tar", {"-xOf", bundle, "manifest.json"});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(QJsonDocument::fromJson(tar.readAllStandardOutput()).object().value("formatVersion").toInt(), 2);
        TestHome d;
        ok(runCli(d.path(), {"import", bundle}));
        QVERIFY(fsckOk(d.path()));

        QVERIFY(writeTree(dir("narrow"), 1, 20, 0));
        ok(runCli(a.path(), {"commit", "narrow", "--from-dir", dir("narrow"), "-m", "v1"}));
        ok(runCli(a.path(), {"push", "narrow"}));
        QCOMPARE(podFormat("wide", "narrow"), 2);
        ok(runCli(a.path(), {"export", "narrow", "-o", dir("narrow.pod")}));
        tar.start("tar", {"-xOf", dir("narrow.pod"), "manifest.json"});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(QJsonDocument::fromJson(tar.readAllStandardOutput()).object().value("formatVersion").toInt(), 1);
    }

    // A pack no pod names (here: its pod's file went, as when a push loses the race to it) that a push needs
    // only a little of is not named by that push: the objects it needs are sent again, so no named pack is
    // mostly garbage, and `gc --remote` removes the leftover whole. A clone of the new pod reads it all.
    void thinLeftoverPackIsNotNamed()
    {
        TestHome a, c;
        setUpPod(a.path(), "leftover", "scratch", 1); // 120 small files and a 512 KiB blob
        ok(runCli(a.path(), {"push", "scratch"}));
        const QStringList leftover = packFiles("leftover", "*.pack");
        QCOMPARE(leftover.size(), 1);
        QVERIFY(QDir(remoteDir("leftover") + QStringLiteral("/pods/scratch.gen")).removeRecursively());
        QFile::remove(remoteDir("leftover") + QStringLiteral("/pods/scratch.json"));

        // The same small files without the blob: most of the leftover's bytes are not needed.
        QVERIFY(writeTree(dir("leftover-shop"), 1, 120, 0));
        ok(runCli(a.path(), {"commit", "shop", "--from-dir", dir("leftover-shop"), "-m", "v"}));
        CliResult r = runCli(a.path(), {"push", "shop", "--json"});
        ok(r);
        const QJsonObject push = r.json().object();
        QVERIFY2(push.value("objectsResent").toInt() > 100, qPrintable(cliText(r)));
        QCOMPARE(push.value("objectsPresent").toInt(), 0);
        QCOMPARE(push.value("objectsUploaded").toInt(), push.value("objectsConsidered").toInt());
        const QString leftoverId = leftover.first().chopped(5);
        QDir pods(remoteDir("leftover") + QStringLiteral("/pods/shop.gen"));
        const QStringList generations = pods.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(!generations.isEmpty());
        QFile podFile(pods.filePath(generations.last()));
        QVERIFY(podFile.open(QIODevice::ReadOnly));
        QVERIFY2(!podFile.readAll().contains(leftoverId.toLatin1()), "the pod file names the leftover pack");

        r = runCli(a.path(), {"gc", "--remote", "origin", "--prune-now", "--json"});
        ok(r);
        QVERIFY2(r.json().object().value("removedPacks").toArray().contains(leftoverId), qPrintable(cliText(r)));
        QVERIFY(!packFiles("leftover", "*.pack").contains(leftover.first()));

        ok(runCli(c.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("leftover")).toString()}));
        ok(runCli(c.path(), {"clone", "origin", "shop"}));
        QCOMPARE(versionIds(c.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(c.path()));
        r = runCli(a.path(), {"remote", "fsck", "origin"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
    }

    // A leftover pack a push needs nearly all of (a push that resumes after a kill, or one that names
    // the same state again) is named, not sent again.
    void fullLeftoverPackIsReused()
    {
        TestHome a;
        setUpPod(a.path(), "reuse", "scratch", 1);
        ok(runCli(a.path(), {"push", "scratch"}));
        QVERIFY(QDir(remoteDir("reuse") + QStringLiteral("/pods/scratch.gen")).removeRecursively());
        QFile::remove(remoteDir("reuse") + QStringLiteral("/pods/scratch.json"));
        ok(runCli(a.path(), {"commit", "shop", "--from-dir", dir("reuse1"), "-m", "the same state"}));
        CliResult r = runCli(a.path(), {"push", "shop", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("objectsResent").toInt(), 0);
        QCOMPARE(r.json().object().value("objectsUploaded").toInt(), 1); // its version object only
    }

    // A pull of what a push added reads the packs that push wrote ahead, in one read here, instead of one
    // round trip per level of the tree; a pod file without that record (older PodDeck) still pulls by the walk.
    void pullReadsAheadThePacksItsPushesWrote()
    {
        TestHome a, b;
        const QString data = dir("ahead");
        const auto write = [&](int generation) {
            for (int i = 0; i < 40; ++i) {
                const QString sub = data + QStringLiteral("/l1-%1/l2-%2/l3").arg(i % 4).arg(i % 3);
                QDir().mkpath(sub);
                QFile f(sub + QStringLiteral("/f%1.json").arg(i));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QStringLiteral("{\"i\": %1, \"g\": %2}").arg(i).arg(i % 5 == 0 ? generation : 0).toUtf8());
            }
        };
        write(1);
        const QString url = QUrl::fromLocalFile(remoteDir("ahead")).toString();
        ok(runCli(a.path(), {"remote", "add", "origin", url}));
        ok(runCli(b.path(), {"remote", "add", "origin", url}));
        ok(runCli(a.path(), {"commit", "deep", "--from-dir", data, "-m", "v1"}));
        ok(runCli(a.path(), {"push", "deep"}));
        ok(runCli(b.path(), {"clone", "origin", "deep"}));

        write(2);
        ok(runCli(a.path(), {"commit", "deep", "--from-dir", data, "-m", "v2"}));
        ok(runCli(a.path(), {"push", "deep"}));
        CliResult r = runCli(b.path(), {"pull", "deep", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 1);
        const int downloaded = r.json().object().value("objectsDownloaded").toInt();
        QVERIFY(downloaded > 8);
        QCOMPARE(r.json().object().value("requests").toInt(), 1);
        QCOMPARE(versionIds(b.path(), "deep"), versionIds(a.path(), "deep"));
        QVERIFY(fsckOk(b.path()));

        // The same change again, its pod file stripped of "pushes": the walk reads a level at a time.
        write(3);
        ok(runCli(a.path(), {"commit", "deep", "--from-dir", data, "-m", "v3"}));
        ok(runCli(a.path(), {"push", "deep"}));
        QDir gens(remoteDir("ahead") + QStringLiteral("/pods/deep.gen"));
        const QString newest = gens.filePath(gens.entryList({"*.json"}, QDir::Files, QDir::Name).last());
        QFile podFile(newest);
        QVERIFY(podFile.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(podFile.readAll()).object();
        podFile.close();
        QVERIFY(o.contains("pushes"));
        o.remove("pushes");
        QVERIFY(podFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        podFile.write(QJsonDocument(o).toJson());
        podFile.close();
        r = runCli(b.path(), {"pull", "deep", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("objectsDownloaded").toInt(), downloaded);
        QVERIFY2(r.json().object().value("requests").toInt() >= 6, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "deep"), versionIds(a.path(), "deep"));
        QVERIFY(fsckOk(b.path()));
    }

    // A split node whose parts do not add up (here: a part under another entry's name, every object intact
    // and hashing to its id) is refused by a pull before anything is published, not found later on read.
    void pullRefusesASplitNodeWhosePartsDoNotAddUp()
    {
        TestHome a, b;
        {
            ObjectStore store(a.path());
            Resource bucket;
            bucket.path = ResourcePath::make("s3", "000000000000", "us-east-1", "bucket", "b");
            bucket.document = QJsonObject{{"Bucket", "b"}};
            const ObjectId res = *store.put(bucket.toObjectBytes());
            const auto node = [&](TreeObject::Kind kind, const QList<QPair<QString, ObjectId>> &entries) {
                TreeObject t;
                for (const auto &[name, id] : entries)
                    t.entries.append({kind, id, name});
                return *store.put(t.toBytes());
            };
            const ObjectId ab = node(TreeObject::Kind::Resource, {{"a", res}, {"b", res}});
            const ObjectId cd = node(TreeObject::Kind::Resource, {{"c", res}, {"d", res}});
            Version v;
            v.root = node(TreeObject::Kind::Part, {{"a", ab}, {"x", cd}});
            v.message = "crafted";
            v.created = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
            v.id = v.computeId();
            QVERIFY(store.put(v.toObjectBytes()).ok());
            Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(a.path());
            QVERIFY(catalogue.ok());
            Result<QList<Version>> published = publishVersions(**catalogue, QStringLiteral("crafted"), {v}, store);
            QVERIFY2(published.ok(), qPrintable(published.error().message));
        }
        ok(runCli(a.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("crafted")).toString()}));
        ok(runCli(a.path(), {"push", "crafted"}));
        ok(runCli(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("crafted")).toString()}));
        const CliResult r = runCli(b.path(), {"clone", "origin", "crafted"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("does not start at 'x'") && cliText(r).contains("nothing was added"), qPrintable(cliText(r)));
        QVERIFY(versionIds(b.path(), "crafted").isEmpty());
    }

    // `gc --remote NAME --grace D` sets how old an unused pack must be for each step; misuse says what to do.
    void gcGraceOption()
    {
        TestHome a;
        setUpPod(a.path(), "grace", "shop", 1);
        ok(runCli(a.path(), {"push", "shop"}));
        CliResult r = runCli(a.path(), {"gc", "--remote", "origin", "--grace", "2d", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("packsInUse").toInt(), 1);
        r = runCli(a.path(), {"gc", "--grace", "1h"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(cliText(r).contains("--grace goes with --remote"), qPrintable(cliText(r)));
        r = runCli(a.path(), {"gc", "--remote", "origin", "--grace", "0"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(cliText(r).contains("--prune-now"), qPrintable(cliText(r)));
        r = runCli(a.path(), {"gc", "--remote", "origin", "--grace", "soon"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(cliText(r).contains("is not a duration"), qPrintable(cliText(r)));
    }

    // An object already in any pack is not sent again, whichever pod it came with; the pod file of the
    // second pod names the first pod's pack, so a clone of it alone works.
    void dedupAcrossPods()
    {
        TestHome a, b;
        setUpPod(a.path(), "dedup", "shop", 1);
        CliResult r = runCli(a.path(), {"push", "shop", "--json"});
        ok(r);
        const int first = r.json().object().value("objectsUploaded").toInt();
        ok(runCli(a.path(), {"commit", "copy", "--from-dir", dir("dedup1"), "-m", "same state, another pod"}));
        r = runCli(a.path(), {"push", "copy", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("objectsUploaded").toInt(), 1); // its version object only
        QCOMPARE(r.json().object().value("objectsPresent").toInt(), first - 1);
        QCOMPARE(packFiles("dedup", "*.pack").size(), 2);

        ok(runCli(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("dedup")).toString()}));
        r = runCli(b.path(), {"clone", "origin", "copy", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("objectsDownloaded").toInt(), first);
        QCOMPARE(versionIds(b.path(), "copy"), versionIds(a.path(), "copy"));
        QVERIFY(fsckOk(b.path()));
    }

    // remote fsck passes on a healthy remote and names each kind of damage: a changed pack, a damaged
    // index, a missing pack; a pack without an index (an interrupted push) is only a note.
    void fsckFindsDamage()
    {
        TestHome a;
        setUpPod(a.path(), "fsck", "shop", 1);
        ok(runCli(a.path(), {"push", "shop"}));
        QVERIFY(writeTree(dir("fsck2"), 2, 120, 512 * 1024));
        ok(runCli(a.path(), {"commit", "shop", "--from-dir", dir("fsck2"), "-m", "v2"}));
        ok(runCli(a.path(), {"push", "shop"}));
        const QStringList packs = packFiles("fsck", "*.pack");
        QCOMPARE(packs.size(), 2);
        CliResult r = runCli(a.path(), {"remote", "fsck", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("packs").toInt(), 2);
        QVERIFY(r.json().object().value("objects").toInt() > 120);

        const QString packsDir = remoteDir("fsck") + QStringLiteral("/packs/");
        // A pack without its index: a push killed between the two. Harmless.
        QFile leftover(packsDir + QString(64, u'e') + QStringLiteral(".pack"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("partial");
        leftover.close();
        r = runCli(a.path(), {"remote", "fsck", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("notes").toArray().size(), 1);

        auto flip = [](const QString &path, qsizetype at) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray b = f.readAll();
            b[at] = char(b.at(at) ^ 0x04);
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(b), b.size());
        };
        flip(packsDir + packs[0], QFileInfo(packsDir + packs[0]).size() / 2);
        flip(packsDir + QString(packs[1]).replace(".pack", ".idx"), 30);
        r = runCli(a.path(), {"remote", "fsck", "--json"});
        QVERIFY2(r.exitCode != 0, qPrintable(cliText(r)));
        const QStringList problems = r.json().object().value("problems").toVariant().toStringList();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.filter(packs[0]).filter("is damaged").size() == 1, qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.filter(QString(packs[1]).replace(".pack", ".idx")).filter("checksum").size() == 1,
                 qPrintable(problems.join(u'\n')));
        // A clone from it fails and adds nothing.
        TestHome b;
        ok(runCli(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("fsck")).toString()}));
        r = runCli(b.path(), {"clone", "origin", "shop"});
        QVERIFY(r.exitCode != 0);
        QVERIFY(versionIds(b.path(), "shop").isEmpty());

        QVERIFY(QFile::remove(packsDir + packs[0]));
        r = runCli(a.path(), {"remote", "fsck"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains(packs[0] + " is missing"), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("push the affected pods again"), qPrintable(cliText(r)));
    }

    // gc --remote lists packs no pod names and removes nothing: the packs of pods, and those a push in
    // progress may still name, stay.
    void gcRemoteNeverRemovesNeededPacks()
    {
        TestHome a;
        setUpPod(a.path(), "gc", "shop", 1);
        ok(runCli(a.path(), {"push", "shop"}));
        // An orphan: a complete pack with its index that no pod file names (as a push killed before its
        // pod file leaves behind).
        const QString packsDir = remoteDir("gc") + QStringLiteral("/packs/");
        const QStringList named = packFiles("gc", "*");
        QCOMPARE(named.size(), 2);
        TestHome other;
        setUpPod(other.path(), "gc-orphan-src", "tmp", 7, 10);
        ok(runCli(other.path(), {"push", "tmp"}));
        for (const QString &f : packFiles("gc-orphan-src", "*"))
            QVERIFY(QFile::copy(remoteDir("gc-orphan-src") + QStringLiteral("/packs/") + f, packsDir + f));
        const QStringList before = packFiles("gc", "*");
        QCOMPARE(before.size(), 4);

        CliResult r = runCli(a.path(), {"gc", "--remote", "origin", "--json"});
        ok(r);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("packs").toInt(), 2);
        QCOMPARE(o.value("packsInUse").toInt(), 1);
        QCOMPARE(o.value("unusedPacks").toArray().size(), 1);
        QVERIFY(o.value("reclaimableBytes").toDouble() > 0);
        QCOMPARE(packFiles("gc", "*"), before);
        ok(runCli(a.path(), {"remote", "fsck"}));

        // A day later the orphan is retired: its index goes (so no push reuses it), the pack stays a day more.
        const auto age = [&](const QString &name, int days) {
            QFile f(packsDir + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days), QFileDevice::FileModificationTime));
        };
        QStringList orphan;
        for (const QString &f : before)
            if (!named.contains(f))
                orphan.append(f);
        QCOMPARE(orphan.size(), 2);
        for (const QString &f : before)
            age(f, 2); // the pod's own packs are as old: age never removes a named pack
        // And a pack a push killed while uploading it left without its index, two days ago.
        QVERIFY(QFile::copy(packsDir + orphan.filter(".pack").first(), packsDir + QString(64, u'a') + ".pack"));
        age(QString(64, u'a') + ".pack", 2);
        r = runCli(a.path(), {"gc", "--remote", "origin", "--json"});
        ok(r);
        const QString orphanId = orphan.first().section(u'.', 0, 0);
        QCOMPARE(r.json().object().value("retiredPacks").toArray(), QJsonArray{orphanId});
        QCOMPARE(r.json().object().value("removedPacks").toArray(), QJsonArray{QString(64, u'a')});
        QVERIFY(!QFile::exists(packsDir + orphanId + ".idx"));
        QVERIFY(QFile::exists(packsDir + orphanId + ".pack") && QFile::exists(packsDir + orphanId + ".gone"));
        r = runCli(a.path(), {"remote", "fsck"});
        ok(r);
        QVERIFY2(cliText(r).contains("is retired"), qPrintable(cliText(r))); // not taken for an interrupted push
        // The next gc within the day keeps the retired pack; one a day after the mark removes it.
        r = runCli(a.path(), {"gc", "--remote", "origin", "--json"});
        QCOMPARE(r.json().object().value("removed").toInt(), 0);
        age(orphanId + ".gone", 2);
        r = runCli(a.path(), {"gc", "--remote", "origin", "--json"});
        QCOMPARE(r.json().object().value("removedPacks").toArray(), QJsonArray{orphanId});
        QCOMPARE(packFiles("gc", "*"), named);
        ok(runCli(a.path(), {"remote", "fsck"}));
        TestHome b;
        ok(runCli(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(remoteDir("gc")).toString()}));
        ok(runCli(b.path(), {"clone", "origin", "shop"}));
        ok(runCli(b.path(), {"fsck"}));
    }

    // gc --remote --prune-now takes both steps at once (for when no push runs).
    void gcRemotePruneNowRemovesUnusedPacksAtOnce()
    {
        TestHome a;
        setUpPod(a.path(), "gcnow", "shop", 1);
        ok(runCli(a.path(), {"push", "shop"}));
        const QStringList named = packFiles("gcnow", "*");
        TestHome other;
        setUpPod(other.path(), "gcnow-src", "tmp", 7, 10);
        ok(runCli(other.path(), {"push", "tmp"}));
        for (const QString &f : packFiles("gcnow-src", "*"))
            QVERIFY(QFile::copy(remoteDir("gcnow-src") + "/packs/" + f, remoteDir("gcnow") + "/packs/" + f));
        CliResult r = runCli(a.path(), {"gc", "--remote", "origin", "--prune-now", "--json"});
        ok(r);
        QCOMPARE(r.json().object().value("removed").toInt(), 1);
        QCOMPARE(packFiles("gcnow", "*"), named);
        ok(runCli(a.path(), {"remote", "fsck"}));
    }
};

QTEST_GUILESS_MAIN(TestRemotePacks)
#include "tst_remote_packs.moc"
