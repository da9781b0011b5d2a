#pragma once

#include "util/Result.h"

#include <QString>

namespace poddeck {

// `pod` (its newest version) or `pod:N` (version number N of the pod).
struct VersionRef
{
    QString pod;
    int number = 0; // 0 = newest

    static Result<VersionRef> parse(const QString &text);
    QString toString() const;
};

} // namespace poddeck
