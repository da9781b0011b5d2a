#include "TerminalSafe.h"

namespace poddeck::cli {

namespace {

bool isC0(uchar b)
{
    return (b < 0x20 && b != '\n' && b != '\t') || b == 0x7f;
}

QByteArray hex(const char *prefix, uchar b)
{
    static const char digits[] = "0123456789abcdef";
    return QByteArray(prefix) + digits[b >> 4] + digits[b & 0xf];
}

} // namespace

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 && isC0(uchar(u)))
            out += QString::fromLatin1(hex("\\x", uchar(u)));
        else if (u >= 0x80 && u <= 0x9f)
            out += QString::fromLatin1(hex("\\u00", uchar(u)));
        else
            out += c;
    }
    return out;
}

TerminalSafeDevice::TerminalSafeDevice(std::FILE *file) : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (m_pendingC2)
        std::fputc(0xc2, m_file);
    std::fflush(m_file);
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const uchar b = uchar(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (b >= 0x80 && b <= 0x9f) { // U+0080..U+009F in UTF-8
                out += hex("\\u00", b);
                continue;
            }
            out += char(0xc2);
        }
        if (b == 0xc2)
            m_pendingC2 = true;
        else if (isC0(b))
            out += hex("\\x", b);
        else
            out += char(b);
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_file) != size_t(out.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

} // namespace poddeck::cli
