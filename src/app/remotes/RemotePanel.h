#pragma once

#include "app/history/VersionMimeData.h"
#include "store/RemoteInfo.h"

#include <QListWidget>
#include <QWidget>

class QLabel;

namespace poddeck {

// The remotes as drop targets: dropping a version dragged from the history onto one pushes it there.
class RemoteListView : public QListWidget
{
    Q_OBJECT

public:
    explicit RemoteListView(QWidget *parent = nullptr);

Q_SIGNALS:
    void versionDropped(const poddeck::VersionMimeData::Ref &version, const QString &remote);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString remoteAt(const QPoint &pos) const;
};

// A small section under the pod list: a title and the remotes (each with its URL as tooltip), or a hint
// that there are none. Double-clicking opens the remotes dialog.
class RemotePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RemotePanel(QWidget *parent = nullptr);

    void setRemotes(const QList<RemoteInfo> &remotes);
    RemoteListView *list() const { return m_list; }

Q_SIGNALS:
    void versionDropped(const poddeck::VersionMimeData::Ref &version, const QString &remote);
    void manageRequested();

private:
    QLabel *m_title;
    RemoteListView *m_list;
};

} // namespace poddeck
