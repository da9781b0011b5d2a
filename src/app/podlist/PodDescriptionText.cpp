#include "app/podlist/PodDescriptionText.h"

namespace poddeck {

QString PodDescriptionText::labels(const QStringList &labels)
{
    return labels.isEmpty() ? QString() : tr("Labels: %1").arg(labels.join(QStringLiteral(", ")));
}

QString PodDescriptionText::toolTip(const QString &pod, const PodDescription &description)
{
    if (description.isEmpty())
        return tr("%1\n\nNo description yet (Version > Properties describes the pod)").arg(pod);
    QStringList parts{pod};
    if (!description.text.isEmpty())
        parts.append(description.text);
    if (!description.labels.isEmpty())
        parts.append(labels(description.labels));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace poddeck
