// ShareCipher: the file format of encrypted share links. Round trips at the sizes that matter (empty, one
// byte, exactly a chunk, a chunk and one byte), and every way to tamper with a sealed file fails: a
// flipped byte, chunks swapped, the file cut off at a chunk boundary, another key.
#include "remote/RemoteCipher.h"
#include "remote/ShareCipher.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace poddeck;

class TestShareCipher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray randomBytes(qsizetype n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            b[i] = char(QRandomGenerator::global()->generate());
        return b;
    }

    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Seals `plain`, returns the sealed bytes.
    QByteArray seal(const QByteArray &key, const QByteArray &plain)
    {
        if (!write(path("plain"), plain))
            return {};
        if (!ShareCipher::sealFile(key, path("plain"), path("sealed")))
            return {};
        return read(path("sealed"));
    }

    Status open(const QByteArray &key, const QByteArray &sealed)
    {
        if (!write(path("tampered"), sealed))
            return Error(Error::Code::Io, QStringLiteral("cannot write"));
        return ShareCipher::openFile(key, path("tampered"), path("opened"));
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("one chunk") << ShareCipher::ChunkSize;
        QTest::newRow("a chunk and a byte") << ShareCipher::ChunkSize + 1;
        QTest::newRow("three chunks") << 3 * ShareCipher::ChunkSize - 7;
    }

    void roundTrip()
    {
        QFETCH(int, size);
        const QByteArray key = ShareCipher::newKey();
        const QByteArray plain = randomBytes(size);
        const QByteArray sealed = seal(key, plain);
        QVERIFY(sealed.startsWith("PDSH"));
        QVERIFY(ShareCipher::isSealed(path("sealed")));
        QVERIFY(!ShareCipher::isSealed(path("plain")) || plain.startsWith("PDSH"));
        const int chunks = size / ShareCipher::ChunkSize + 1;
        QCOMPARE(sealed.size(), ShareCipher::HeaderSize + size + chunks * RemoteCipher::Overhead);
        const Status st = open(key, sealed);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(read(path("opened")), plain);
    }

    void tamperingFails()
    {
        const QByteArray key = ShareCipher::newKey();
        const QByteArray sealed = seal(key, randomBytes(2 * ShareCipher::ChunkSize + 100));
        const qsizetype chunk = ShareCipher::ChunkSize + RemoteCipher::Overhead;
        QVERIFY(open(key, sealed).ok());

        QByteArray flipped = sealed;
        flipped[ShareCipher::HeaderSize + chunk + 40] = char(flipped.at(ShareCipher::HeaderSize + chunk + 40) ^ 1);
        QVERIFY(!open(key, flipped).ok());

        QByteArray swapped = sealed.left(ShareCipher::HeaderSize) + sealed.mid(ShareCipher::HeaderSize + chunk, chunk)
                             + sealed.mid(ShareCipher::HeaderSize, chunk) + sealed.mid(ShareCipher::HeaderSize + 2 * chunk);
        QCOMPARE(swapped.size(), sealed.size());
        QVERIFY(!open(key, swapped).ok());

        // Cut at a chunk boundary: every remaining chunk is intact, but the last one was not sealed as last.
        const Status cut = open(key, sealed.left(ShareCipher::HeaderSize + 2 * chunk));
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().message.contains("cannot be decrypted"), qPrintable(cut.error().message));
        QVERIFY(!open(key, sealed.left(ShareCipher::HeaderSize)).ok());

        QVERIFY(!open(ShareCipher::newKey(), sealed).ok());

        // The header's chunk size is authenticated too: changed on a one-chunk file (where every chunk would
        // still be read whole), the file does not open.
        const QByteArray small = seal(key, randomBytes(100));
        QVERIFY(open(key, small).ok());
        QByteArray resized = small;
        resized[7] = char(resized.at(7) ^ 0x01);
        QVERIFY(!open(key, resized).ok());
    }

    void keyTravelsInTheFragment()
    {
        const QByteArray key = ShareCipher::newKey();
        const QString fragment = ShareCipher::fragmentFor(key);
        QVERIFY(fragment.startsWith("key="));
        const QString encoded = fragment.mid(4);
        QVERIFY(!encoded.contains('+') && !encoded.contains('/') && !encoded.contains('='));
        Result<QByteArray> back = ShareCipher::keyFromFragment(fragment);
        QVERIFY(back.ok());
        QCOMPARE(*back, key);
        QVERIFY(!ShareCipher::keyFromFragment(QString()).ok());
        QVERIFY(!ShareCipher::keyFromFragment(QStringLiteral("key=abc")).ok());
        QVERIFY(!ShareCipher::keyFromFragment(QStringLiteral("key=%1").arg(QString(43, u'!'))).ok());
    }
};

QTEST_GUILESS_MAIN(TestShareCipher)
#include "tst_sharecipher.moc"
