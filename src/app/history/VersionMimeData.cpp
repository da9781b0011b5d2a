#include "app/history/VersionMimeData.h"

#include "app/history/DragBundle.h"

#include <QUrl>

namespace poddeck {

namespace {

const QString UriList = QStringLiteral("text/uri-list");

} // namespace

VersionMimeData::VersionMimeData(const QString &pod, int number, const ObjectId &id, std::shared_ptr<DragBundle> bundle)
    : m_bundle(std::move(bundle))
{
    setData(Format, QStringLiteral("%1\n%2\n%3").arg(pod).arg(number).arg(id.toHex()).toUtf8());
    setText(QStringLiteral("%1:%2").arg(pod).arg(number));
}

VersionMimeData::~VersionMimeData()
{
    if (m_bundle)
        m_bundle->dragEnded();
}

QStringList VersionMimeData::formats() const
{
    QStringList out = QMimeData::formats();
    if (m_bundle)
        out.append(UriList);
    return out;
}

QVariant VersionMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != UriList || !m_bundle)
        return QMimeData::retrieveData(mimeType, type);
    const QString file = m_bundle->waitForFile(WaitAtDropMs);
    if (file.isEmpty())
        return {};
    const QUrl url = QUrl::fromLocalFile(file);
    if (type.id() == QMetaType::QByteArray)
        return url.toEncoded() + "\r\n";
    return QVariant(QList<QVariant>{url});
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
