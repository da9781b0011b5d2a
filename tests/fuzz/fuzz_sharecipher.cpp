// Sealed share bundles (remote/ShareCipher) are downloaded from wherever a link points: any bytes open or
// fail without touching memory they should not, and nothing but the bytes sealed under the key opens.
// The first input byte picks what the rest is: 0..127 a sealed file as downloaded (opened under a fixed
// key); 128..255 a plaintext that is sealed, damaged at one place the input names, and opened again.
#include "FuzzSupport.h"

#include "remote/ShareCipher.h"

#include <QFile>

using namespace poddeck;

namespace {

const QByteArray Key(32, '\x5a');

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString dir = fuzz::scratchDir();
    const QString sealed = dir + QStringLiteral("/sealed"), plain = dir + QStringLiteral("/plain"),
                  opened = dir + QStringLiteral("/opened");
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    if (data[0] < 128) {
        FUZZ_CHECK(writeFile(sealed, rest));
        const Status st = ShareCipher::openFile(Key, sealed, opened);
        FUZZ_CHECK(st.ok() || !st.error().message.isEmpty());
        return 0;
    }
    // Seal, damage one byte (at a place the first two bytes of `rest` name), and open.
    FUZZ_CHECK(writeFile(plain, rest));
    FUZZ_CHECK(ShareCipher::sealFile(Key, plain, sealed).ok());
    QByteArray bytes = readFile(sealed);
    FUZZ_CHECK(ShareCipher::openFile(Key, sealed, opened).ok() && readFile(opened) == rest);
    const qsizetype at = rest.size() >= 2 ? (uchar(rest[0]) << 8 | uchar(rest[1])) % bytes.size() : 0;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    FUZZ_CHECK(writeFile(sealed, bytes));
    FUZZ_CHECK(!ShareCipher::openFile(Key, sealed, opened).ok());
    return 0;
}
