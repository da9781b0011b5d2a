#pragma once

#include "app/settings/AppSettings.h"
#include "jobs/DiffMerge.h"
#include "jobs/LiveMerge.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;

namespace poddeck {

namespace Ui {
class MergeEditorWindow;
}

class JobRunner;
class MergeDocumentLoader;
class MergeDocumentPane;
class MergeTreeModel;

// The three-way merge editor (DESIGN.md "Merge editor", KDiff3's shape): the resources a merge changed
// as a tree with conflict marks, and for the selected one its base | ours | theirs | result documents
// side by side with the changed attributes tinted, plus a table of the attributes both sides changed.
// The user walks the unsolved conflicts (next/previous), takes a side or edits a value per resource or
// per attribute, and applies once nothing is unresolved. All resolution lives in the core's MergeResult;
// this window only drives it. Reading resources and applying run as jobs.
//
// Two modes: a version merge (apply records a version with parents [ours, theirs]) and a deep-merge
// inject into the live instance (apply changes the instance and records the merge).
//
// The layout is ui/MergeEditorWindow.ui; the rows' documents come from a MergeDocumentLoader; what
// depends on the mode is in MergeEditorModeTexts.cpp, MergeApplyVersion.cpp and MergeApplyLive.cpp; actions
// are made in MergeEditorActions.cpp, and resolving is in MergeEditorResolving.cpp.
class MergeEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    MergeEditorWindow(JobRunner *jobs, const QString &home, PreparedMerge merge, QWidget *parent = nullptr);
    // `request.config` is filled from `settings` and `endpoint` inside the apply job.
    MergeEditorWindow(JobRunner *jobs, const QString &home, const AppSettings &settings, const QString &endpoint,
                      LiveMergeRequest request, PreparedLiveMerge merge, QWidget *parent = nullptr);
    ~MergeEditorWindow() override;

    const MergeResult &result() const { return *m_result; }
    bool isLive() const { return m_live; }
    bool isApplying() const { return m_applying; }
    MergeTreeModel *treeModel() const { return m_model; }
    int currentRow() const { return m_row; }
    int currentAttribute() const;   // -1: none selected (actions then act on the resource)
    // The conflict of the selection (the selected attribute's, else the resource's own); -1 when none.
    int currentConflict() const;
    MergeDocumentPane *pane(MergeSide side) const;
    MergeDocumentPane *resultPane() const;
    // True once the selected row's three documents are at hand (they are read in a job when not carried).
    bool isRowLoaded() const;

public Q_SLOTS:
    void nextConflict();
    void previousConflict();
    void autoSolve();
    void take(MergeSide side);
    void editValue();
    void apply();
    // Shows a merge row (selects it in the tree); -1 clears.
    void showRow(int row);

Q_SIGNALS:
    // After apply recorded the merge version (and, live, changed the instance); the window then closes.
    void merged(const poddeck::Version &version);
    void message(const QString &text);
    // A live apply ran (whether or not it succeeded): the instance may have changed.
    void instanceTouched();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static constexpr int StatusMs = 10000;
    static QString versionText(const Version &v);

    void init();
    void createActions();
    void setupLayout();
    // Mode texts (MergeEditorModeTexts.cpp).
    QString modeTitle() const;
    QString modeHeader() const;
    QString modeNotice() const;
    QString modeMessage() const;
    QString sideCaption(MergeSide side) const;

    void selectConflict(int conflict);
    void onTreeSelection();
    void onAttributeSelection();
    void resolved(const Status &status);
    void updateState();
    void updatePanes();
    void fillAttributes();
    const SecretMask &mask() const;
    void toggleReveal();
    int conflictAt(int row, int attribute) const;
    void showError(const QString &text);
    // Apply per mode (MergeApplyVersion.cpp, MergeApplyLive.cpp), and what both do when the job ends.
    void applyVersion(const QString &text);
    void applyLive(const QString &text);
    void finishApply();

    std::unique_ptr<Ui::MergeEditorWindow> m_ui;
    JobRunner *m_jobs;
    QString m_home;
    bool m_live = false;
    PreparedMerge m_versionMerge;
    PreparedLiveMerge m_liveMerge;
    LiveMergeRequest m_liveRequest;
    AppSettings m_settings;
    QString m_endpoint;
    MergeResult *m_result = nullptr;
    MergeDocumentLoader *m_loader = nullptr;

    int m_row = -1;
    int m_navigation = -1; // next/previous unsolved conflict search from this conflict
    bool m_applying = false;
    QHash<int, QList<QStringList>> m_revealed; // by row: key paths the user chose to see (Reveal Value)
    bool m_fillingAttributes = false;

    MergeTreeModel *m_model;

    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_autoSolveAction = nullptr;
    QAction *m_takeBaseAction = nullptr;
    QAction *m_takeOursAction = nullptr;
    QAction *m_takeTheirsAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_revealAction = nullptr; // Reveal Value / Hide Value on the selected attribute
    QAction *m_applyAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace poddeck
