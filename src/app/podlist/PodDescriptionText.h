#pragma once

#include "store/PodDescription.h"

#include <QCoreApplication>
#include <QString>

namespace poddeck {

// How a pod's description and labels read in the views (pod list tooltip, Clone dialog, Browse Remote), so
// they agree.
class PodDescriptionText
{
    Q_DECLARE_TR_FUNCTIONS(poddeck::PodDescriptionText)

public:
    // "Labels: a, b"; empty when there are none.
    static QString labels(const QStringList &labels);
    // The pod's name, its description and its labels, one paragraph each (plain text).
    static QString toolTip(const QString &pod, const PodDescription &description);
};

} // namespace poddeck
