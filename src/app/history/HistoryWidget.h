#pragma once

#include "state/Version.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace poddeck {

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
    void showError(const QString &pod, const QString &message);
    QString pod() const;

    QTreeView *view() const { return m_view; }
    VersionListModel *model() const { return m_model; }
    QString placeholderText() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

private:
    void showPlaceholder(const QString &text);

    VersionListModel *m_model;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
};

} // namespace poddeck
