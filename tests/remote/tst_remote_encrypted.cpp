#include "RemoteFixture.h"
#include "aws/AwsClient.h"
#include "aws/AwsPaginator.h"
#include "remote/EncryptedRemote.h"
#include "remote/Keychain.h"
#include "support/MotoServer.h"
#include "support/TestHome.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include "store/ObjectStore.h"

#include <QtTest>

using namespace poddeck;
using namespace poddeck::test;

// Encrypted remotes (EncryptedRemote) through the real poddeck-cli, on a folder and on a real moto_server S3:
// round trips, nothing readable on the remote, wrong passphrases, and tampered or swapped ciphertext.
// The passphrase lives in a real keychain when one runs (CI: dbus-run-session with gnome-keyring, see
// tst_keychain); without one, PODDECK_REMOTE_PASSPHRASE stands in and the keychain checks are skipped.
class TestRemoteEncrypted : public QObject
{
    Q_OBJECT

    MotoServer m_moto;
    bool m_motoUp = false;
    bool m_keychain = false;
    QTemporaryDir m_work;
    const QString m_bucket = QStringLiteral("poddeck-crypt");
    const QByteArray m_passphrase = "correct horse battery staple";
    const QByteArray m_marker = "poddeck-marker-7f3a91c2"; // inside a resource document
    int m_counter = 0;

    QString dir(const QString &name) const { return m_work.filePath(name); }

    // A fresh folder remote URL.
    QString folderUrl(QString *path = nullptr)
    {
        const QString p = dir(QStringLiteral("remote-%1").arg(++m_counter));
        if (path) *path = p;
        return QStringLiteral("file://") + p;
    }

    static CliResult runWithStdin(const QString &home, const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start(QStringLiteral(PODDECK_CLI_PATH), QStringList{QStringLiteral("--home"), home} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    CliResult addEncrypted(const QString &home, const QString &url, const QByteArray &passphrase)
    {
        return runWithStdin(home, {"remote", "add", "origin", url, "--encrypt", "--passphrase-stdin"},
                            passphrase + "\n");
    }

    static QStringList filesUnder(const QString &root)
    {
        QStringList out;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        out.sort();
        return out;
    }

    static bool anyFileContains(const QString &root, const QByteArray &needle)
    {
        for (const QString &path : filesUnder(root)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) return true;
        }
        return false;
    }

    // The ids of every object in a home's store (objects/ab/<rest>).
    static QStringList storeIds(const QString &home)
    {
        QStringList ids;
        const Result<QList<ObjectId>> all = ObjectStore(home).listObjects();
        for (const ObjectId &id : *all)
            ids.append(id.toHex());
        return ids;
    }

    // A tree of small documents plus one that carries the marker.
    void writeMarkedTree(const QString &path, int generation, int files = 60)
    {
        QVERIFY(writeTree(path, generation, files, 64 * 1024));
        QFile f(path + QStringLiteral("/marked.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"note\": \"" + m_marker + "\", \"generation\": " + QByteArray::number(generation) + "}");
    }

    void commit(const QString &home, const QString &pod, const QString &tree)
    {
        const CliResult r = runCli(home, {"commit", pod, "--from-dir", tree, "-m", "test"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
    }

    static void flipByte(const QString &path, qsizetype at)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray b = f.readAll();
        QVERIFY(b.size() > at);
        b[at] = char(b[at] ^ 0x01);
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(b), b.size());
    }

    AwsClient s3() const { return AwsClient(AwsConfig::forEndpoint(QUrl(m_moto.endpoint()))); }

    QStringList s3Keys(const QString &prefix)
    {
        QStringList out;
        const AwsRequest list = AwsRequest::s3(
            QStringLiteral("ListObjectsV2"), "GET", m_bucket, {},
            {{QStringLiteral("list-type"), QStringLiteral("2")}, {QStringLiteral("prefix"), prefix}});
        Status st =
            AwsPaginator::forEachPage(s3(), list, PageToken::s3ListObjectsV2(), [&](const AwsResponse &page) {
                for (const XmlNode &c : page.result().childrenNamed(u"Contents"))
                    out.append(c.textAt(u"Key"));
                return true;
            });
        return st ? out : QStringList();
    }

    QByteArray s3Get(const QString &key)
    {
        AwsRequest get = AwsRequest::s3(QStringLiteral("GetObject"), "GET", m_bucket, key);
        get.rawResponse = true;
        Result<AwsResponse> r = s3().send(get);
        return r ? r->body : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const QString probeKey = QStringLiteral("probe@poddeck-encrypted-test");
        // A missing keychain or moto fails the run (CI provides both); it never passes untested.
        const Status probe = Keychain::writeSecret(probeKey, QStringLiteral("probe"));
        QVERIFY2(probe.ok(), qPrintable(QStringLiteral("no Secret Service reachable (%1); run under dbus-run-session with "
                                                       "gnome-keyring-daemon --unlock --components=secrets").arg(probe.error().message)));
        m_keychain = true;
        QVERIFY(Keychain::removeSecret(probeKey).ok());
        qunsetenv("PODDECK_REMOTE_PASSPHRASE"); // prove the keychain is what supplies it
        const QString why = m_moto.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_motoUp = true;
        qputenv("AWS_ACCESS_KEY_ID", "test");
        qputenv("AWS_SECRET_ACCESS_KEY", "test");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", QFile::encodeName(m_work.filePath("no-credentials")));
        qunsetenv("AWS_PROFILE");
        QVERIFY(s3().send(AwsRequest::s3(QStringLiteral("CreateBucket"), "PUT", m_bucket)).ok());
    }

    // Push, clone, push again, pull: the same versions on both sides, and nothing readable on the remote.
    void folderRoundTripHoldsNoPlaintext()
    {
        TestHome a, b;
        QString remote;
        const QString url = folderUrl(&remote);
        CliResult r = addEncrypted(a.path(), url, m_passphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(a.path(), {"remote", "list", "--json"});
        QCOMPARE(r.json().array().first().toObject().value("encrypted").toBool(), true);
        QVERIFY(cliText(runCli(a.path(), {"remote", "list"})).contains("(encrypted)"));
        QVERIFY(!anyFileContains(a.path(), m_passphrase)); // never in the catalogue
        if (m_keychain)
            QCOMPARE(Keychain::readSecret(Keychain::passphraseKeyFor(url)).value(),
                     QString::fromUtf8(m_passphrase));

        writeMarkedTree(dir("t1"), 1);
        commit(a.path(), "shop", dir("t1"));
        // The description and labels travel sealed like the rest of the pod file.
        const QString described = QString::fromUtf8("described " + m_marker);
        r = runCli(a.path(), {"describe", "shop", "--description", described, "--label", "sealed-label-" + QString::fromUtf8(m_marker)});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(a.path(), {"push", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(r.json().object().value("objectsUploaded").toInt() > 60);

        // The store holds the marker and the ids in the clear (so this check can fail); the remote holds
        // neither.
        QVERIFY(anyFileContains(a.path() + "/objects", m_marker));
        QVERIFY(!anyFileContains(remote, m_marker));
        const QStringList ids = storeIds(a.path());
        QVERIFY(ids.size() > 60);
        const QStringList remoteFiles = filesUnder(remote);
        const QString listing = remoteFiles.join(u'\n');
        for (const QString &id : ids) {
            QVERIFY2(!listing.contains(id.mid(2)), qPrintable(id));
            QVERIFY2(!anyFileContains(remote + "/pods", id.toLatin1()), qPrintable(id));
        }
        QVERIFY(!anyFileContains(remote, m_passphrase));
        QVERIFY(QFileInfo::exists(remote + "/pods/_keys/poddeck.json"));
        QVERIFY(!anyFileContains(remote, "sealed-label-"));
        QVERIFY(!anyFileContains(remote, "described "));

        // Another machine with the same passphrase.
        r = addEncrypted(b.path(), url, m_passphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(b.path(), {"clone", "origin", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(b.path()));
        r = runCli(b.path(), {"describe", "shop", "--json"});
        QCOMPARE(r.json().object().value("description").toString(), described);
        r = runCli(b.path(), {"list", "--remote", "origin", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().array().first().toObject().value("description").toString(), described);
        // Packs and indexes only, checked whole: each pack hashes to its name, each index opens.
        QVERIFY(filesUnder(remote + "/objects").isEmpty());
        QVERIFY(!filesUnder(remote + "/packs").filter(QStringLiteral(".idx")).isEmpty());
        r = runCli(b.path(), {"remote", "fsck", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(r.json().object().value("objects").toInt() > 60);

        writeMarkedTree(dir("t2"), 2);
        commit(b.path(), "shop", dir("t2"));
        r = runCli(b.path(), {"push", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const int uploaded = r.json().object().value("objectsUploaded").toInt();
        QVERIFY2(uploaded > 0 && uploaded < 40, qPrintable(QString::number(uploaded))); // only what changed
        r = runCli(a.path(), {"pull", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(r.json().object().value("versionsAdded").toInt(), 1);
        // The pack that push wrote is read ahead whole (the pod file names it), then opened entry by entry.
        QCOMPARE(r.json().object().value("requests").toInt(), 1);
        QCOMPARE(r.json().object().value("objectsDownloaded").toInt(), uploaded);
        QCOMPARE(versionIds(a.path(), "shop"), versionIds(b.path(), "shop"));
        QVERIFY(fsckOk(a.path()));
        QVERIFY(!anyFileContains(remote, m_marker));
    }

    // In process: what push's prefix listing relies on. Listings carry storage ids (keyed hashes, the same on
    // every machine with the passphrase), hasObject()/getObject() take plain ids, and a plain view of the
    // folder sees neither the ids nor the bytes.
    void listingUsesStorageIds()
    {
        QString path;
        const QString url = folderUrl(&path);
        auto openEncrypted = [&]() -> std::unique_ptr<EncryptedRemote> {
            Result<std::unique_ptr<Remote>> inner = Remote::open(RemoteUrl::parse(url).value(), {});
            if (!inner) return nullptr;
            Result<std::unique_ptr<EncryptedRemote>> r =
                EncryptedRemote::setUp(std::move(inner).value(), QString::fromUtf8(m_passphrase), "t");
            return r ? std::move(r).value() : nullptr;
        };
        std::unique_ptr<EncryptedRemote> remote = openEncrypted();
        QVERIFY(remote);
        QList<ObjectId> ids;
        for (int i = 0; i < 40; ++i) {
            const QByteArray body = m_marker + QByteArray::number(i);
            ids.append(ObjectId::hash(body));
            QVERIFY(remote->putObject(ids.last(), body).ok());
        }
        QVERIFY(remote->flush().ok());
        std::unique_ptr<EncryptedRemote> again = openEncrypted(); // another session derives the same names
        QVERIFY(again);
        for (int i = 0; i < ids.size(); ++i) {
            const ObjectId stored = again->storageId(ids[i]);
            QCOMPARE(stored, remote->storageId(ids[i]));
            QVERIFY(stored != ids[i]);
            QVERIFY(again->hasObject(ids[i]).value());
            QVERIFY(again->listObjects(stored.toHex().left(2)).value().contains(stored));
            QVERIFY(!QFileInfo::exists(path + u'/' + Remote::objectKey(ids[i])));
            QCOMPARE(again->getObject(ids[i]).value(), m_marker + QByteArray::number(i));
        }
        QVERIFY(!again->hasObject(ObjectId::hash("not there")).value());
        QVERIFY(!anyFileContains(path, m_marker));
    }

    void wrongPassphrase()
    {
        TestHome a, b;
        QString remote;
        const QString url = folderUrl(&remote);
        QVERIFY(addEncrypted(a.path(), url, m_passphrase).exitCode == 0);
        CliResult r = addEncrypted(b.path(), url, "not the passphrase");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("wrong passphrase for remote 'origin'"), qPrintable(cliText(r)));
        QVERIFY(runCli(b.path(), {"remote", "list", "--json"}).json().array().isEmpty()); // nothing recorded

        // Without --encrypt, the remote is refused rather than mixed with plaintext.
        r = runCli(b.path(), {"remote", "add", "origin", url});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("is an encrypted remote"), qPrintable(cliText(r)));

        // An encrypted remote is never set up over plain pods.
        TestHome c;
        const QString plainUrl = folderUrl();
        QCOMPARE(runCli(c.path(), {"remote", "add", "plain", plainUrl}).exitCode, 0);
        QVERIFY(writeTree(dir("w1"), 1, 5, 0));
        commit(c.path(), "p", dir("w1"));
        QCOMPARE(runCli(c.path(), {"push", "p"}).exitCode, 0);
        r = addEncrypted(b.path(), plainUrl, m_passphrase);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("already holds unencrypted pods (p)"), qPrintable(cliText(r)));
    }

    void missingPassphraseSaysWhatToRun()
    {
        TestHome a;
        const QString url = folderUrl();
        QVERIFY(addEncrypted(a.path(), url, m_passphrase).exitCode == 0);
        QVERIFY(writeTree(dir("m1"), 1, 5, 0));
        commit(a.path(), "p", dir("m1"));
        QVERIFY(Keychain::removeSecret(Keychain::passphraseKeyFor(url)).ok());
        CliResult r = runCli(a.path(), {"push", "p"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("no passphrase for encrypted remote 'origin'"), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("poddeck-cli remote passphrase origin"), qPrintable(cliText(r)));

        r = runWithStdin(a.path(), {"remote", "passphrase", "origin", "--passphrase-stdin"}, "wrong\n");
        QVERIFY2(cliText(r).contains("wrong passphrase"), qPrintable(cliText(r)));
        r = runWithStdin(a.path(), {"remote", "passphrase", "origin", "--passphrase-stdin"},
                         m_passphrase + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(a.path(), {"push", "p"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));

        QCOMPARE(runCli(a.path(), {"remote", "remove", "origin"}).exitCode, 0);
        QCOMPARE(Keychain::readSecret(Keychain::passphraseKeyFor(url)).error().code, Error::Code::NotFound);
    }

    void tamperedObjectRefused()
    {
        TestHome a, b;
        QString remote;
        const QString url = folderUrl(&remote);
        QVERIFY(addEncrypted(a.path(), url, m_passphrase).exitCode == 0);
        writeMarkedTree(dir("x1"), 1, 10);
        commit(a.path(), "shop", dir("x1"));
        QCOMPARE(runCli(a.path(), {"push", "shop"}).exitCode, 0);
        QVERIFY(filesUnder(remote + "/objects").isEmpty()); // everything travels in packs
        const QStringList packs = filesUnder(remote + "/packs").filter(QStringLiteral(".pack"));
        QVERIFY(!packs.isEmpty());
        for (const QString &path : packs) // every entry, so whichever the pull reads first fails
            for (qsizetype at = 8; at < QFileInfo(path).size(); at += 16)
                flipByte(path, at);
        CliResult fsck = runCli(a.path(), {"remote", "fsck", "--json"});
        QVERIFY2(fsck.exitCode != 0, qPrintable(cliText(fsck)));
        QVERIFY2(cliText(fsck).contains("is damaged"), qPrintable(cliText(fsck)));

        QVERIFY(addEncrypted(b.path(), url, m_passphrase).exitCode == 0);
        const CliResult r = runCli(b.path(), {"clone", "origin", "shop"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("fails its integrity check"), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("nothing was added"), qPrintable(cliText(r)));
        QVERIFY(versionIds(b.path(), "shop").isEmpty());
    }

    void swappedObjectsRefused()
    {
        TestHome a, b;
        QString remote;
        const QString url = folderUrl(&remote);
        QVERIFY(addEncrypted(a.path(), url, m_passphrase).exitCode == 0);
        // Two pushes, two packs with an index each.
        QVERIFY(writeTree(dir("s1"), 1, 3, 0));
        commit(a.path(), "shop", dir("s1"));
        QCOMPARE(runCli(a.path(), {"push", "shop"}).exitCode, 0);
        QVERIFY(writeTree(dir("s2"), 2, 3, 0));
        commit(a.path(), "shop", dir("s2"));
        QCOMPARE(runCli(a.path(), {"push", "shop"}).exitCode, 0);
        // Swap the two indexes: each file is intact ciphertext, under another pack's name.
        const QStringList indexes = filesUnder(remote + "/packs").filter(QStringLiteral(".idx"));
        QCOMPARE(indexes.size(), 2);
        QList<QByteArray> bodies;
        for (const QString &path : indexes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bodies.append(f.readAll());
        }
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            QFile f(indexes[i]);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bodies[(i + 1) % bodies.size()]);
        }
        QVERIFY(addEncrypted(b.path(), url, m_passphrase).exitCode == 0);
        const CliResult r = runCli(b.path(), {"clone", "origin", "shop"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("fails its integrity check"), qPrintable(cliText(r)));
        QVERIFY(versionIds(b.path(), "shop").isEmpty());
    }

    // On an encrypted remote a share is encrypted too, under a fresh key that only the link's #fragment
    // carries: the remote holds ciphertext, the whole link imports, the link without its key, with another
    // key, or to a damaged bundle is refused with a clear message. --plaintext still uploads it readable.
    void shareIsEncryptedWithKeyInLink()
    {
        TestHome a;
        QString remote;
        const QString url = folderUrl(&remote);
        QVERIFY(addEncrypted(a.path(), url, m_passphrase).exitCode == 0);
        writeMarkedTree(dir("sh"), 1, 5);
        commit(a.path(), "shop", dir("sh"));
        CliResult r = runCli(a.path(), {"share", "shop", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(r.json().object().value("encrypted").toBool());
        const QString link = r.json().object().value("url").toString();
        QVERIFY2(link.startsWith("file://") && link.contains("#key="), qPrintable(link));
        const QStringList shares = filesUnder(remote + "/shares");
        QCOMPARE(shares.size(), 1);
        QFile sealed(shares.first());
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        const QByteArray bytes = sealed.readAll();
        QVERIFY(bytes.startsWith("PDSH"));
        QVERIFY(!bytes.contains(m_marker));
        const QString key = link.mid(link.indexOf("#key=") + 5);
        QVERIFY(!bytes.contains(key.toLatin1()));

        TestHome b;
        r = runCli(b.path(), {"import", link});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
        QVERIFY(fsckOk(b.path()));

        TestHome c;
        r = runCli(c.path(), {"import", link.left(link.indexOf('#'))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("#key="), qPrintable(cliText(r)));
        r = runCli(c.path(), {"import", shares.first()});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("encrypted share"), qPrintable(cliText(r)));
        QString otherKey = key;
        otherKey[0] = otherKey.at(0) == u'A' ? u'B' : u'A';
        r = runCli(c.path(), {"import", link.left(link.indexOf('#') + 5) + otherKey});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("cannot be decrypted"), qPrintable(cliText(r)));
        // A damaged bundle (cut short) is refused; tst_sharecipher cuts one at a chunk boundary.
        sealed.close();
        const QString cut = m_work.filePath("cut.pod");
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(bytes.left(bytes.size() - 10)) > 0);
        out.close();
        r = runCli(c.path(), {"import", QUrl::fromLocalFile(cut).toString() + link.mid(link.indexOf('#'))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("cannot be decrypted") || cliText(r).contains("cut short"), qPrintable(cliText(r)));
        QVERIFY(versionIds(c.path(), "shop").isEmpty());

        r = runCli(a.path(), {"share", "shop", "--plaintext", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(!r.json().object().value("encrypted").toBool());
        QVERIFY(!r.json().object().value("url").toString().contains('#'));
        TestHome d;
        r = runCli(d.path(), {"import", r.json().object().value("url").toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
    }

    // The same on S3 (moto): round trip, no plaintext in any key or body, a damaged object refused.
    void s3RoundTripAndTamper()
    {
        QVERIFY2(m_motoUp, "moto_server is not available: run packaging/setup-debian.sh --tests");
        TestHome a, b;
        const QString url = QStringLiteral("s3://%1/team?endpoint=%2").arg(m_bucket, m_moto.endpoint());
        CliResult r = addEncrypted(a.path(), url, m_passphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        writeMarkedTree(dir("s3"), 1, 30);
        commit(a.path(), "shop", dir("s3"));
        r = runCli(a.path(), {"push", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));

        const QStringList keys = s3Keys(QStringLiteral("team/"));
        QVERIFY(keys.contains(QStringLiteral("team/pods/_keys/poddeck.json")));
        QVERIFY(keys.contains(QStringLiteral("team/pods/shop.json")));
        const QStringList ids = storeIds(a.path());
        QStringList objectKeys;
        for (const QString &k : keys) {
            for (const QString &id : ids)
                QVERIFY2(!k.contains(id.mid(2)), qPrintable(k));
            const QByteArray body = s3Get(k);
            QVERIFY(!body.isEmpty());
            QVERIFY2(!body.contains(m_marker), qPrintable(k));
            QVERIFY2(!k.contains(QLatin1String("/objects/")), qPrintable(k)); // everything travels in packs
            if (k.endsWith(QLatin1String(".pack"))) objectKeys.append(k);
        }
        QVERIFY(!objectKeys.isEmpty());

        r = addEncrypted(b.path(), url, m_passphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(b.path(), {"clone", "origin", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));

        QVERIFY2(runCli(a.path(), {"remote", "fsck"}).exitCode == 0, qPrintable(cliText(runCli(a.path(), {"remote", "fsck"}))));

        // Damage every entry of every pack; a third machine's pull refuses.
        for (const QString &k : std::as_const(objectKeys)) {
            QByteArray body = s3Get(k);
            for (qsizetype at = 8; at < body.size(); at += 16)
                body[at] = char(body.at(at) ^ 0x80);
            QVERIFY(
                s3().send(AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_bucket, k, {}, body)).ok());
        }
        TestHome c;
        QVERIFY(addEncrypted(c.path(), url, m_passphrase).exitCode == 0);
        r = runCli(c.path(), {"clone", "origin", "shop"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("fails its integrity check"), qPrintable(cliText(r)));
        QVERIFY(versionIds(c.path(), "shop").isEmpty());
    }
    // A share on an encrypted S3 remote: ciphertext in the bucket, the key only in the link's fragment, the
    // object tagged for the lifecycle rules share adds beside the team's own rule (which stays).
    void s3ShareEncryptedAndExpiring()
    {
        QVERIFY2(m_motoUp, "moto_server is not available: run packaging/setup-debian.sh --tests");
        // The team's own lifecycle rule, set the way a user would (aws CLI).
        QProcess aws;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("AWS_ACCESS_KEY_ID", "testing");
        env.insert("AWS_SECRET_ACCESS_KEY", "testing");
        env.insert("AWS_DEFAULT_REGION", "us-east-1");
        aws.setProcessEnvironment(env);
        const auto runAws = [&](const QStringList &args) {
            aws.start(QStringLiteral("aws"), QStringList{"--endpoint-url", m_moto.endpoint(), "s3api"} + args);
            return aws.waitForFinished(60000) && aws.exitCode() == 0;
        };
        QVERIFY2(runAws({"put-bucket-lifecycle-configuration", "--bucket", m_bucket, "--lifecycle-configuration",
                         R"({"Rules":[{"ID":"team-logs","Filter":{"Prefix":"logs/"},"Status":"Enabled","Expiration":{"Days":30}}]})"}),
                 aws.readAllStandardError().constData());

        TestHome a, b;
        const QString url = QStringLiteral("s3://%1/shared?endpoint=%2").arg(m_bucket, m_moto.endpoint());
        QVERIFY(addEncrypted(a.path(), url, m_passphrase).exitCode == 0);
        writeMarkedTree(dir("s3share"), 1, 5);
        commit(a.path(), "shop", dir("s3share"));
        CliResult r = runCli(a.path(), {"share", "shop", "--expires", "36h", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY2(r.json().object().value("notes").toArray().isEmpty(), qPrintable(cliText(r)));
        const QString link = r.json().object().value("url").toString();
        const QString id = r.json().object().value("id").toString();
        QVERIFY2(link.startsWith("http") && link.contains("#key="), qPrintable(link));
        const QString key = QStringLiteral("shared/shares/%1.pod").arg(id);
        const QByteArray body = s3Get(key);
        QVERIFY(body.startsWith("PDSH"));
        QVERIFY(!body.contains(m_marker));

        QVERIFY(runAws({"get-bucket-lifecycle-configuration", "--bucket", m_bucket}));
        const QJsonArray rules = QJsonDocument::fromJson(aws.readAllStandardOutput()).object().value("Rules").toArray();
        QStringList ids;
        for (const QJsonValue &rule : rules)
            ids.append(rule.toObject().value("ID").toString());
        QVERIFY2(ids.contains("team-logs"), qPrintable(ids.join(',')));
        QVERIFY2(ids.contains("poddeck-share-days-2"), qPrintable(ids.join(',')));
        for (const QJsonValue &rule : rules) {
            if (rule.toObject().value("ID").toString() != QLatin1String("poddeck-share-days-2"))
                continue;
            const QJsonObject both = rule.toObject().value("Filter").toObject().value("And").toObject();
            QCOMPARE(both.value("Prefix").toString(), QStringLiteral("shared/shares/"));
            QCOMPARE(rule.toObject().value("Expiration").toObject().value("Days").toInt(), 3);
        }
        QVERIFY(runAws({"get-object-tagging", "--bucket", m_bucket, "--key", key}));
        const QJsonArray tags = QJsonDocument::fromJson(aws.readAllStandardOutput()).object().value("TagSet").toArray();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().toObject().value("Key").toString(), QStringLiteral("poddeck-share-days"));
        QCOMPARE(tags.first().toObject().value("Value").toString(), QStringLiteral("2"));

        // A second share leaves the rules as they are.
        QVERIFY(runCli(a.path(), {"share", "shop"}).exitCode == 0);
        QVERIFY(runAws({"get-bucket-lifecycle-configuration", "--bucket", m_bucket}));
        QCOMPARE(QJsonDocument::fromJson(aws.readAllStandardOutput()).object().value("Rules").toArray().size(), rules.size());

        r = runCli(b.path(), {"import", link});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
    }

    // Someone with write access but without the key puts back an older sealed pod file (a replay): it
    // decrypts fine, yet pulling it would move the pod backwards. Pull refuses and says how to repair; a
    // listing does not record the older head; a push of the newer versions puts them back.
    void replayedPodFileRefused()
    {
        QVERIFY(m_motoUp);
        TestHome a;
        const QString url = QStringLiteral("s3://%1/replay?endpoint=%2").arg(m_bucket, m_moto.endpoint());
        CliResult r = addEncrypted(a.path(), url, m_passphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        writeMarkedTree(dir("replay1"), 1, 5);
        commit(a.path(), "shop", dir("replay1"));
        r = runCli(a.path(), {"push", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        const QString podKey = QStringLiteral("replay/pods/shop.json");
        const QByteArray old = s3Get(podKey);
        QVERIFY(!old.isEmpty());

        writeMarkedTree(dir("replay2"), 2, 5);
        commit(a.path(), "shop", dir("replay2"));
        r = runCli(a.path(), {"push", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QVERIFY(s3Get(podKey) != old);
        QVERIFY(s3().send(AwsRequest::s3(QStringLiteral("PutObject"), "PUT", m_bucket, podKey, {}, old)).ok());

        r = runCli(a.path(), {"list", "--remote", "origin"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(a.path(), {"pull", "shop"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(cliText(r).contains("moved backwards"), qPrintable(cliText(r)));
        QVERIFY2(cliText(r).contains("poddeck-cli push shop origin"), qPrintable(cliText(r)));
        QCOMPARE(versionIds(a.path(), "shop").size(), 2);

        r = runCli(a.path(), {"push", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        r = runCli(a.path(), {"pull", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));

        // A second machine that never saw the newer head has nothing to compare with, and is not refused.
        TestHome b;
        QVERIFY(addEncrypted(b.path(), url, m_passphrase).exitCode == 0);
        r = runCli(b.path(), {"clone", "origin", "shop"});
        QVERIFY2(r.exitCode == 0, qPrintable(cliText(r)));
        QCOMPARE(versionIds(b.path(), "shop"), versionIds(a.path(), "shop"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteEncrypted)
#include "tst_remote_encrypted.moc"
