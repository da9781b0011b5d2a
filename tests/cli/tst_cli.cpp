#include "CliRunner.h"
#include "support/TestHome.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace poddeck::test;

class TestCli : public QObject
{
    Q_OBJECT

    static void writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    static QJsonArray versionsOf(const QString &home, const QString &pod)
    {
        const CliResult r = runCli(home, {"versions", pod, "--json"});
        return r.json().array();
    }

private Q_SLOTS:
    void commitListVersionsInspect()
    {
        TestHome home, data;
        writeFile(data.file("a.txt"), "alpha");
        writeFile(data.file("sub/dir/b.txt"), "beta");
        CliResult r = runCli(home.path(), {"commit", "demo", "--from-dir", data.path(), "-m", "first"});
        QVERIFY2(r.exitCode == 0, r.err);
        writeFile(data.file("a.txt"), "alpha 2");
        QCOMPARE(runCli(home.path(), {"save", "demo", "--from-dir", data.path(), "-m", "second"}).exitCode, 0);

        r = runCli(home.path(), {"--json", "list"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray pods = r.json().array();
        QCOMPARE(pods.size(), 1);
        QCOMPARE(pods[0].toObject().value("name").toString(), QStringLiteral("demo"));
        QCOMPARE(pods[0].toObject().value("versions").toInt(), 2);

        const QJsonArray versions = versionsOf(home.path(), "demo");
        QCOMPARE(versions.size(), 2);
        for (const char *key : {"id", "number", "root", "parents", "message", "author", "created", "services"})
            QVERIFY2(versions[0].toObject().contains(key), key);
        const QJsonObject v1 = versions[0].toObject(), v2 = versions[1].toObject();
        QCOMPARE(v1.value("number").toInt(), 1);
        QCOMPARE(v2.value("message").toString(), QStringLiteral("second"));
        QCOMPARE(v2.value("parents").toArray().at(0).toString(), v1.value("id").toString());
        QCOMPARE(runCli(home.path(), {"log", "demo", "--json"}).json().array().size(), 2);

        r = runCli(home.path(), {"inspect", "demo:1", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QByteArray tree = r.out;
        QVERIFY(tree.contains("\"sub/dir/b.txt\""));
        QCOMPARE(r.json().object().value("version").toObject().value("id").toString(), v1.value("id").toString());
        r = runCli(home.path(), {"inspect", "demo"});
        QVERIFY(r.out.contains("demo:2"));
        QVERIFY(r.out.contains("a.txt"));
    }

    // A version message or file name from someone else's pod cannot drive the terminal: controls are
    // printed escaped (\x1b, \x0d, \u009b), in plain output and in errors; JSON stays JSON.
    void controlCharactersAreEscaped()
    {
        TestHome home, data;
        const QString evil = QStringLiteral("x\x1b]0;owned\x07\r\x1b[2Jy\u009b31m");
        writeFile(data.file(QStringLiteral("a\x1b[31m.txt")), "alpha");
        CliResult r = runCli(home.path(), {"commit", "demo", "--from-dir", data.path(), "-m", evil});
        QVERIFY2(r.exitCode == 0, r.err);
        for (const QStringList &args : {QStringList{"versions", "demo"}, QStringList{"log", "demo"}, QStringList{"inspect", "demo"}}) {
            r = runCli(home.path(), args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07') && !r.out.contains('\r') && !r.out.contains("\xc2\x9b"),
                     r.out.toPercentEncoding(" \n/:,.()-").constData());
            if (args.first() != QLatin1String("inspect"))
                QVERIFY2(r.out.contains("x\\x1b]0;owned\\x07\\x0d\\x1b[2Jy\\u009b31m"), r.out.constData());
            else
                QVERIFY2(r.out.contains("a\\x1b[31m.txt"), r.out.constData());
        }
        r = runCli(home.path(), {"versions", "demo", "--json"});
        QCOMPARE(r.json().array().first().toObject().value("message").toString(), evil); // JSON escapes on its own
        r = runCli(home.path(), {"inspect", QStringLiteral("demo\x1b[2J:1")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.err.contains('\x1b'), r.err.constData());
    }

    void errorsAreOneLineWithExitStatus()
    {
        TestHome home;
        CliResult r = runCli(home.path(), {"inspect", "nosuch"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("poddeck-cli: "));
        QVERIFY(r.err.contains("nosuch"));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(runCli(home.path(), {"frobnicate"}).exitCode, 2);
        QCOMPARE(runCli(home.path(), {"inspect", "demo:zero"}).exitCode, 2);
        QCOMPARE(runCli(home.path(), {"commit", "demo", "--from-dir", home.file("missing")}).exitCode, 2);
        QCOMPARE(runCli(home.path(), {"commit", "bad/name", "--from-dir", home.path()}).exitCode, 2);
    }

    void homeFromEnvironment()
    {
        TestHome home, data;
        writeFile(data.file("x"), "x");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PODDECK_HOME", home.path());
        p.setProcessEnvironment(env);
        p.start(PODDECK_CLI_PATH, {"commit", "envpod", "--from-dir", data.path()});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(home.file("catalogue.db")));
        QCOMPARE(runCli(home.path(), {"list", "--json"}).json().array().size(), 1);
    }

    void deleteAndGc()
    {
        TestHome home, data;
        writeFile(data.file("a"), QByteArray(200000, 'a'));
        QCOMPARE(runCli(home.path(), {"commit", "p", "--from-dir", data.path()}).exitCode, 0);
        writeFile(data.file("a"), QByteArray(200000, 'b'));
        QCOMPARE(runCli(home.path(), {"commit", "p", "--from-dir", data.path()}).exitCode, 0);
        QCOMPARE(runCli(home.path(), {"delete", "p:1"}).exitCode, 0);
        QCOMPARE(versionsOf(home.path(), "p").size(), 1);
        CliResult r = runCli(home.path(), {"gc", "--prune-now", "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().object().value("removed").toInt() > 0);
        QCOMPARE(runCli(home.path(), {"fsck"}).exitCode, 0);
        QCOMPARE(runCli(home.path(), {"inspect", "p:2"}).exitCode, 0);
        QCOMPARE(runCli(home.path(), {"delete", "p"}).exitCode, 0);
        QCOMPARE(runCli(home.path(), {"list", "--json"}).json().array().size(), 0);
    }

    void fsckFindsDamage()
    {
        TestHome home, data;
        writeFile(data.file("a"), "content that will be damaged");
        QCOMPARE(runCli(home.path(), {"commit", "p", "--from-dir", data.path()}).exitCode, 0);
        // Damage every object file: fsck must notice and fail.
        QDirIterator it(home.file("objects"), QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write("X");
            ++n;
        }
        QVERIFY(n > 0);
        CliResult r = runCli(home.path(), {"fsck", "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.json().object().value("problems").toArray().isEmpty());
    }

    void bundleRoundTripKeepsIds()
    {
        TestHome home, other, data;
        writeFile(data.file("a"), "one");
        QCOMPARE(runCli(home.path(), {"commit", "rt", "--from-dir", data.path()}).exitCode, 0);
        writeFile(data.file("b"), QByteArray(1 << 20, 'z'));
        QCOMPARE(runCli(home.path(), {"commit", "rt", "--from-dir", data.path()}).exitCode, 0);
        const QString file = home.file("rt.pod");
        CliResult r = runCli(home.path(), {"export", "rt", "--all", "-o", file});
        QVERIFY2(r.exitCode == 0, r.err);
        r = runCli(other.path(), {"import", file});
        QVERIFY2(r.exitCode == 0, r.err);
        QCOMPARE(versionsOf(other.path(), "rt"), versionsOf(home.path(), "rt"));
        QCOMPARE(runCli(other.path(), {"fsck"}).exitCode, 0);
        // Idempotent.
        QCOMPARE(runCli(other.path(), {"import", file}).exitCode, 0);
        QCOMPARE(versionsOf(other.path(), "rt").size(), 2);
        // Under another name.
        QCOMPARE(runCli(other.path(), {"import", file, "--pod", "copy"}).exitCode, 0);
        QCOMPARE(versionsOf(other.path(), "copy").size(), 2);
        // One version alone.
        const QString one = home.file("one.pod");
        QCOMPARE(runCli(home.path(), {"export", "rt:1", "-o", one}).exitCode, 0);
        TestHome third;
        QCOMPARE(runCli(third.path(), {"import", one}).exitCode, 0);
        QCOMPARE(versionsOf(third.path(), "rt").size(), 1);
        QCOMPARE(versionsOf(third.path(), "rt")[0].toObject().value("id"), versionsOf(home.path(), "rt")[0].toObject().value("id"));
    }

    void corruptedBundleChangesNothing()
    {
        TestHome home, other, data;
        writeFile(data.file("a"), QByteArray(300000, 'q'));
        QCOMPARE(runCli(home.path(), {"commit", "c", "--from-dir", data.path()}).exitCode, 0);
        const QString file = home.file("c.pod");
        QCOMPARE(runCli(home.path(), {"export", "c", "-o", file}).exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Walk the tar headers to the largest object entry and flip a byte in the middle of its data.
        qsizetype pos = 0, target = -1, largest = 0;
        while (pos + 512 <= bytes.size() && bytes[pos] != '\0') {
            const QByteArray name = bytes.mid(pos, 100);
            const qsizetype size = bytes.mid(pos + 124, 12).trimmed().replace('\0', "").toLongLong(nullptr, 8);
            if (name.startsWith("objects/") && size > largest) {
                largest = size;
                target = pos + 512 + size / 2;
            }
            pos += 512 + (size + 511) / 512 * 512;
        }
        QVERIFY(target > 0);
        bytes[target] = char(bytes[target] ^ 0x55);
        f.seek(0);
        f.write(bytes);
        f.close();
        CliResult r = runCli(other.path(), {"import", file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("c.pod"), r.err);
        QCOMPARE(runCli(other.path(), {"list", "--json"}).json().array().size(), 0);
        // Nothing left behind: no object and no temp file (empty fan-out directories are harmless).
        QStringList left;
        QDirIterator files(other.file("objects"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext())
            left.append(files.next());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(',')));
        // Not a bundle at all.
        writeFile(home.file("junk.pod"), "this is not an archive");
        r = runCli(other.path(), {"import", home.file("junk.pod")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("junk.pod"));
    }

    void localStackZipRoundTrip()
    {
        TestHome home;
        const QString zip = home.file("state.zip");
        // A zip as `localstack state export` writes it, made with Python's zipfile.
        const QString script = QStringLiteral(
            "import zipfile,sys\n"
            "z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n"
            "z.writestr('api_states/000000000000/sqs/us-east-1/store.state', b'\\x80\\x04sqs-state'*50)\n"
            "z.writestr('api_states/000000000000/s3/us-east-1/store.state', b's3-state')\n"
            "z.writestr('api_states/000000000000/s3/us-east-1/backend.state', b's3-backend')\n"
            "z.writestr('assets/s3/bucket-a/obj', b'asset bytes')\n"
            "z.writestr('api_states.json', b'{}')\n"
            "z.writestr('metadata.yaml', b'localstack_version: 4.0.3\\nservices:\\n- s3\\n- sqs\\n')\n"
            "z.close()\n");
        QProcess py;
        py.start("python3", {"-c", script, zip});
        QVERIFY(py.waitForFinished());
        QCOMPARE(py.exitCode(), 0);
        CliResult r = runCli(home.path(), {"import", zip, "--pod", "ls"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QJsonObject v = versionsOf(home.path(), "ls")[0].toObject();
        QVERIFY(v.value("services").toArray().contains("sqs"));
        const QString out = home.file("back.zip");
        r = runCli(home.path(), {"export", "ls", "-o", out, "--format", "localstack-zip"});
        QVERIFY2(r.exitCode == 0, r.err);
        const QString compare = QStringLiteral(
            "import zipfile,sys\n"
            "a=zipfile.ZipFile(sys.argv[1]); b=zipfile.ZipFile(sys.argv[2])\n"
            "da={n:a.read(n) for n in a.namelist()}; db={n:b.read(n) for n in b.namelist()}\n"
            "sys.exit(0 if da==db else 1)\n");
        py.start("python3", {"-c", compare, zip, out});
        QVERIFY(py.waitForFinished());
        QCOMPARE(py.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
