#include "app/history/VersionMimeData.h"

#include <QUrl>

namespace poddeck {

VersionMimeData::VersionMimeData(const QString &pod, int number, const ObjectId &id, const QString &bundleFile)
{
    setData(Format, QStringLiteral("%1\n%2\n%3").arg(pod).arg(number).arg(id.toHex()).toUtf8());
    setText(QStringLiteral("%1:%2").arg(pod).arg(number));
    if (!bundleFile.isEmpty())
        setUrls({QUrl::fromLocalFile(bundleFile)});
}

std::optional<VersionMimeData::Ref> VersionMimeData::decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(Format))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(mime->data(Format)).split(QLatin1Char('\n'));
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    Ref ref{parts[0], parts[1].toInt(&ok), ObjectId::fromHex(parts[2])};
    if (!ok || ref.pod.isEmpty() || ref.number <= 0)
        return std::nullopt;
    return ref;
}

} // namespace poddeck
