#pragma once

#include "store/PodInfo.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace poddeck {

class PodListModel;

// The pod catalogue: a filter line and a sortable list of pods. Tells which pod is current.
class PodListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PodListWidget(QWidget *parent = nullptr);

    // Replaces the pods and makes `select` current (else the previous current pod, else the first
    // visible one) without emitting currentPodChanged: the caller knows what it asked for.
    void setPods(const QList<PodInfo> &pods, const QString &select = QString());
    QString currentPod() const { return m_currentPod; }
    bool selectPod(const QString &pod);
    bool isEmpty() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    PodListModel *model() const { return m_model; }
    // Adds a section under the list (the remotes panel).
    void addPanel(QWidget *panel);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentPodChanged(const QString &pod); // empty when no pod is current

private:
    void onCurrentChanged();
    QString podAt(const QModelIndex &proxyIndex) const;

    PodListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QString m_currentPod;
    bool m_settingPods = false;
};

} // namespace poddeck
