#include "remote/ShareCipher.h"

#include "remote/RemoteCipher.h"
#include "util/ErrorText.h"

#include <QFile>
#include <QUrlQuery>
#include <QtEndian>

namespace poddeck {

namespace {

const QByteArray Magic = QByteArrayLiteral("PDSH");

// The header's chunk size is bound into every chunk too, so no byte of the file goes unauthenticated.
QByteArray chunkContext(quint32 chunkSize, qint64 index, bool last)
{
    return QByteArrayLiteral("share-chunk:") + QByteArray::number(chunkSize) + ':' + QByteArray::number(index)
           + (last ? ":1" : ":0");
}

Error readError(const QFile &f)
{
    return Error(Error::Code::Io, ErrorText::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
}

Error writeError(const QFile &f)
{
    return Error(Error::Code::Io, ErrorText::tr("cannot write %1: %2").arg(f.fileName(), f.errorString()));
}

} // namespace

QByteArray ShareCipher::newKey()
{
    return RemoteCipher::randomBytes(RemoteCipher::KeySize);
}

QString ShareCipher::fragmentFor(const QByteArray &key)
{
    return QLatin1String(FragmentKey) + u'='
           + QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QByteArray> ShareCipher::keyFromFragment(const QString &fragment)
{
    const QString value = QUrlQuery(fragment).queryItemValue(QLatin1String(FragmentKey));
    const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::Base64UrlEncoding
                                                                              | QByteArray::AbortOnBase64DecodingErrors);
    if (value.isEmpty() || !decoded || decoded.decoded.size() != RemoteCipher::KeySize)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("the link's #key= part is missing or damaged: copy the whole link, including "
                                    "everything after '#'"));
    return decoded.decoded;
}

bool ShareCipher::isSealed(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(Magic.size()) == Magic;
}

Status ShareCipher::sealFile(const QByteArray &key, const QString &plainPath, const QString &sealedPath)
{
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return readError(in);
    QFile out(sealedPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(out);
    QByteArray header = Magic;
    header.append(FormatVersion);
    char size[4];
    qToBigEndian<quint32>(ChunkSize, size);
    header.append(size, 4);
    if (out.write(header) != header.size())
        return writeError(out);
    const qint64 total = in.size();
    qint64 index = 0;
    for (qint64 offset = 0;; ++index) {
        const QByteArray plain = in.read(ChunkSize);
        if (plain.size() < std::min<qint64>(ChunkSize, total - offset))
            return readError(in);
        offset += plain.size();
        // A file whose size is a multiple of the chunk size ends with an empty last chunk.
        const bool last = plain.size() < ChunkSize;
        Result<QByteArray> sealed = RemoteCipher::seal(key, plain, chunkContext(ChunkSize, index, last));
        if (!sealed)
            return sealed.error();
        if (out.write(*sealed) != sealed->size())
            return writeError(out);
        if (last)
            break;
    }
    if (!out.flush())
        return writeError(out);
    return {};
}

Status ShareCipher::openFile(const QByteArray &key, const QString &sealedPath, const QString &plainPath)
{
    QFile in(sealedPath);
    if (!in.open(QIODevice::ReadOnly))
        return readError(in);
    const QByteArray header = in.read(HeaderSize);
    if (header.size() != HeaderSize || !header.startsWith(Magic))
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 is not an encrypted share").arg(sealedPath));
    if (header.at(4) != FormatVersion)
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("%1 was encrypted by a newer PodDeck (format %2); update PodDeck to open it")
                         .arg(sealedPath).arg(int(header.at(4))));
    const quint32 chunkSize = qFromBigEndian<quint32>(header.constData() + 5);
    if (chunkSize == 0 || chunkSize > 64u * 1024 * 1024)
        return Error(Error::Code::Corrupt, ErrorText::tr("%1 is damaged (chunk size %2)").arg(sealedPath).arg(chunkSize));
    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(out);
    const qint64 sealedChunk = qint64(chunkSize) + RemoteCipher::Overhead;
    for (qint64 index = 0;; ++index) {
        const QByteArray sealed = in.read(sealedChunk);
        const bool last = in.atEnd();
        if (sealed.size() < RemoteCipher::Overhead || (!last && sealed.size() != sealedChunk))
            return Error(Error::Code::Corrupt, ErrorText::tr("%1 is cut short or damaged: download the share again").arg(sealedPath));
        Result<QByteArray> plain = RemoteCipher::open(key, sealed, chunkContext(chunkSize, index, last));
        if (!plain)
            return Error(Error::Code::Corrupt,
                         ErrorText::tr("the shared bundle cannot be decrypted: %1 (is the #key= part of the link the "
                                        "one that came with it?)")
                             .arg(plain.error().message));
        if (out.write(*plain) != plain->size())
            return writeError(out);
        if (last)
            break;
    }
    if (!out.flush())
        return writeError(out);
    return {};
}

} // namespace poddeck
