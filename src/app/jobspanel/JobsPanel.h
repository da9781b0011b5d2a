#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace poddeck {

class JobListModel;
class JobRunner;

// The jobs of this session in a dock (objectName "jobsDock"): each with its stage, progress, items,
// bytes, rate, ETA, elapsed time and state; running ones with a Cancel button, failed ones with their
// error and a Details button that shows the whole message, copyable.
class JobsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(JobRunner *runner, QWidget *parent = nullptr);

    JobListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Shows and hides the panel (the dock's toggle action, named, with a shortcut, for the View menu).
    QAction *toggleAction() const;
    // Shows the panel if hidden and brings it forward, else hides it.
    void toggle();
    // The details of the failed job in `row`, in a window-modal dialog.
    void showDetails(int row);

private:
    void updateButton(int row);
    void updateSummary();

    JobListModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_clear;
};

} // namespace poddeck
