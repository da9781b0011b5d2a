#pragma once

#include "util/Result.h"

#include <QObject>

class QWidget;

namespace poddeck {

class JobRunner;

// What the operations classes (VersionOperations, InstanceOperations) share: the signals their results
// go out by and one way to report a failure. Each operation asks what it needs in a window-modal dialog
// (opened with open(), never exec()), runs one job, and reports through these signals; MainWindow only
// wires actions to the operations and refreshes the views.
class Operations : public QObject
{
    Q_OBJECT

public:
    Operations(JobRunner *jobs, const QString &home, QWidget *window);

Q_SIGNALS:
    void catalogueChanged(const QString &selectPod);
    void message(const QString &text);
    void failed(const QString &summary, const QString &details);

protected:
    // "<what>: cancelled" as a message, anything else as a failure.
    void report(const QString &what, const Error &error);

    JobRunner *m_jobs;
    QString m_home;
    QWidget *m_window;
};

} // namespace poddeck
