#pragma once

#include "app/jobs/LatestRequest.h"
#include "state/Version.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace poddeck {

class ContentsModel;
class Job;
class JobRunner;

// The right-hand side: what the selected version holds, as a lazy metamodel tree, with a search box.
// The search filters the nodes already loaded (names and values) at once and, after a pause in typing,
// runs a job that finds matching names and attribute values anywhere in the version and loads the
// levels leading to them.
class ContentsWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 350;
    static constexpr int MaxSearchMatches = 200;

    ContentsWidget(JobRunner *jobs, QWidget *parent = nullptr);

    void showVersion(const QString &home, const std::optional<Version> &version);
    ContentsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QAction *attachCodeAction() const { return m_attachCode; }
    bool isSearching() const { return m_searchLatest.current() != m_searchDone; }

Q_SIGNALS:
    // Attach Code… on a function or layer without code: `path` is its resource path in `version`.
    void attachCodeRequested(const Version &version, const QString &path);

private:
    void onSearchTextChanged(const QString &text);
    void runSearch();
    void updateActions();
    void toggleReveal();

    JobRunner *m_jobs;
    ContentsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_search;
    QTreeView *m_view;
    QTimer *m_searchTimer;
    QAction *m_reveal;
    QAction *m_copyValue;
    QAction *m_copyPath;
    QAction *m_attachCode;
    LatestRequest m_searchLatest;              // searches: the newest wins
    LatestRequest::Ticket m_searchDone = 0;    // the newest search that finished
    QPointer<Job> m_searchJob;
};

} // namespace poddeck
