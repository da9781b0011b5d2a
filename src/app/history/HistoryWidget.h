#pragma once

#include "app/history/Lanes.h"
#include "state/Version.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace poddeck {

class HistoryGraphDelegate;
class VersionListModel;

// The centre of the window: the versions of the current pod, newest first, or a line saying why there
// are none to show.
class HistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWidget(QWidget *parent = nullptr);

    // Names the pod whose versions are on their way and clears the list, unless it already shows that
    // pod (a refresh); empty: no pod is current.
    void showPod(const QString &pod);
    void setVersions(const QString &pod, const QList<Version> &versions);
    // Rows newest first with their lanes, as the loading job prepared them.
    void setSortedVersions(const QString &pod, QList<Version> versions, Lanes lanes);
    void showError(const QString &pod, const QString &message);
    QString pod() const;
    // The selected version, if any.
    std::optional<Version> currentVersion() const;
    bool selectVersion(int number);
    // Shown in the view's context menu (right click), in this order.
    void setContextActions(const QList<QAction *> &actions);
    // The version the instance head names, shown in bold and ringed in the graph.
    void setHead(const ObjectId &head);

    QTreeView *view() const { return m_view; }
    VersionListModel *model() const { return m_model; }
    QString placeholderText() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    // The selection moved to another version (nullopt: none).
    void currentVersionChanged(const std::optional<poddeck::Version> &version);

private:
    void onCurrentChanged();
    void fitGraphColumn();
    void showPlaceholder(const QString &text);

    VersionListModel *m_model;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
    HistoryGraphDelegate *m_delegate;
    int m_shownNumber = -1;
    bool m_settingVersions = false;
};

} // namespace poddeck
