#pragma once

#include "state/ObjectId.h"

#include <QMimeData>

#include <optional>

namespace poddeck {

// What a version row carries when dragged.
//
// Inside PodDeck: Format, "pod\nnumber\nid" (the instance bar injects it). To the desktop: a file URL
// of a .pod bundle of the version. Writing that bundle is disk work the GUI thread must not do when
// the drag starts, and a QMimeData that exported in retrieveData() would block the drop target. So
// HistoryWidget exports the version the user selects in a job (once it has stayed selected for a
// moment, into a per-session temp dir, keyed by content id) and the drag carries the file when it is
// ready; a drag started before that carries "pod:N" as text only.
class VersionMimeData : public QMimeData
{
    Q_OBJECT

public:
    static inline const QString Format = QStringLiteral("application/x-poddeck-version");

    struct Ref
    {
        QString pod;
        int number = 0;
        ObjectId id;
    };

    VersionMimeData(const QString &pod, int number, const ObjectId &id, const QString &bundleFile = QString());

    static std::optional<Ref> decode(const QMimeData *mime);
};

} // namespace poddeck
