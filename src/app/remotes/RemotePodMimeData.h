#pragma once

#include <QMimeData>
#include <QString>

#include <optional>

namespace poddeck {

// What a row of Remote > Browse Remote… carries when dragged: a pod on a remote, by names. Dropped on the
// instance bar it is cloned (or pulled, when this home has it) and its newest version injected. Like
// VersionMimeData, a format of our own ("remote\npod") and the pod's name as text.
struct RemotePodMimeData
{
    static inline const QString Format = QStringLiteral("application/x-poddeck-remote-pod");

    struct Ref
    {
        QString remote;
        QString pod;
    };

    static QMimeData *create(const QString &remote, const QString &pod);
    static std::optional<Ref> decode(const QMimeData *mime);
};

} // namespace poddeck
