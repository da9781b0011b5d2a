#pragma once

#include "jobs/SpaceUsage.h"
#include "state/Version.h"
#include "store/PodDescription.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace poddeck {

namespace Ui {
class PropertiesDialog;
}

class SpaceChart;

// The details of one version: everything the catalogue knows about it, selectable for copying, and where
// its space goes (per service, and new bytes per version of the pod), filled in when the measuring job
// (spaceUsage) delivers. Its pod's description and labels can be edited here: the dialog checks what is
// typed and asks for the save (describeRequested); a job does it and reports back.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(const Version &version, QWidget *parent = nullptr);
    ~PropertiesDialog() override;

    void setSpace(const SpaceReport &report);
    void setSpaceError(const QString &message);
    // The pod's description as read (enables editing), or why it could not be read.
    void setPodDescription(const PodDescription &description);
    void setPodDescriptionError(const QString &message);
    // What a save did: the description as stored now, or why it failed.
    void setDescribeSaved(const PodDescription &description);
    void setDescribeFailed(const QString &message);

    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *labelsEdit() const { return m_labels; }
    QPushButton *saveDescriptionButton() const { return m_saveDescription; }
    QLabel *descriptionStatus() const { return m_descriptionStatus; }

    SpaceChart *servicesChart() const { return m_services; }
    SpaceChart *historyChart() const { return m_history; }
    QLabel *spaceSummary() const { return m_summary; }

Q_SIGNALS:
    void describeRequested(const QString &text, const QStringList &labels);

private:
    void checkDescription();

    std::unique_ptr<Ui::PropertiesDialog> m_ui;
    int m_number = 0;
    PodDescription m_stored;
    QPlainTextEdit *m_description;
    QLineEdit *m_labels;
    QPushButton *m_saveDescription;
    QLabel *m_descriptionStatus;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    SpaceChart *m_services;
    SpaceChart *m_history;
};

} // namespace poddeck
