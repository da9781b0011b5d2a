#include "app/operations/VersionOperations.h"

#include "app/dialogs/PropertiesDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/merge/MergeEditorWindow.h"
#include "app/merge/MergeTargetDialog.h"
#include "jobs/AttachCode.h"
#include "jobs/CommitDirectory.h"
#include "jobs/DiffMerge.h"
#include "jobs/Maintenance.h"
#include "jobs/PodQueries.h"
#include "jobs/SpaceUsage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace poddeck {

VersionOperations::VersionOperations(JobRunner *jobs, const QString &home, QWidget *window)
    : Operations(jobs, home, window)
{
}

void VersionOperations::confirm(const QString &objectName, const QString &title, const QString &text,
                                const QString &button, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(button, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [yes, onYes = std::move(onYes)](QAbstractButton *clicked) {
        if (clicked == yes)
            onYes();
    });
    box->open();
}

void VersionOperations::attachCode(const Version &version, const QString &path)
{
    auto *dialog = new QFileDialog(m_window, tr("Attach Code to %1").arg(path.section(u'/', -1)), QDir::homePath(),
                                   tr("Zip files (*.zip);;All files (*)"));
    dialog->setObjectName(QStringLiteral("attachCodeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this, version, path](const QString &file) {
        AttachCodeRequest request{m_home, VersionRef{version.pod, version.number}, path, file, {}};
        const QString what = tr("Attach code to %1").arg(path.section(u'/', -1));
        m_jobs->run(
            tr("Attaching %1 to %2:%3").arg(QFileInfo(file).fileName(), version.pod).arg(version.number),
            [request](JobContext &c) { return poddeck::attachCode(request, c); }, this,
            [this, what](Result<AttachCodeReport> done) {
                if (!done) {
                    report(what, done.error());
                    return;
                }
                QString text = tr("Recorded %1:%2 with the code attached").arg(done->version.pod).arg(done->version.number);
                if (!done->warnings.isEmpty())
                    text += QLatin1String(" — ") + done->warnings.join(QStringLiteral("; "));
                Q_EMIT message(text);
                Q_EMIT catalogueChanged(done->version.pod);
            });
    });
    dialog->open();
}

void VersionOperations::exportVersion(const Version &version)
{
    QSettings settings;
    const QString directory = settings.value(QStringLiteral("export/directory"), QDir::homePath()).toString();
    auto *dialog = new QFileDialog(m_window, tr("Export %1:%2").arg(version.pod).arg(version.number), directory);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString podFilter = tr("PodDeck bundle (*.pod)");
    const QString zipFilter = tr("LocalStack state zip (*.zip)");
    dialog->setNameFilters({podFilter, zipFilter});
    dialog->setDefaultSuffix(QStringLiteral("pod"));
    dialog->selectFile(QStringLiteral("%1-%2.pod").arg(version.pod).arg(version.number));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, zipFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == zipFilter ? QStringLiteral("zip") : QStringLiteral("pod"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, version, zipFilter](const QString &file) {
        QSettings().setValue(QStringLiteral("export/directory"), dialog->directory().absolutePath());
        const bool zip = dialog->selectedNameFilter() == zipFilter || file.endsWith(QLatin1String(".zip"));
        exportTo(version, file, zip ? ExportFormat::LocalStackZip : ExportFormat::Pod);
    });
    dialog->open();
}

void VersionOperations::exportTo(const Version &version, const QString &file, ExportFormat format, bool wholePod)
{
    const QString name = QFileInfo(file).fileName();
    const QString what = tr("Export to %1").arg(name);
    m_jobs->run(
        tr("Exporting %1:%2 to %3").arg(version.pod).arg(version.number).arg(name),
        [home = m_home, ref = VersionRef{version.pod, version.number}, file, format, wholePod](JobContext &c) {
            return poddeck::exportVersion(ExportRequest{home, ref, wholePod, file, format}, c);
        },
        this, [this, what, file](Result<QList<Version>> done) {
            if (!done) {
                report(what, done.error());
                return;
            }
            Q_EMIT message(tr("Exported %n version(s) to %1", nullptr, int(done->size()))
                               .arg(QDir::toNativeSeparators(file)));
            Q_EMIT exported(file);
        });
}

void VersionOperations::deleteVersion(const Version &version)
{
    const QString ref = QStringLiteral("%1:%2").arg(version.pod).arg(version.number);
    confirm(QStringLiteral("deleteConfirm"), tr("Delete Version"),
            tr("Delete version %1 (“%2”)?\n\nIts data stays on disk until garbage collection.")
                .arg(ref, version.message.section(QLatin1Char('\n'), 0, 0)),
            tr("&Delete"), [this, ref, pod = version.pod] {
                m_jobs->run(
                    tr("Deleting %1").arg(ref),
                    [home = m_home, ref](JobContext &) { return deleteVersionOrPod(home, ref); }, this,
                    [this, ref, pod](Status done) {
                        if (!done) {
                            report(tr("Delete of %1").arg(ref), done.error());
                            return;
                        }
                        Q_EMIT message(tr("Deleted %1").arg(ref));
                        Q_EMIT catalogueChanged(pod);
                    });
            });
}

void VersionOperations::deletePod(const QString &pod)
{
    confirm(QStringLiteral("deleteConfirm"), tr("Delete Pod"),
            tr("Delete pod %1 with all its versions?\n\nIts data stays on disk until garbage collection.").arg(pod),
            tr("&Delete Pod"), [this, pod] {
                m_jobs->run(
                    tr("Deleting pod %1").arg(pod),
                    [home = m_home, pod](JobContext &) { return deleteVersionOrPod(home, pod); }, this,
                    [this, pod](Status done) {
                        if (!done) {
                            report(tr("Delete of %1").arg(pod), done.error());
                            return;
                        }
                        Q_EMIT message(tr("Deleted pod %1").arg(pod));
                        Q_EMIT catalogueChanged(QString());
                    });
            });
}

void VersionOperations::mergeInto(const Version &theirs, const QList<Version> &podVersions)
{
    auto *dialog = new MergeTargetDialog(theirs, podVersions, m_window);
    if (!dialog->hasTargets()) {
        delete dialog;
        Q_EMIT message(tr("%1:%2 is the only version of its pod: there is nothing to merge it into.")
                           .arg(theirs.pod)
                           .arg(theirs.number));
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, theirs] {
        mergeVersions(dialog->target(), VersionRef{theirs.pod, theirs.number});
    });
    dialog->open();
}

void VersionOperations::mergeVersions(const VersionRef &ours, const VersionRef &theirs)
{
    const QString what = tr("Merge of %1 into %2").arg(theirs.toString(), ours.toString());
    m_jobs->run(
        tr("Merging %1 into %2").arg(theirs.toString(), ours.toString()),
        [home = m_home, ours, theirs](JobContext &c) { return prepareMerge(home, ours, theirs, c); }, this,
        [this, what](Result<PreparedMerge> prepared) {
            if (!prepared) {
                report(what, prepared.error());
                return;
            }
            const QString theirsText = QStringLiteral("%1:%2").arg(prepared->theirs.pod).arg(prepared->theirs.number);
            const QString oursText = QStringLiteral("%1:%2").arg(prepared->ours.pod).arg(prepared->ours.number);
            if (prepared->upToDate) {
                Q_EMIT message(tr("Nothing to merge: %1 already holds %2").arg(oursText, theirsText));
                return;
            }
            if (prepared->result.conflictCount() > 0) {
                auto *editor = new MergeEditorWindow(m_jobs, m_home, std::move(*prepared), m_window);
                editor->setAttribute(Qt::WA_DeleteOnClose);
                connect(editor, &MergeEditorWindow::message, this, &VersionOperations::message);
                connect(editor, &MergeEditorWindow::merged, this,
                        [this](const Version &v) { Q_EMIT catalogueChanged(v.pod); });
                editor->show();
                return;
            }
            m_jobs->run(
                tr("Recording the merge of %1 into %2").arg(theirsText, oursText),
                [home = m_home, merge = *prepared](JobContext &c) {
                    return recordMerge(home, merge, QString(), defaultAuthor(), c);
                },
                this, [this, what](Result<Version> v) {
                    if (!v) {
                        report(what, v.error());
                        return;
                    }
                    Q_EMIT message(tr("Merged without conflicts: recorded %1:%2").arg(v->pod).arg(v->number));
                    Q_EMIT catalogueChanged(v->pod);
                });
        });
}

void VersionOperations::showProperties(const Version &version)
{
    auto *dialog = new PropertiesDialog(version, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    // Measured in a job (it reads every object of the version): the dialog fills in when it is done,
    // and a dialog closed before then just drops the answer.
    m_jobs->run(
        tr("Measuring %1:%2").arg(version.pod).arg(version.number),
        [home = m_home, pod = version.pod, number = version.number](JobContext &c) {
            return spaceUsage(home, pod, number, c);
        },
        dialog, [dialog](Result<SpaceReport> report) {
            if (report)
                dialog->setSpace(*report);
            else
                dialog->setSpaceError(report.error().message);
        });
    // The pod's description and labels, edited here and saved by a job.
    m_jobs->run(
        tr("Reading pod %1").arg(version.pod), [home = m_home, pod = version.pod](JobContext &c) { return loadPod(home, pod, c); },
        dialog, [dialog](Result<PodInfo> pod) {
            if (pod)
                dialog->setPodDescription(pod->description);
            else
                dialog->setPodDescriptionError(pod.error().message);
        });
    connect(dialog, &PropertiesDialog::describeRequested, this, [this, dialog, pod = version.pod](const QString &text, const QStringList &labels) {
        DescribeRequest request;
        request.home = m_home;
        request.pod = pod;
        request.text = text;
        request.labels = labels;
        m_jobs->run(
            tr("Describing pod %1").arg(pod), [request](JobContext &c) { return describePod(request, c); }, dialog,
            [this, dialog](Result<PodInfo> done) {
                if (!done) {
                    dialog->setDescribeFailed(done.error().message);
                    return;
                }
                dialog->setDescribeSaved(done->description);
                Q_EMIT catalogueChanged(done->name); // the pod list's tooltip shows it
            });
    });
}

} // namespace poddeck
