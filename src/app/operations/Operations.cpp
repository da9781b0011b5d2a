#include "app/operations/Operations.h"

#include <QWidget>

namespace poddeck {

Operations::Operations(JobRunner *jobs, const QString &home, QWidget *window)
    : QObject(window), m_jobs(jobs), m_home(home), m_window(window)
{
}

void Operations::report(const QString &what, const Error &error)
{
    if (error.code == Error::Code::Cancelled)
        Q_EMIT message(tr("%1: cancelled").arg(what));
    else
        Q_EMIT failed(tr("%1 failed: %2").arg(what, error.message), error.message);
}

} // namespace poddeck
