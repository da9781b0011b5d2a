#include "app/remotes/RemotePodMimeData.h"

namespace poddeck {

QMimeData *RemotePodMimeData::create(const QString &remote, const QString &pod)
{
    auto *mime = new QMimeData;
    mime->setData(Format, QStringLiteral("%1\n%2").arg(remote, pod).toUtf8());
    mime->setText(pod);
    return mime;
}

std::optional<RemotePodMimeData::Ref> RemotePodMimeData::decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(Format))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(mime->data(Format)).split(QLatin1Char('\n'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    return Ref{parts[0], parts[1]};
}

} // namespace poddeck
