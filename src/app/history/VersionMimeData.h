#pragma once

#include "state/ObjectId.h"

#include <QMimeData>

#include <memory>
#include <optional>

namespace poddeck {

class DragBundle;

// What a version row carries when dragged.
//
// Inside PodDeck: Format, "pod\nnumber\nid" (the instance bar injects it). To the desktop: a file URL
// of a .pod bundle of the version. That bundle holds secrets, so it is written only when a drag starts
// (DragExportCache, in a job, into a private directory) and never for a mere selection. The URL is
// rendered late: the drop target's request waits for the job at most WaitAtDropMs, which a drag
// gesture usually outlasts; a later export gives the drop no file rather than freezing the window.
// Versions too large to drag (DragExportCache::MaxBytes) carry "pod:N" as text only.
class VersionMimeData : public QMimeData
{
    Q_OBJECT

public:
    static inline const QString Format = QStringLiteral("application/x-poddeck-version");
    static constexpr int WaitAtDropMs = 2000;

    struct Ref
    {
        QString pod;
        int number = 0;
        ObjectId id;
    };

    VersionMimeData(const QString &pod, int number, const ObjectId &id, std::shared_ptr<DragBundle> bundle = {});
    ~VersionMimeData() override; // the drag is over: DragExportCache removes the bundle

    QStringList formats() const override;

    static std::optional<Ref> decode(const QMimeData *mime);

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    std::shared_ptr<DragBundle> m_bundle;
};

} // namespace poddeck
