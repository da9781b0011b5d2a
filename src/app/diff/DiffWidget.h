#pragma once

#include "app/diff/DiffTree.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace poddeck {

class DiffModel;

// What changed between two states: counts of added, removed and modified resources, and the tree of
// changed resources (service > account > region > type > resource) with each modified resource's
// attribute changes as old → new. Shows what DiffWindow's job hands it; reads nothing itself.
class DiffWidget : public QWidget
{
    Q_OBJECT

public:
    // Expanded completely up to this many nodes; larger diffs open down to their types.
    static constexpr int ExpandAllLimit = 400;

    explicit DiffWidget(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showError(const QString &message);
    void showOutcome(const DiffReport &report, DiffTree tree);

    DiffModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Reveal Value / Hide Value on the selected secret attribute (the tree's context menu).
    QAction *revealAction() const { return m_reveal; }
    QString placeholderText() const;
    // "shop:1" or "the instance"
    static QString sideText(const DiffReport::Side &side);

private:
    void setCounts(int added, int removed, int modified);
    void showPlaceholder(const QString &text);
    void updateReveal();

    DiffModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_added;
    QLabel *m_removed;
    QLabel *m_modified;
    QLabel *m_warnings;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
    QAction *m_reveal;
};

} // namespace poddeck
