#include "jobs/VersionRef.h"

#include "util/ErrorText.h"

namespace poddeck {

Result<VersionRef> VersionRef::parse(const QString &text)
{
    VersionRef ref;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    ref.pod = colon < 0 ? text : text.left(colon);
    if (ref.pod.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("'%1' names no pod; write POD or POD:N").arg(text));
    if (colon >= 0) {
        bool ok = false;
        ref.number = text.mid(colon + 1).toInt(&ok);
        if (!ok || ref.number < 1)
            return Error(Error::Code::InvalidArgument,
                         ErrorText::tr("'%1': the version after ':' must be a number from 1 (e.g. %2:1)").arg(text, ref.pod));
    }
    return ref;
}

QString VersionRef::toString() const
{
    return number > 0 ? QStringLiteral("%1:%2").arg(pod).arg(number) : pod;
}

} // namespace poddeck
