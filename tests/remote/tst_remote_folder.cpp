#include "RemoteStories.h"
#include "remote/FolderRemote.h"

#include <QDirIterator>
#include <QMutex>
#include <QThreadPool>

#include <atomic>

using namespace poddeck;
using namespace poddeck::test;

// The remote stories against a folder remote (file:///path), plus its lock-free conditional update.
class TestRemoteFolder : public QObject, public RemoteStories
{
    Q_OBJECT

    QString remoteDir(const QString &name) const { return m_work.filePath(QStringLiteral("remotes/") + name); }

    QString remoteUrl(const QString &name) override
    {
        return QUrl::fromLocalFile(remoteDir(name)).toString();
    }

    QStringList remoteKeys(const QString &name) override
    {
        QStringList out;
        const QDir root(remoteDir(name));
        QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(root.relativeFilePath(it.next()));
        return out;
    }

    QString corruptOnePack(const QString &name) override
    {
        const QDir packs(remoteDir(name) + QStringLiteral("/packs"));
        const QStringList files = packs.entryList({QStringLiteral("*.pack")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            return {};
        QFile f(packs.filePath(files.first()));
        if (!f.open(QIODevice::ReadWrite))
            return {};
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        if (!f.seek(0) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    void teammates() { storyTeammates(); }
    void concurrentPush() { storyConcurrentPush(); }
    void corruptObject() { storyCorruptObject(); }
    void packedClone() { storyPackedClone(); }
    void rangedPull() { storyRangedPull(); }
    void shareExpiry() { storyShareExpiry(); }
    void shareLink() { storyShare(false); }
    void registry() { storyRegistry(); }

    // Shares written before ids held their expiry (32 hex digits) are deleted once they are 7 days old.
    void legacySharesExpireAfterAWeek()
    {
        TestHome a;
        const QString url = remoteUrl(QStringLiteral("legacy"));
        addRemote(a.path(), "origin", url);
        QVERIFY(QDir().mkpath(remoteDir("legacy") + QStringLiteral("/shares")));
        const QString old = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QString fresh = QStringLiteral("fedcba9876543210fedcba9876543210");
        for (const QString &id : {old, fresh}) {
            QFile f(remoteDir("legacy") + QStringLiteral("/shares/") + id + QStringLiteral(".pod"));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("bundle") == 6 && f.flush());
            if (id == old)
                QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-8), QFileDevice::FileModificationTime));
        }
        const CliResult r = cli(a.path(), {"gc", "--remote", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("sharesRemoved").toArray(), QJsonArray{old});
        QCOMPARE(shareIds(QStringLiteral("legacy")), QStringList{fresh});
    }

    // Many writers race to replace one pod file from the same generation: exactly one wins each round.
    void conditionalWriteRace()
    {
        Result<RemoteUrl> url = RemoteUrl::parse(remoteUrl(QStringLiteral("cas")));
        QVERIFY(url.ok());
        Result<std::unique_ptr<FolderRemote>> remote = FolderRemote::open(*url);
        QVERIFY(remote.ok());
        FolderRemote &r = **remote;
        Result<QString> created = r.writePod("p", "first", QString());
        QVERIFY(created.ok());
        QCOMPARE(r.writePod("p", "again", QString()).error().code, Error::Code::Conflict);
        QString tag = *created;
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        for (int round = 0; round < 20; ++round) {
            std::atomic<int> wins{0}, conflicts{0};
            QMutex mutex;
            QString winnerTag;
            for (int w = 0; w < 8; ++w) {
                pool.start([&, w] {
                    Result<QString> t = r.writePod("p", QByteArray::number(round * 100 + w), tag);
                    if (t) {
                        ++wins;
                        QMutexLocker lock(&mutex);
                        winnerTag = *t;
                    } else if (t.error().code == Error::Code::Conflict) {
                        ++conflicts;
                    }
                });
            }
            pool.waitForDone();
            QCOMPARE(wins.load(), 1);
            QCOMPARE(conflicts.load(), 7);
            Result<RemoteDocument> doc = r.readPod("p");
            QVERIFY(doc.ok());
            QCOMPARE(doc->tag, winnerTag);
            tag = winnerTag;
        }
        // Old generations are pruned; a writer holding a pruned tag is refused, not silently lost.
        QCOMPARE(r.writePod("p", "stale", QStringLiteral("3")).error().code, Error::Code::Conflict);
        QCOMPARE(r.readPod("p")->tag, tag);
        QCOMPARE(r.listPods().value(), QStringList{"p"});
        QVERIFY(QFile::exists(remoteDir("cas") + QStringLiteral("/pods/p.json")));
    }

    void renameNoReplace()
    {
        const QString a = m_work.filePath("a"), b = m_work.filePath("b");
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::WriteOnly));
        fa.write("a");
        fa.close();
        QVERIFY(fb.open(QIODevice::WriteOnly));
        fb.write("b");
        fb.close();
        QCOMPARE(FolderRemote::renameNoReplace(a, b).error().code, Error::Code::Conflict);
        QVERIFY(QFile::exists(a));
        QVERIFY(QFile::remove(b));
        QVERIFY(FolderRemote::renameNoReplace(a, b).ok());
        QVERIFY(!QFile::exists(a));
    }
};

QTEST_GUILESS_MAIN(TestRemoteFolder)
#include "tst_remote_folder.moc"
