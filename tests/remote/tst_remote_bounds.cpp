// What a remote or a share link may send is bounded: a folder remote with a link to /dev/zero or a FIFO in
// place of an object or pod file, an S3-like endpoint (FakeAwsServer, a scripted FAKE: moto cannot send an
// oversized body) that announces or streams too much, a pull past its budget, share links that redirect to
// this machine or trickle forever. Each must fail fast, say what to do, and add nothing.
#include "RemoteFixture.h"
#include "aws/FakeAwsServer.h"
#include "remote/HttpDownload.h"
#include "remote/S3Remote.h"
#include "support/TestHome.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace poddeck;
using namespace poddeck::test;

namespace {

// ASan reserves terabytes of address space for its shadow memory, so RLIMIT_AS cannot cap a sanitizer build
// (it dies at start-up): there the same 3 GiB cap is ASan's own RSS limit, for this process and the CLI.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PODDECK_ASAN 1
#endif
#endif
#ifdef PODDECK_ASAN
constexpr bool CapAddressSpace = false;
#else
constexpr bool CapAddressSpace = true;
#endif

// runCli, with extra environment, and with its address space capped: code that reads /dev/zero to the
// end must die of it in this test, not take the machine with it.
CliResult runBounded(const QString &home, const QStringList &args, const QHash<QString, QString> &env = {},
                     int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    if (!CapAddressSpace)
        e.insert(QStringLiteral("ASAN_OPTIONS"), e.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":hard_rss_limit_mb=3072"));
    p.setProcessEnvironment(e);
    p.setChildProcessModifier([] {
        const rlimit cap{3ull << 30, 3ull << 30};
        if (CapAddressSpace)
            ::setrlimit(RLIMIT_AS, &cap);
    });
    p.start(QStringLiteral(PODDECK_CLI_PATH), QStringList{QStringLiteral("--home"), home} + args);
    // Waits with this thread's event loop running: FakeAwsServer answers from it.
    QDeadlineTimer deadline(timeoutMs);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, "test: poddeck-cli did not finish in time"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestRemoteBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    FakeAwsServer m_fake;

    QString path(const QString &name) const { return m_work.filePath(name); }

    // A pod "shop" pushed to a fresh folder remote `pushes` times (one version each); the remote's folder.
    QString pushedFolder(const QString &name, int pushes)
    {
        const QString folder = path(name);
        TestHome a;
        CliResult r = runBounded(a.path(), {"remote", "add", "origin", QUrl::fromLocalFile(folder).toString()});
        if (r.exitCode != 0)
            return {};
        for (int i = 1; i <= pushes; ++i) {
            const QString tree = path(QStringLiteral("%1-tree%2").arg(name).arg(i));
            if (!writeTree(tree, i, 20, 64 * 1024))
                return {};
            if (runBounded(a.path(), {"commit", "shop", "--from-dir", tree, "-m", "v"}).exitCode != 0 ||
                runBounded(a.path(), {"push", "shop"}).exitCode != 0)
                return {};
        }
        return folder;
    }

    static bool replaceWith(const QString &file, const QString &kind)
    {
        if (!QFile::remove(file))
            return false;
        const QByteArray f = QFile::encodeName(file);
        return kind == QLatin1String("fifo") ? ::mkfifo(f.constData(), 0644) == 0 : ::symlink("/dev/zero", f.constData()) == 0;
    }

    // A blocking remote call, run on a worker so the fake server keeps serving on this thread.
    template<typename F>
    auto inWorker(F f)
    {
        auto future = QtConcurrent::run(f);
        QDeadlineTimer deadline(120000);
        while (!future.isFinished() && !deadline.hasExpired())
            QTest::qWait(5);
        if (!future.isFinished())
            qFatal("test: the remote call did not finish");
        return future.result();
    }

    std::unique_ptr<Remote> fakeS3()
    {
        Result<RemoteUrl> url = RemoteUrl::parse(QStringLiteral("s3://pods?endpoint=%1").arg(m_fake.endpoint()));
        if (!url)
            return {};
        AwsCredentials credentials;
        credentials.accessKeyId = QStringLiteral("test");
        credentials.secretAccessKey = QStringLiteral("test");
        return std::make_unique<S3Remote>(*url, credentials);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A reader without bounds must fail here (out of memory), not take the machine down with it.
        rlimit cap{};
        QVERIFY(::getrlimit(RLIMIT_AS, &cap) == 0);
        cap.rlim_cur = std::min<rlim_t>(cap.rlim_max, 3ull << 30);
        QVERIFY(!CapAddressSpace || ::setrlimit(RLIMIT_AS, &cap) == 0);
        QVERIFY(m_work.isValid());
        QVERIFY(m_fake.start());
    }

    // A link to /dev/zero or a FIFO where a pack or the pod file should be: clone fails at once, with
    // what to do, and the cloning home is left without the pod.
    void folderRemoteRefusesSpecialFiles_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pack: link to /dev/zero") << "pack" << "link" << "is a symbolic link";
        QTest::newRow("pack: FIFO") << "pack" << "fifo" << "not a regular file";
        QTest::newRow("pod file: link to /dev/zero") << "pod" << "link" << "is a symbolic link";
        QTest::newRow("pod file: FIFO") << "pod" << "fifo" << "not a regular file";
    }

    void folderRemoteRefusesSpecialFiles()
    {
        QFETCH(QString, where);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString name = QStringLiteral("%1-%2").arg(where, kind);
        // Two pushes: the pod file has two generations, so a damaged newest one cannot pass unnoticed by
        // falling back to the older one.
        const QString folder = pushedFolder(name, 2);
        QVERIFY(!folder.isEmpty());
        QString victim;
        if (where == QLatin1String("pack")) {
            QStringList packs = QDir(folder + QStringLiteral("/packs")).entryList({QStringLiteral("*.pack")}, QDir::Files, QDir::Name);
            QVERIFY(!packs.isEmpty());
            victim = folder + QStringLiteral("/packs/") + packs.first();
        } else {
            victim = folder + QStringLiteral("/pods/shop.gen/000000000002.json");
        }
        QVERIFY(replaceWith(victim, kind));

        TestHome b;
        QVERIFY(runBounded(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(folder).toString()}).exitCode == 0);
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runBounded(b.path(), {"clone", "origin", "shop"});
        const QString text = cliText(r);
        QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(text)));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("delete it there and push again")), qPrintable(text));
        QVERIFY(versionIds(b.path(), "shop").isEmpty()); // nothing added
        QVERIFY(fsckOk(b.path()));
    }

    // An S3-like endpoint that announces, or streams without announcing, a body past the limit of what
    // is asked for: refused at once (no retries), the stream cut off long before it ends.
    void s3RefusesOversizedAnswers_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("declared");
        QTest::newRow("object, declared") << "object" << true;
        QTest::newRow("object, streamed") << "object" << false;
        QTest::newRow("pod file, declared") << "pod" << true;
        QTest::newRow("pod file, streamed") << "pod" << false;
    }

    void s3RefusesOversizedAnswers()
    {
        QFETCH(QString, what);
        QFETCH(bool, declared);
        const bool object = what == QLatin1String("object");
        const qint64 limit = object ? Remote::MaxObjectBytes : Remote::MaxPodFileBytes;
        // Far more than anyone would buffer: the call must end long before the server does.
        const qint64 streamed = limit + 2048ll * 1024 * 1024;
        m_fake.setScript({declared ? FakeAwsServer::truncate("x", limit + 1)
                                   : FakeAwsServer::stream(streamed, -1, 1 << 20)});
        std::unique_ptr<Remote> remote = fakeS3();
        QVERIFY(remote);
        const ObjectId id = ObjectId::fromHex(QString(64, u'a'));
        const Error e = object ? inWorker([&] { return remote->getObject(id).error(); })
                               : inWorker([&] { return remote->readPod(QStringLiteral("shop")).error(); });
        QCOMPARE(e.code, Error::Code::LimitExceeded);
        QVERIFY2(e.message.contains(object ? QLatin1String("larger than any PodDeck object") : QLatin1String("pods/shop.json")),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("push")), qPrintable(e.message)); // what to do
        QCOMPARE(m_fake.received().size(), 1);
        QVERIFY2(m_fake.streamedBytes() < limit + 1024ll * 1024 * 1024, qPrintable(QString::number(m_fake.streamedBytes())));
    }

    // A pull has a budget of bytes and objects; past it, it stops, adds nothing and names the variable
    // that raises it; raised, the same pull succeeds.
    void pullBudget_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("objects") << "PODDECK_PULL_MAX_OBJECTS" << "10";
        QTest::newRow("bytes") << "PODDECK_PULL_MAX_BYTES" << "40k";
    }

    void pullBudget()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const QString folder = pushedFolder(QStringLiteral("budget-") + variable, 1);
        QVERIFY(!folder.isEmpty());
        TestHome b;
        QVERIFY(runBounded(b.path(), {"remote", "add", "origin", QUrl::fromLocalFile(folder).toString()}).exitCode == 0);
        CliResult r = runBounded(b.path(), {"clone", "origin", "shop"}, {{variable, value}});
        QVERIFY2(r.exitCode > 0, qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains(variable + QLatin1Char('=')), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains(QLatin1String("nothing was added")), qPrintable(cliText(r)));
        QVERIFY(versionIds(b.path(), "shop").isEmpty());
        QVERIFY(fsckOk(b.path()));

        r = runBounded(b.path(), {"clone", "origin", "shop"}, {{variable, QStringLiteral("100000000")}});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop").size(), 1);

        r = runBounded(b.path(), {"pull", "shop"}, {{variable, QStringLiteral("lots")}});
        QVERIFY2(r.exitCode > 0 && cliText(r).contains(QLatin1String("not a positive amount")), qPrintable(cliText(r)));
    }

    // The rule for redirects of share links: never to this machine or a link-local service, unless the
    // link itself pointed there; never from https to http.
    void shareLinkRedirectRule_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("public to public") << "https://a.example.com/x.pod" << "https://b.example.net/x.pod" << true;
        QTest::newRow("public to 127.0.0.1") << "http://192.0.2.2/x.pod" << "http://127.0.0.1:8080/x.pod" << false;
        QTest::newRow("public to 127.1.2.3") << "http://192.0.2.2/x.pod" << "http://127.1.2.3/x.pod" << false;
        QTest::newRow("public to ::1") << "http://192.0.2.2/x.pod" << "http://[::1]:9000/x.pod" << false;
        QTest::newRow("public to mapped loopback") << "http://192.0.2.2/x.pod" << "http://[::ffff:127.0.0.1]/x.pod" << false;
        QTest::newRow("public to 0.0.0.0") << "http://192.0.2.2/x.pod" << "http://0.0.0.0:4566/x.pod" << false;
        QTest::newRow("public to localhost") << "https://a.example.com/x.pod" << "http://localhost/x.pod" << false;
        QTest::newRow("public to metadata") << "http://192.0.2.2/x.pod" << "http://169.254.169.254/latest/" << false;
        QTest::newRow("public to fe80::") << "http://192.0.2.2/x.pod" << "http://[fe80::1]/x.pod" << false;
        QTest::newRow("loopback to loopback") << "http://127.0.0.1:9000/x.pod" << "http://localhost:9001/y.pod" << true;
        QTest::newRow("loopback to metadata") << "http://127.0.0.1:9000/x.pod" << "http://169.254.169.254/" << false;
        QTest::newRow("https to http") << "https://a.example.com/x.pod" << "http://b.example.net/x.pod" << false;
        QTest::newRow("to file") << "https://a.example.com/x.pod" << "file:///etc/passwd" << false;
    }

    void shareLinkRedirectRule()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        QString why;
        QCOMPARE(HttpDownload::redirectAllowed(QUrl(link), QUrl(link), QUrl(target), &why, false), allowed);
        QCOMPARE(why.isEmpty(), allowed);
    }

    // End to end: `import URL` whose answer redirects to a link-local address is refused before it is
    // followed (the link is on loopback, so only a loopback target would be allowed).
    void shareLinkRedirectRefused()
    {
        m_fake.setScript({FakeAwsServer::respond(302, {}, "text/plain", {{"Location", "http://169.254.0.1:9/x.pod"}})});
        TestHome home;
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runBounded(home.path(), {"import", m_fake.endpoint() + QStringLiteral("/shares/x.pod")});
        QVERIFY2(r.exitCode > 0, qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains(QLatin1String("redirects to http://169.254.0.1:9/x.pod")), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains(QLatin1String("link-local")), qPrintable(cliText(r)));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    }

    // A share link that keeps a download alive by trickling bytes meets the overall deadline, and the
    // message says how to allow more time.
    void shareLinkDeadline()
    {
        m_fake.setScript({FakeAwsServer::stream(-1, -1, 16, 100)});
        TestHome home;
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runBounded(home.path(), {"import", m_fake.endpoint() + QStringLiteral("/shares/slow.pod")},
                                       {{QString::fromLatin1(HttpDownload::DeadlineVariable), QStringLiteral("2")}}, 30000);
        QVERIFY2(r.exitCode > 0, qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains(QLatin1String("did not finish within 2 seconds")), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains(QLatin1String("PODDECK_DOWNLOAD_DEADLINE=")), qPrintable(cliText(r)));
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestRemoteBounds)
#include "tst_remote_bounds.moc"
