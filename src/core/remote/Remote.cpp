#include "remote/Remote.h"

#include "remote/FolderRemote.h"
#include "remote/S3Remote.h"

#include <QRegularExpression>

namespace poddeck {

QString Remote::objectKey(const ObjectId &id)
{
    const QString hex = id.toHex();
    return QStringLiteral("objects/") + hex.left(2) + u'/' + hex.mid(2);
}

QString Remote::podKey(const QString &name)
{
    return QStringLiteral("pods/") + name + QStringLiteral(".json");
}

QString Remote::packKey(const QString &name)
{
    return QStringLiteral("packs/") + name;
}

bool Remote::isShareId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
    return shape.match(id).hasMatch();
}

Result<QList<Remote::PackFileInfo>> Remote::listPackFilesWithTimes()
{
    Result<QStringList> names = listPackFiles();
    if (!names)
        return names.error();
    QList<PackFileInfo> out;
    for (const QString &n : std::as_const(*names))
        out.append({n, QDateTime(), -1});
    return out;
}

Status Remote::putPackIndex(const PackIndex &index)
{
    return putPackFile(indexFileName(index.packId), index.toBytes());
}

Result<PackIndex> Remote::readPackIndex(const QString &packId)
{
    Result<QByteArray> bytes = readPackFile(indexFileName(packId), PackIndex::MaxBytes);
    if (!bytes)
        return bytes.error();
    return PackIndex::parse(*bytes, packId, QStringLiteral("%1/%2").arg(describe(), packKey(indexFileName(packId))));
}

Result<std::unique_ptr<Remote>> Remote::open(const RemoteUrl &url, const AwsCredentials &credentials)
{
    if (url.kind == RemoteUrl::Kind::Folder) {
        Result<std::unique_ptr<FolderRemote>> folder = FolderRemote::open(url);
        if (!folder)
            return folder.error();
        return std::unique_ptr<Remote>(std::move(folder).value());
    }
    return std::unique_ptr<Remote>(std::make_unique<S3Remote>(url, credentials));
}

} // namespace poddeck
