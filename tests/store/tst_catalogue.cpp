#include "store/Catalogue.h"
#include "support/TestHome.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

#include <latch>

using namespace poddeck;
using namespace Qt::StringLiterals;
using poddeck::test::TestHome;

namespace {

Version makeVersion(const QString &message, const QList<ObjectId> &parents = {},
                    const QStringList &services = {u"s3"_s}, qint64 bytes = 100)
{
    Version v;
    v.root = ObjectId::hash(message.toUtf8() + "/root");
    v.parents = parents;
    v.message = message;
    v.author = u"Tess Ter <tess@example.com>"_s;
    v.created = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 123), Qt::UTC).addSecs(message.size());
    v.emulatorKind = u"moto"_s;
    v.emulatorVersion = u"5.0.9"_s;
    v.services = services;
    v.resourceCount = 7;
    v.bytes = bytes;
    v.id = v.computeId();
    return v;
}

// Takes a catalogue back to before schema 4: no pod_summary table and none of its triggers.
template<typename Db>
bool dropPodSummaries(Db &raw)
{
    for (const char *trigger : {"pod_summary_version_added", "pod_summary_version_removed", "pod_summary_version_changed",
                                "pod_summary_pod_removed"})
        if (!raw.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))))
            return false;
    return raw.exec(QStringLiteral("DROP TABLE pod_summary"));
}

// A plain connection to a database file, to look at (or prepare) it the way another tool would.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return u"error: "_s + q.lastError().text();
        return q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<Catalogue> openOrFail(const QString &home)
{
    Result<std::unique_ptr<Catalogue>> c = Catalogue::open(home);
    if (!c) {
        qWarning("%s", qPrintable(c.error().message));
        return {};
    }
    return std::move(*c);
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openCreatesHomeAndSchema();
    void reopenKeepsData();
    void emptyFileIsMigrated();
    void newerSchemaIsRefusedUntouched();
    void notSqliteIsRefused();
    void foreignSqliteIsRefused();
    void connectionIsRemoved();
    void addVersionsNumbersAndSkipsKnown();
    void addVersionsIsOneTransaction();
    void addVersionsRejectsBadInput();
    void sameIdInTwoPods();
    void deletedNumbersAreNotReused();
    void versionsRoundTrip();
    void missingPodAndVersionMessages();
    void podInfo();
    void schema2HomeIsMigrated();
    void podSummariesFollowTheVersions();
    void describePod();
    void descriptionChecks_data();
    void descriptionChecks();
    void createRenameDeletePods();
    void instanceHeads();
    void refs();
    void settings();
    void remotes();
    void reachableRootsAndAllVersions();
    void concurrentWriters();
    void validatePodName_data();
    void validatePodName();

private:
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<Catalogue> m_catalogue;
};

// Most cases get a fresh home and an open catalogue; the ones about opening make their own.
void TestCatalogue::init()
{
    m_home = std::make_unique<TestHome>();
    m_catalogue = openOrFail(m_home->path());
    QVERIFY(m_catalogue);
}

void TestCatalogue::cleanup()
{
    m_catalogue.reset();
    m_home.reset();
}

void TestCatalogue::openCreatesHomeAndSchema()
{
    TestHome home;
    const QString dir = home.file(u"nested/home"_s);
    {
        auto c = openOrFail(dir);
        QVERIFY(c);
        QCOMPARE(c->path(), dir + u"/catalogue.db"_s);
        QVERIFY(QFile::exists(c->path()));
    }
    QVERIFY(Catalogue::latestSchemaVersion() >= 1);
    RawDb raw(dir + u"/catalogue.db"_s);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Catalogue::latestSchemaVersion());
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.value(u"PRAGMA application_id"_s).toLongLong(), 0x50446B43);
    for (const char *table : {"pods", "versions", "version_parents", "refs", "instances", "instance_heads",
                              "remotes", "remote_refs", "settings"}) {
        QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(
                               QLatin1String(table)))
                     .toInt(),
                 1);
    }
}

void TestCatalogue::reopenKeepsData()
{
    TestHome home;
    const Version v = makeVersion(u"one"_s);
    {
        auto c = openOrFail(home.path());
        QVERIFY(c);
        QCOMPARE(c->addVersions(u"demo"_s, {v}).value(), 1);
        QVERIFY(c->setSetting(u"k"_s, u"v"_s).ok());
    }
    auto c = openOrFail(home.path());
    QVERIFY(c);
    QCOMPARE(c->version(u"demo"_s, 1)->id, v.id);
    QCOMPARE(c->setting(u"k"_s).value(), u"v"_s);
}

void TestCatalogue::emptyFileIsMigrated()
{
    TestHome home;
    QFile f(home.file(u"catalogue.db"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    {
        auto c = openOrFail(home.path());
        QVERIFY(c);
        QVERIFY(c->addVersions(u"demo"_s, {makeVersion(u"x"_s)}).ok());
    }
    RawDb raw(home.file(u"catalogue.db"_s));
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Catalogue::latestSchemaVersion());
}

void TestCatalogue::newerSchemaIsRefusedUntouched()
{
    TestHome home;
    const QString path = home.file(u"catalogue.db"_s);
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE future (x)"_s));
        QVERIFY(raw.exec(u"INSERT INTO future VALUES (42)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 7"_s));
    }
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());
    Result<std::unique_ptr<Catalogue>> c = Catalogue::open(home.path());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, Error::Code::Unsupported);
    QVERIFY2(c.error().message.contains(u"newer PodDeck (schema 7, this build knows up to %1)"_s.arg(
                 Catalogue::latestSchemaVersion())),
             qPrintable(c.error().message));
    QVERIFY(c.error().message.contains(path));
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-journal"_s));
}

void TestCatalogue::notSqliteIsRefused()
{
    for (const QByteArray &content : {QByteArray("not a database\n"), QByteArray(8192, 'x')}) {
        TestHome home;
        const QString path = home.file(u"catalogue.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Result<std::unique_ptr<Catalogue>> c = Catalogue::open(home.path());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Corrupt);
        QVERIFY2(c.error().message.contains(path), qPrintable(c.error().message));
        QVERIFY2(c.error().message.contains(u"not a PodDeck catalogue"_s), qPrintable(c.error().message));
        QCOMPARE(readAll(path), content);
    }
}

void TestCatalogue::foreignSqliteIsRefused()
{
    TestHome home;
    const QString path = home.file(u"catalogue.db"_s);
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE settings (a, b, c)"_s));
    }
    const QByteArray before = readAll(path);
    Result<std::unique_ptr<Catalogue>> c = Catalogue::open(home.path());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, Error::Code::Corrupt);
    QVERIFY2(c.error().message.contains(u"not a PodDeck catalogue"_s), qPrintable(c.error().message));
    QCOMPARE(readAll(path), before);
}

void TestCatalogue::connectionIsRemoved()
{
    TestHome home;
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto a = openOrFail(home.path());
        auto b = openOrFail(home.path());
        QVERIFY(a && b);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestCatalogue::addVersionsNumbersAndSkipsKnown()
{
    Catalogue *c = m_catalogue.get();
    const Version v1 = makeVersion(u"v1"_s);
    const Version v2 = makeVersion(u"v2"_s, {v1.id});
    const Version v3 = makeVersion(u"v3"_s, {v2.id});
    QCOMPARE(c->addVersions(u"demo"_s, {v1, v2}).value(), 2);
    QCOMPARE(c->addVersions(u"demo"_s, {v1, v2}).value(), 0);
    // Known ones are skipped, a duplicate in the same batch is added once.
    QCOMPARE(c->addVersions(u"demo"_s, {v1, v3, v3}).value(), 1);
    Result<QList<Version>> all = c->versions(u"demo"_s);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, v1.id);
    QCOMPARE(all->at(1).id, v2.id);
    QCOMPARE(all->at(2).id, v3.id);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(all->at(i).number, i + 1);
        QCOMPARE(all->at(i).pod, u"demo"_s);
    }
    QCOMPARE(c->addVersions(u"empty"_s, {}).value(), 0);
    QVERIFY(c->hasPod(u"empty"_s));
}

void TestCatalogue::addVersionsIsOneTransaction()
{
    Catalogue *c = m_catalogue.get();
    QCOMPARE(c->addVersions(u"demo"_s, {makeVersion(u"v1"_s)}).value(), 1);
    {
        RawDb raw(c->path());
        QVERIFY(
            raw.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON versions WHEN NEW.message = 'boom'"
                                    " BEGIN SELECT RAISE(ABORT, 'boom refused'); END")));
    }
    const QList<Version> batch = {makeVersion(u"v2"_s), makeVersion(u"boom"_s)};
    Result<int> r = c->addVersions(u"demo"_s, batch);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Database);
    QVERIFY2(r.error().message.contains(u"boom refused"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"adding versions to pod 'demo'"_s), qPrintable(r.error().message));
    QCOMPARE(c->versions(u"demo"_s)->size(), 1);
    // Nor did the failed batch create a pod or move the number counter.
    QVERIFY(!c->addVersions(u"other"_s, batch).ok());
    QVERIFY(!c->hasPod(u"other"_s));
    QCOMPARE(c->addVersions(u"demo"_s, {batch[0]}).value(), 1);
    QCOMPARE(c->version(u"demo"_s, 0)->number, 2);
}

void TestCatalogue::addVersionsRejectsBadInput()
{
    Catalogue *c = m_catalogue.get();
    QCOMPARE(c->addVersions(u"bad name"_s, {makeVersion(u"a"_s)}).error().code, Error::Code::InvalidArgument);
    Version noRoot = makeVersion(u"a"_s);
    noRoot.root = ObjectId();
    QCOMPARE(c->addVersions(u"demo"_s, {noRoot}).error().code, Error::Code::InvalidArgument);
    QVERIFY(!c->hasPod(u"demo"_s));
}

void TestCatalogue::sameIdInTwoPods()
{
    Catalogue *c = m_catalogue.get();
    const Version shared = makeVersion(u"shared"_s);
    QCOMPARE(c->addVersions(u"a"_s, {makeVersion(u"a0"_s), shared}).value(), 2);
    QCOMPARE(c->addVersions(u"b"_s, {shared}).value(), 1);
    QCOMPARE(c->versionById(u"a"_s, shared.id)->number, 2);
    QCOMPARE(c->versionById(u"b"_s, shared.id)->number, 1);
    QCOMPARE(c->versionById(u"b"_s, shared.id)->pod, u"b"_s);
    QVERIFY(c->deleteVersion(u"a"_s, 2).ok());
    QCOMPARE(c->versionById(u"a"_s, shared.id).error().code, Error::Code::NotFound);
    QCOMPARE(c->versionById(u"b"_s, shared.id)->id, shared.id);
}

void TestCatalogue::deletedNumbersAreNotReused()
{
    Catalogue *c = m_catalogue.get();
    QList<Version> chain;
    for (int i = 1; i <= 5; ++i)
        chain.append(
            makeVersion(u"v%1"_s.arg(i), chain.isEmpty() ? QList<ObjectId>() : QList{chain.last().id}));
    QCOMPARE(c->addVersions(u"demo"_s, chain.mid(0, 3)).value(), 3);
    QVERIFY(c->deleteVersion(u"demo"_s, 3).ok());
    QCOMPARE(c->addVersions(u"demo"_s, {chain[3]}).value(), 1);
    QCOMPARE(c->version(u"demo"_s, 0)->number, 4);
    QVERIFY(c->deleteVersion(u"demo"_s, 4).ok());
    QVERIFY(c->deleteVersion(u"demo"_s, 2).ok());
    // Re-adding a deleted version gives it a new number too.
    QCOMPARE(c->addVersions(u"demo"_s, {chain[2], chain[4]}).value(), 2);
    Result<QList<Version>> all = c->versions(u"demo"_s);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).number, 1);
    QCOMPARE(all->at(1).number, 5);
    QCOMPARE(all->at(1).id, chain[2].id);
    QCOMPARE(all->at(2).number, 6);
    Result<Version> gone = c->version(u"demo"_s, 2);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    QCOMPARE(gone.error().message, u"pod 'demo' has no version 2 (it has 1, 5..6)"_s);
    QCOMPARE(c->deleteVersion(u"demo"_s, 2).error().code, Error::Code::NotFound);
    QCOMPARE(c->deleteVersion(u"demo"_s, 0).error().code, Error::Code::InvalidArgument);
    // Deleting every version leaves the pod, empty, and still counting.
    for (int n : {1, 5, 6})
        QVERIFY(c->deleteVersion(u"demo"_s, n).ok());
    QVERIFY(c->hasPod(u"demo"_s));
    QCOMPARE(c->pod(u"demo"_s)->versionCount, 0);
    QCOMPARE(c->version(u"demo"_s, 0).error().message, u"pod 'demo' has no versions yet"_s);
    QCOMPARE(c->addVersions(u"demo"_s, {chain[0]}).value(), 1);
    QCOMPARE(c->version(u"demo"_s, 0)->number, 7);
}

void TestCatalogue::versionsRoundTrip()
{
    Catalogue *c = m_catalogue.get();
    const Version base = makeVersion(u"base"_s);
    const Version left = makeVersion(u"left"_s, {base.id}, {u"sqs"_s});
    const Version right = makeVersion(u"right"_s, {base.id}, {u"dynamodb"_s});
    Version merge =
        makeVersion(u"merge"_s, {left.id, right.id}, {u"dynamodb"_s, u"s3"_s, u"sqs"_s}, 1234567890123);
    merge.message = u"Merge 'right'\nwith ünïcode, \"quotes\" and 'apostrophes'"_s;
    merge.id = merge.computeId();
    QCOMPARE(c->addVersions(u"demo"_s, {base, left, right, merge}).value(), 4);

    Result<Version> got = c->version(u"demo"_s, 4);
    QVERIFY(got.ok());
    QCOMPARE(got->id, merge.id);
    QCOMPARE(got->root, merge.root);
    QCOMPARE(got->parents, (QList<ObjectId>{left.id, right.id}));
    QCOMPARE(got->message, merge.message);
    QCOMPARE(got->author, merge.author);
    QCOMPARE(got->created, merge.created);
    QCOMPARE(got->created.timeSpec(), Qt::UTC);
    QCOMPARE(got->emulatorKind, merge.emulatorKind);
    QCOMPARE(got->emulatorVersion, merge.emulatorVersion);
    QCOMPARE(got->services, merge.services);
    QCOMPARE(got->resourceCount, merge.resourceCount);
    QCOMPARE(got->bytes, merge.bytes);
    // Everything that makes up the id survives the round trip.
    QCOMPARE(got->computeId(), merge.id);

    QCOMPARE(c->version(u"demo"_s, 0)->id, merge.id);
    QCOMPARE(c->version(u"demo"_s, -1)->id, merge.id);
    QCOMPARE(c->versionById(u"demo"_s, left.id)->number, 2);
    Result<QList<Version>> all = c->versions(u"demo"_s);
    QCOMPARE(all->size(), 4);
    QVERIFY(all->at(0).parents.isEmpty());
    QCOMPARE(all->at(1).parents, QList<ObjectId>{base.id});
    QCOMPARE(all->at(3).parents, (QList<ObjectId>{left.id, right.id}));
    for (const Version &v : *all)
        QCOMPARE(v.computeId(), v.id);
}

void TestCatalogue::missingPodAndVersionMessages()
{
    Catalogue *c = m_catalogue.get();
    QVERIFY(c->addVersions(u"demo"_s, {makeVersion(u"1"_s), makeVersion(u"2"_s), makeVersion(u"3"_s)}).ok());
    Result<Version> v = c->version(u"demo"_s, 7);
    QCOMPARE(v.error().code, Error::Code::NotFound);
    QCOMPARE(v.error().message, u"pod 'demo' has no version 7 (it has 1..3)"_s);
    Result<QList<Version>> missing = c->versions(u"nope"_s);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(missing.error().message, u"no pod named 'nope' (see `poddeck-cli list`)"_s);
    QCOMPARE(c->version(u"nope"_s, 1).error().code, Error::Code::NotFound);
    QCOMPARE(c->pod(u"nope"_s).error().code, Error::Code::NotFound);
    QCOMPARE(c->versionById(u"demo"_s, ObjectId::hash("zz")).error().code, Error::Code::NotFound);
    QCOMPARE(c->deletePod(u"nope"_s).error().code, Error::Code::NotFound);
}

void TestCatalogue::podInfo()
{
    Catalogue *c = m_catalogue.get();
    const Version v1 = makeVersion(u"v1"_s, {}, {u"sqs"_s, u"s3"_s}, 10);
    const Version v2 = makeVersion(u"v2 longer"_s, {v1.id}, {u"lambda"_s, u"s3"_s}, 20);
    QVERIFY(c->addVersions(u"web"_s, {v1, v2}).ok());
    QVERIFY(c->createPod(u"Alpha"_s).ok());

    Result<QList<PodInfo>> pods = c->pods();
    QVERIFY(pods.ok());
    QCOMPARE(pods->size(), 2);
    QCOMPARE(pods->at(0).name, u"Alpha"_s);
    QCOMPARE(pods->at(0).versionCount, 0);
    QVERIFY(pods->at(0).newest.isNull());
    QVERIFY(pods->at(0).services.isEmpty());
    QVERIFY(pods->at(0).created.isValid());
    QCOMPARE(pods->at(0).lastChange, pods->at(0).created);

    const PodInfo web = pods->at(1);
    QCOMPARE(web.name, u"web"_s);
    QCOMPARE(web.versionCount, 2);
    QCOMPARE(web.newest, v2.id);
    QCOMPARE(web.bytes, 20);
    QCOMPARE(web.services, (QStringList{u"lambda"_s, u"s3"_s, u"sqs"_s}));
    QCOMPARE(web.lastChange, std::max(v1.created, v2.created));

    Result<PodInfo> one = c->pod(u"WEB"_s); // names ignore case
    QVERIFY(one.ok());
    QCOMPARE(one->name, u"web"_s);
    QCOMPARE(one->services, web.services);
}

// A home written by the build before descriptions (schema 2) opens, keeps its pods and versions, and gains
// empty descriptions that can then be set.
void TestCatalogue::schema2HomeIsMigrated()
{
    TestHome home;
    const Version v = makeVersion(u"old"_s);
    {
        auto c = openOrFail(home.path());
        QVERIFY(c);
        QVERIFY(c->addVersions(u"legacy"_s, {v}).ok());
    }
    {
        // Take the file back to schema 2 the way that build left it: without the three columns (and
        // without schema 4's pod summaries).
        RawDb raw(home.file(u"catalogue.db"_s));
        QVERIFY(dropPodSummaries(raw));
        for (const char *column : {"description", "labels", "described"})
            QVERIFY2(raw.exec(u"ALTER TABLE pods DROP COLUMN %1"_s.arg(QLatin1String(column))),
                     qPrintable(raw.value(u"SELECT sqlite_version()"_s).toString()));
        QVERIFY(raw.exec(u"PRAGMA user_version = 2"_s));
        QCOMPARE(raw.value(u"SELECT count(*) FROM pragma_table_info('pods') WHERE name = 'labels'"_s).toInt(), 0);
    }
    auto c = openOrFail(home.path());
    QVERIFY(c);
    Result<PodInfo> pod = c->pod(u"legacy"_s);
    QVERIFY(pod.ok());
    QCOMPARE(pod->newest, v.id);
    QVERIFY(pod->description.isEmpty());
    QVERIFY(!pod->description.edited.isValid());
    QVERIFY(c->describePod(u"legacy"_s, PodDescription{u"from before"_s, {u"old"_s}, {}}).ok());
    QCOMPARE(c->pod(u"legacy"_s)->description.labels, QStringList{u"old"_s});
    RawDb raw(home.file(u"catalogue.db"_s));
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Catalogue::latestSchemaVersion());
}

// Schema 4 keeps a summary per pod by triggers: a home from before gets them filled from its versions, and
// every later change (a version added, deleted, a pod removed) keeps them equal to what the versions say.
void TestCatalogue::podSummariesFollowTheVersions()
{
    TestHome home;
    const Version a1 = makeVersion(u"a1"_s, {}, {u"s3"_s}, 10);
    const Version a2 = makeVersion(u"a22"_s, {a1.id}, {u"sqs"_s, u"lambda"_s}, 20);
    const Version b1 = makeVersion(u"b1"_s, {}, {u"iam"_s}, 5);
    {
        auto c = openOrFail(home.path());
        QVERIFY(c);
        QVERIFY(c->addVersions(u"a"_s, {a1, a2}).ok());
        QVERIFY(c->addVersions(u"b"_s, {b1}).ok());
        RawDb raw(home.file(u"catalogue.db"_s));
        QVERIFY(dropPodSummaries(raw));
        QVERIFY(raw.exec(u"PRAGMA user_version = 3"_s));
    }
    auto c = openOrFail(home.path());
    QVERIFY(c);
    Result<PodInfo> a = c->pod(u"a"_s);
    QVERIFY(a.ok());
    QCOMPARE(a->versionCount, 2);
    QCOMPARE(a->newest, a2.id);
    QCOMPARE(a->bytes, 20);
    QCOMPARE(a->services, (QStringList{u"lambda"_s, u"s3"_s, u"sqs"_s}));
    QCOMPARE(a->lastChange, std::max(a1.created, a2.created));

    QVERIFY(c->deleteVersion(u"a"_s, 2).ok());
    a = c->pod(u"a"_s);
    QCOMPARE(a->versionCount, 1);
    QCOMPARE(a->newest, a1.id);
    QCOMPARE(a->services, QStringList{u"s3"_s});
    QCOMPARE(a->lastChange, a1.created);
    QVERIFY(c->deleteVersion(u"a"_s, 1).ok());
    a = c->pod(u"a"_s);
    QVERIFY(a.ok());
    QCOMPARE(a->versionCount, 0);
    QVERIFY(a->newest.isNull());
    QVERIFY(a->services.isEmpty());

    QVERIFY(c->addVersions(u"a"_s, {b1}).ok()); // the same version in two pods
    QCOMPARE(c->pod(u"a"_s)->services, QStringList{u"iam"_s});
    QCOMPARE(c->pod(u"a"_s)->versionCount, 1);
    QCOMPARE(c->pod(u"b"_s)->versionCount, 1);
    QVERIFY(c->deletePod(u"b"_s).ok());
    RawDb raw(home.file(u"catalogue.db"_s));
    QCOMPARE(raw.value(u"SELECT count(*) FROM pod_summary"_s).toInt(), 1);
}

void TestCatalogue::describePod()
{
    Catalogue *c = m_catalogue.get();
    QVERIFY(c->createPod(u"shop"_s).ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(c->describePod(u"shop"_s, PodDescription{u"  Checkout demo\nwith queues  "_s,
                                                     {u"team-b"_s, u"Demo"_s, u"demo"_s, u"api"_s}, {}}).ok());
    PodInfo pod = c->pod(u"shop"_s).value();
    QCOMPARE(pod.description.text, u"Checkout demo\nwith queues"_s);
    QCOMPARE(pod.description.labels, (QStringList{u"api"_s, u"Demo"_s, u"team-b"_s})); // deduplicated, sorted
    QVERIFY(pod.description.edited >= before);
    QCOMPARE(c->pods()->first().description.labels, pod.description.labels);

    // An edit time given is kept (a pull records the remote's).
    const QDateTime when(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    QVERIFY(c->describePod(u"shop"_s, PodDescription{u"x"_s, {}, when}).ok());
    QCOMPARE(c->pod(u"shop"_s)->description.edited, when);
    QVERIFY(c->pod(u"shop"_s)->description.labels.isEmpty());

    // Bad input changes nothing; a missing pod is NotFound.
    Status bad = c->describePod(u"shop"_s, PodDescription{u"y"_s, {u"two words"_s}, {}});
    QCOMPARE(bad.error().code, Error::Code::InvalidArgument);
    QVERIFY2(bad.error().message.contains(u"label 'two words'"_s), qPrintable(bad.error().message));
    QCOMPARE(c->pod(u"shop"_s)->description.text, u"x"_s);
    QCOMPARE(c->describePod(u"nope"_s, PodDescription{}).error().code, Error::Code::NotFound);
    // Renaming keeps the description.
    QVERIFY(c->renamePod(u"shop"_s, u"store"_s).ok());
    QCOMPARE(c->pod(u"store"_s)->description.text, u"x"_s);
}

void TestCatalogue::descriptionChecks_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringList{u"a"_s, u"b-c"_s, u"x.y"_s, u"ünï"_s} << u"fine"_s << true;
    QTest::newRow("empty label") << QStringList{u""_s} << QString() << false;
    QTest::newRow("comma") << QStringList{u"a,b"_s} << QString() << false;
    QTest::newRow("space") << QStringList{u"a b"_s} << QString() << false;
    QTest::newRow("tab") << QStringList{u"a\tb"_s} << QString() << false;
    QTest::newRow("long label") << QStringList{QString(PodDescription::MaxLabelLength + 1, u'x')} << QString() << false;
    QTest::newRow("max label") << QStringList{QString(PodDescription::MaxLabelLength, u'x')} << QString() << true;
    QTest::newRow("long text") << QStringList{} << QString(PodDescription::MaxTextLength + 1, u'x') << false;
    QTest::newRow("control in text") << QStringList{} << u"bell\u0007"_s << false;
    QTest::newRow("lines in text") << QStringList{} << u"one\ntwo\tthree"_s << true;
    QStringList many;
    for (int i = 0; i <= PodDescription::MaxLabels; ++i)
        many.append(u"l%1"_s.arg(i));
    QTest::newRow("too many") << many << QString() << false;
    QTest::newRow("duplicates do not count") << (QStringList(PodDescription::MaxLabels, u"same"_s) << u"SAME"_s) << QString() << true;
}

void TestCatalogue::descriptionChecks()
{
    QFETCH(QStringList, labels);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(PodDescription::checkLabels(labels).ok() && PodDescription::checkText(text).ok(), ok);
    QCOMPARE(PodDescription::splitLabels(u" a, b\tc,,d "_s), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    // What a pod file carries reads back; a damaged entry reads as no description.
    QJsonObject o;
    PodDescription{u"t"_s, {u"x"_s}, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)}.writeJson(o);
    const PodDescription back = PodDescription::fromJson(o);
    QCOMPARE(back.text, u"t"_s);
    QCOMPARE(back.labels, QStringList{u"x"_s});
    QCOMPARE(back.edited, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    o.insert(u"labels"_s, QJsonArray{u"bad label"_s});
    QVERIFY(PodDescription::fromJson(o).isEmpty());
}

void TestCatalogue::createRenameDeletePods()
{
    Catalogue *c = m_catalogue.get();
    const Version v = makeVersion(u"v"_s);
    QVERIFY(c->addVersions(u"demo"_s, {v}).ok());
    QVERIFY(c->createPod(u"other"_s).ok());
    QCOMPARE(c->createPod(u"other"_s).error().code, Error::Code::Conflict);
    QCOMPARE(c->createPod(u"OTHER"_s).error().code, Error::Code::Conflict);
    QCOMPARE(c->createPod(u"-x"_s).error().code, Error::Code::InvalidArgument);

    QCOMPARE(c->renamePod(u"demo"_s, u"other"_s).error().code, Error::Code::Conflict);
    QCOMPARE(c->renamePod(u"nope"_s, u"x"_s).error().code, Error::Code::NotFound);
    QCOMPARE(c->renamePod(u"demo"_s, u"a b"_s).error().code, Error::Code::InvalidArgument);
    QVERIFY(c->renamePod(u"demo"_s, u"renamed"_s).ok());
    QVERIFY(!c->hasPod(u"demo"_s));
    QCOMPARE(c->version(u"renamed"_s, 1)->id, v.id);
    QCOMPARE(c->version(u"renamed"_s, 1)->pod, u"renamed"_s);
    QVERIFY(c->renamePod(u"renamed"_s, u"Renamed"_s).ok()); // case only
    QCOMPARE(c->pod(u"renamed"_s)->name, u"Renamed"_s);

    QVERIFY(c->setInstanceHead(u"http://localhost:4566"_s, u"Renamed"_s, v.id).ok());
    QVERIFY(c->deletePod(u"Renamed"_s).ok());
    QVERIFY(!c->hasPod(u"Renamed"_s));
    QCOMPARE(c->instanceHead(u"http://localhost:4566"_s).error().code, Error::Code::NotFound);
    QCOMPARE(c->allVersions()->size(), 0);
    RawDb raw(c->path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM version_parents"_s).toInt(), 0);
}

void TestCatalogue::instanceHeads()
{
    Catalogue *c = m_catalogue.get();
    const Version v1 = makeVersion(u"v1"_s);
    const Version v2 = makeVersion(u"v2"_s, {v1.id});
    QVERIFY(c->addVersions(u"demo"_s, {v1, v2}).ok());
    const QString endpoint = u"http://localhost:4566"_s;

    QCOMPARE(c->instanceHead(endpoint).error().code, Error::Code::NotFound);
    QVERIFY(c->setInstanceHead(endpoint, u"demo"_s, v1.id).ok());
    Result<InstanceHead> head = c->instanceHead(u"HTTP://LocalHost:4566/"_s);
    QVERIFY(head.ok());
    QCOMPARE(head->endpoint, endpoint);
    QCOMPARE(head->pod, u"demo"_s);
    QCOMPARE(head->version, v1.id);
    QCOMPARE(head->number, 1);
    QVERIFY(head->updated.isValid());

    QVERIFY(c->setInstanceHead(endpoint + QLatin1Char('/'), u"demo"_s, v2.id).ok());
    QCOMPARE(c->instanceHead(endpoint)->number, 2);
    QVERIFY(c->setInstanceHead(u"http://127.0.0.1:5000"_s, u"demo"_s, v1.id).ok());
    QCOMPARE(c->instanceHead(u"http://127.0.0.1:5000"_s)->version, v1.id);

    QCOMPARE(c->setInstanceHead(endpoint, u"demo"_s, ObjectId::hash("unknown")).error().code,
             Error::Code::NotFound);
    QCOMPARE(c->setInstanceHead(endpoint, u"nope"_s, v1.id).error().code, Error::Code::NotFound);
    QCOMPARE(c->setInstanceHead(QString(), u"demo"_s, v1.id).error().code, Error::Code::InvalidArgument);
    QCOMPARE(c->instanceHead(endpoint)->version, v2.id); // failed calls changed nothing

    // A head goes with the version it names.
    QVERIFY(c->deleteVersion(u"demo"_s, 2).ok());
    QCOMPARE(c->instanceHead(endpoint).error().code, Error::Code::NotFound);
    QCOMPARE(c->instanceHead(u"http://127.0.0.1:5000"_s)->version, v1.id);
    QVERIFY(c->clearInstanceHead(u"http://127.0.0.1:5000"_s).ok());
    QCOMPARE(c->instanceHead(u"http://127.0.0.1:5000"_s).error().code, Error::Code::NotFound);
    QVERIFY(c->recordInstance(endpoint, u"localstack"_s).ok());
}

void TestCatalogue::refs()
{
    Catalogue *c = m_catalogue.get();
    const Version v1 = makeVersion(u"v1"_s);
    QVERIFY(c->addVersions(u"demo"_s, {v1}).ok());
    QCOMPARE(c->ref(u"demo"_s, u"head"_s).error().code, Error::Code::NotFound);
    QVERIFY(c->setRef(u"demo"_s, u"head"_s, v1.id).ok());
    QCOMPARE(c->ref(u"demo"_s, u"head"_s).value(), v1.id);
    QCOMPARE(c->setRef(u"demo"_s, u"head"_s, ObjectId::hash("x")).error().code, Error::Code::NotFound);
    QVERIFY(c->deleteVersion(u"demo"_s, 1).ok());
    QCOMPARE(c->ref(u"demo"_s, u"head"_s).error().code, Error::Code::NotFound);
}

void TestCatalogue::settings()
{
    Catalogue *c = m_catalogue.get();
    QCOMPARE(c->setting(u"theme"_s).value(), QString());
    QCOMPARE(c->setting(u"theme"_s, u"light"_s).value(), u"light"_s);
    QVERIFY(c->setSetting(u"theme"_s, u"dark"_s).ok());
    QVERIFY(c->setSetting(u"theme"_s, u"darker"_s).ok());
    QCOMPARE(c->setting(u"theme"_s, u"light"_s).value(), u"darker"_s);
    QVERIFY(c->setSetting(u"empty"_s, QString()).ok());
    QCOMPARE(c->setting(u"empty"_s, u"fallback"_s).value(), QString());
    QVERIFY(c->removeSetting(u"theme"_s).ok());
    QCOMPARE(c->setting(u"theme"_s, u"light"_s).value(), u"light"_s);
}

void TestCatalogue::remotes()
{
    Catalogue *c = m_catalogue.get();
    QJsonObject options{{u"region"_s, u"eu-west-1"_s}, {u"pathStyle"_s, true}};
    QVERIFY(c->addRemote(u"team"_s, u"s3://bucket/prefix"_s, options).ok());
    QVERIFY(c->addRemote(u"nas"_s, u"file:///mnt/pods"_s).ok());
    QCOMPARE(c->addRemote(u"team"_s, u"s3://other"_s).error().code, Error::Code::Conflict);
    QCOMPARE(c->addRemote(u"bad/name"_s, u"s3://x"_s).error().code, Error::Code::InvalidArgument);
    QCOMPARE(c->addRemote(u"nourl"_s, QString()).error().code, Error::Code::InvalidArgument);

    Result<QList<RemoteInfo>> all = c->remotes();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"nas"_s);
    QCOMPARE(all->at(1).url, u"s3://bucket/prefix"_s);
    QCOMPARE(all->at(1).options, options);
    QCOMPARE(c->remote(u"team"_s)->options, options);
    QCOMPARE(c->remote(u"nope"_s).error().code, Error::Code::NotFound);

    const ObjectId id = ObjectId::hash("remote version");
    QVERIFY(c->setRemoteRef(u"team"_s, u"demo"_s, id).ok());
    QCOMPARE(c->remoteRef(u"team"_s, u"demo"_s).value(), id);
    QCOMPARE(c->setRemoteRef(u"nope"_s, u"demo"_s, id).error().code, Error::Code::NotFound);
    QVERIFY(c->removeRemote(u"team"_s).ok());
    QCOMPARE(c->removeRemote(u"team"_s).error().code, Error::Code::NotFound);
    QCOMPARE(c->remoteRef(u"team"_s, u"demo"_s).error().code, Error::Code::NotFound);
    QVERIFY(c->addRemote(u"team"_s, u"s3://bucket"_s).ok());
    QCOMPARE(c->remoteRef(u"team"_s, u"demo"_s).error().code, Error::Code::NotFound);
}

void TestCatalogue::reachableRootsAndAllVersions()
{
    Catalogue *c = m_catalogue.get();
    const Version a = makeVersion(u"a"_s);
    const Version b = makeVersion(u"b"_s, {a.id});
    const Version z = makeVersion(u"z"_s);
    QVERIFY(c->addVersions(u"zeta"_s, {z, a}).ok());
    QVERIFY(c->addVersions(u"alpha"_s, {a, b}).ok());
    QCOMPARE(c->reachableRoots().value(), (QSet<ObjectId>{a.id, a.root, b.id, b.root, z.id, z.root}));

    Result<QList<Version>> all = c->allVersions();
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).pod, u"alpha"_s);
    QCOMPARE(all->at(1).id, b.id);
    QCOMPARE(all->at(1).parents, QList<ObjectId>{a.id});
    QCOMPARE(all->at(2).pod, u"zeta"_s);
    QCOMPARE(all->at(3).id, a.id);
    QCOMPARE(all->at(3).number, 2);
}

void TestCatalogue::concurrentWriters()
{
    TestHome home;
    constexpr int Rounds = 25;
    // Both threads open the fresh home at the same moment (racing the first migration), then interleave
    // small transactions, partly adding the same versions.
    std::latch start(2);
    auto worker = [&](const QString &tag) -> QString {
        start.arrive_and_wait();
        Result<std::unique_ptr<Catalogue>> c = Catalogue::open(home.path());
        if (!c)
            return c.error().message;
        for (int i = 0; i < Rounds; ++i) {
            const QList<Version> batch = {makeVersion(u"common %1"_s.arg(i)),
                                          makeVersion(u"%1 %2"_s.arg(tag).arg(i))};
            Result<int> r = (*c)->addVersions(u"shared"_s, batch);
            if (!r)
                return r.error().message;
            if (Status s = (*c)->setSetting(tag, QString::number(i)); !s)
                return s.error().message;
        }
        return QString();
    };
    QFuture<QString> a = QtConcurrent::run(worker, u"a"_s);
    QFuture<QString> b = QtConcurrent::run(worker, u"b"_s);
    a.waitForFinished();
    b.waitForFinished();
    QCOMPARE(a.result(), QString());
    QCOMPARE(b.result(), QString());

    auto c = openOrFail(home.path());
    QVERIFY(c);
    Result<QList<Version>> all = c->versions(u"shared"_s);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3 * Rounds);
    QSet<ObjectId> ids;
    for (int i = 0; i < all->size(); ++i) {
        QCOMPARE(all->at(i).number, i + 1);
        ids.insert(all->at(i).id);
    }
    QCOMPARE(ids.size(), 3 * Rounds);
    QCOMPARE(c->setting(u"a"_s).value(), QString::number(Rounds - 1));
}

void TestCatalogue::validatePodName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("simple") << u"demo"_s << true << QString();
    QTest::newRow("all kinds") << u"My_pod-2.0"_s << true << QString();
    QTest::newRow("one char") << u"x"_s << true << QString();
    QTest::newRow("100 chars") << QString(100, QLatin1Char('a')) << true << QString();
    QTest::newRow("101 chars") << QString(101, QLatin1Char('a')) << false << u"at most 100"_s;
    QTest::newRow("empty") << QString() << false << u"cannot be empty"_s;
    QTest::newRow("space") << u"my pod"_s << false << u"contains ' '"_s;
    QTest::newRow("slash") << u"a/b"_s << false << u"contains '/'"_s;
    QTest::newRow("non-ascii") << u"pöd"_s << false << u"contains 'ö'"_s;
    QTest::newRow("dot first") << u".hidden"_s << false << u"cannot start with"_s;
    QTest::newRow("dash first") << u"-rf"_s << false << u"cannot start with"_s;
    QTest::newRow("dotdot") << u".."_s << false << u"cannot start with"_s;
}

void TestCatalogue::validatePodName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const Status s = Catalogue::validatePodName(name);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.error().code, Error::Code::InvalidArgument);
        QVERIFY2(s.error().message.contains(messagePart), qPrintable(s.error().message));
    }
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
