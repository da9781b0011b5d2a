#include "bundle/ArchiveSafety.h"

#include "util/ErrorText.h"

#include <QRegularExpression>
#include <QStringList>

namespace poddeck::ArchiveSafety {

QString nameProblem(const QString &name, Container container)
{
    const QString shown = quoted(name);
    if (name.isEmpty())
        return ErrorText::tr("entry %1 has an empty name").arg(shown);
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return ErrorText::tr("entry %1 has a control character in its name").arg(shown);
    }
    const QString escapes =
        (container == Container::Bundle
             ? ErrorText::tr("entry %1 escapes the bundle (absolute paths and '..' are not allowed)")
             : ErrorText::tr("entry %1 escapes the archive (absolute paths and '..' are not allowed)"))
            .arg(shown);
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return escapes;
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return escapes;
    QString body = name;
    if (body.endsWith(QLatin1Char('/')))
        body.chop(1);
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList parts = body.split(separators);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return escapes;
        if (part.isEmpty())
            return ErrorText::tr("entry %1 has an empty path component").arg(shown);
    }
    return {};
}

QString quoted(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (out.size() > 160)
        out = out.left(80) + QStringLiteral("...") + out.right(60);
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString formatSize(qint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    const bool whole = value == double(qint64(value));
    return QStringLiteral("%1 %2").arg(whole ? QString::number(qint64(value)) : QString::number(value, 'f', 1),
                                       QLatin1String(units[unit]));
}

} // namespace poddeck::ArchiveSafety
