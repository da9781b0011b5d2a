// The stat cache of directory commits: unchanged files are taken from it, and it is never trusted when it
// could be wrong (content changed with size and mtime kept, racily clean files, a deleted version).
#include "jobs/CommitDirectory.h"
#include "jobs/DirectoryStatCache.h"
#include "jobs/JobContext.h"
#include "state/Resource.h"
#include "store/Catalogue.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "support/TestHome.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace poddeck;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, qint64 ageSeconds)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    if (ageSeconds > 0) {
        // Old enough not to be "racily clean".
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        f.close();
    }
}

QString filePath(const QString &rel)
{
    return QStringLiteral("files/000000000000/global/file/") + rel;
}

} // namespace

class TestDirStatCache : public QObject
{
    Q_OBJECT

    struct Setup
    {
        test::TestHome home;
        QString dir;
        Version commit(const QString &message = QStringLiteral("v"))
        {
            JobContext context;
            Result<Version> v = commitDirectory({home.path(), QStringLiteral("p"), dir, message, QStringLiteral("t@h")}, context);
            if (!v)
                qWarning() << v.error().message;
            return v ? *v : Version();
        }
        QMap<QString, ObjectId> resources(const Version &v)
        {
            ObjectStore store(home.path());
            Result<QMap<QString, ObjectId>> flat = flattenStateTree(store, v.root);
            return flat ? *flat : QMap<QString, ObjectId>();
        }
        QByteArray content(const Version &v, const QString &rel)
        {
            ObjectStore store(home.path());
            Result<QByteArray> bytes = store.get(resources(v).value(filePath(rel)));
            if (!bytes)
                return {};
            Resource r;
            if (!Resource::fromObjectBytes(*bytes, &r))
                return {};
            Result<QByteArray> blob = store.getBlob(r.attachments.value(QStringLiteral("content")));
            return blob ? *blob : QByteArray();
        }
    };

private Q_SLOTS:
    void unchangedFilesComeFromTheCache()
    {
        Setup s;
        s.dir = s.home.file("tree");
        QDir().mkpath(s.dir);
        writeFile(s.dir + "/a.txt", "alpha", 3600);
        writeFile(s.dir + "/b.txt", "bravo", 3600);
        const Version v1 = s.commit();
        QVERIFY(!v1.id.isNull());
        DirectoryStatCache cache = DirectoryStatCache::load(s.home.path(), s.dir);
        QCOMPARE(cache.size(), 2);
        QCOMPARE(cache.version(), v1.id);
        QVERIFY(QFileInfo(DirectoryStatCache::fileFor(s.home.path(), s.dir)).permissions()
                == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

        // Prove the second commit takes a.txt from the cache, not from the disk: point a.txt's entry at
        // b.txt's resource object. Its stat is unchanged, so the commit must use that object.
        const QMap<QString, ObjectId> r1 = s.resources(v1);
        const DirectoryStatCache::Stat aStat = DirectoryStatCache::statFile(s.dir + "/a.txt");
        cache.record("a.txt", {aStat, r1.value(filePath("b.txt")), 5});
        QVERIFY(cache.save(s.home.path(), s.dir, "p", v1.id, QDateTime::currentMSecsSinceEpoch() * 1'000'000).ok());
        const Version v2 = s.commit();
        QCOMPARE(s.resources(v2).value(filePath("a.txt")), r1.value(filePath("b.txt")));
    }

    void changedContentIsReadAgainEvenWithSizeAndMtimeKept()
    {
        Setup s;
        s.dir = s.home.file("tree");
        QDir().mkpath(s.dir);
        writeFile(s.dir + "/a.txt", "alpha", 3600);
        const Version v1 = s.commit();
        QCOMPARE(s.content(v1, "a.txt"), QByteArray("alpha"));
        // Same size, and the old mtime put back: only ctime (and the content) tell.
        struct stat before{};
        QCOMPARE(::stat(QFile::encodeName(s.dir + "/a.txt").constData(), &before), 0);
        writeFile(s.dir + "/a.txt", "ALPHA", 0);
        const timespec times[2] = {before.st_atim, before.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(s.dir + "/a.txt").constData(), times, 0), 0);
        const Version v2 = s.commit();
        QCOMPARE(s.content(v2, "a.txt"), QByteArray("ALPHA"));
    }

    void racilyCleanFilesAreNotRecorded()
    {
        Setup s;
        s.dir = s.home.file("tree");
        QDir().mkpath(s.dir);
        writeFile(s.dir + "/old.txt", "old", 3600);
        writeFile(s.dir + "/new.txt", "new", 0); // written just now: a later write may keep its mtime
        QVERIFY(!s.commit().id.isNull());
        DirectoryStatCache cache = DirectoryStatCache::load(s.home.path(), s.dir);
        QCOMPARE(cache.size(), 1);
        QVERIFY(cache.match("old.txt", DirectoryStatCache::statFile(s.dir + "/old.txt")));
        QVERIFY(!cache.match("new.txt", DirectoryStatCache::statFile(s.dir + "/new.txt")));
    }

    void aDeletedVersionInvalidatesTheCache()
    {
        Setup s;
        s.dir = s.home.file("tree");
        QDir().mkpath(s.dir);
        writeFile(s.dir + "/a.txt", "alpha", 3600);
        writeFile(s.dir + "/b.txt", "bravo", 3600);
        const Version v1 = s.commit();
        const QMap<QString, ObjectId> r1 = s.resources(v1);
        DirectoryStatCache cache = DirectoryStatCache::load(s.home.path(), s.dir);
        cache.record("a.txt", {DirectoryStatCache::statFile(s.dir + "/a.txt"), r1.value(filePath("b.txt")), 5});
        QVERIFY(cache.save(s.home.path(), s.dir, "p", v1.id, QDateTime::currentMSecsSinceEpoch() * 1'000'000).ok());
        {
            Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(s.home.path());
            QVERIFY(cat.ok());
            QVERIFY((*cat)->deleteVersion("p", 1).ok());
        }
        // The cache's version is gone, so nothing it says is used: a.txt is read from the disk.
        const Version v2 = s.commit();
        QCOMPARE(s.content(v2, "a.txt"), QByteArray("alpha"));
        QCOMPARE(DirectoryStatCache::load(s.home.path(), s.dir).version(), v2.id);
    }

    void aDamagedCacheIsIgnored()
    {
        Setup s;
        s.dir = s.home.file("tree");
        QDir().mkpath(s.dir);
        writeFile(s.dir + "/a.txt", "alpha", 3600);
        QVERIFY(!s.commit().id.isNull());
        QFile f(DirectoryStatCache::fileFor(s.home.path(), s.dir));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() - 7);
        f.close();
        QCOMPARE(DirectoryStatCache::load(s.home.path(), s.dir).size(), 0);
        writeFile(s.dir + "/a.txt", "again", 3600);
        QCOMPARE(s.content(s.commit(), "a.txt"), QByteArray("again"));
    }
};

QTEST_GUILESS_MAIN(TestDirStatCache)
#include "tst_dirstatcache.moc"
