#pragma once

#include "jobs/VersionRef.h"
#include "state/Version.h"

#include <QDialog>

class QComboBox;

#include <memory>

namespace poddeck {

namespace Ui {
class MergeTargetDialog;
}

// Asks which version of the pod a version is merged into (ours), listing branch heads first (the
// versions no other version builds on) and the newest head other than the merged version preselected.
class MergeTargetDialog : public QDialog
{
    Q_OBJECT

public:
    MergeTargetDialog(const Version &theirs, const QList<Version> &podVersions, QWidget *parent = nullptr);
    ~MergeTargetDialog() override;

    VersionRef target() const;
    bool hasTargets() const;
    // Versions of `versions` that no other version lists as a parent, newest first.
    static QList<Version> heads(const QList<Version> &versions);

private:
    std::unique_ptr<Ui::MergeTargetDialog> m_ui;
    QComboBox *m_combo;
    QString m_pod;
};

} // namespace poddeck
