#pragma once

#include "jobs/SpaceUsage.h"
#include "state/Version.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace poddeck {

class SpaceChart;

// The details of one version: everything the catalogue knows about it, selectable for copying, and where
// its space goes (per service, and new bytes per version of the pod), filled in when the measuring job
// (spaceUsage) delivers.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(const Version &version, QWidget *parent = nullptr);

    void setSpace(const SpaceReport &report);
    void setSpaceError(const QString &message);

    SpaceChart *servicesChart() const { return m_services; }
    SpaceChart *historyChart() const { return m_history; }
    QLabel *spaceSummary() const { return m_summary; }

private:
    int m_number = 0;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    SpaceChart *m_services;
    SpaceChart *m_history;
};

} // namespace poddeck
