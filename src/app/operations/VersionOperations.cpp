#include "app/operations/VersionOperations.h"

#include "app/dialogs/CommitDialog.h"
#include "app/dialogs/InjectDialog.h"
#include "app/dialogs/InjectOutcomeDialog.h"
#include "app/dialogs/PropertiesDialog.h"
#include "jobs/SpaceUsage.h"
#include "app/instance/InstanceBar.h"
#include "app/instance/ResetInstanceDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/merge/MergeEditorWindow.h"
#include "app/merge/MergeTargetDialog.h"
#include "jobs/AttachCode.h"
#include "jobs/CommitDirectory.h"
#include "jobs/DiffMerge.h"
#include "jobs/LiveMerge.h"
#include "emulator/AdapterRegistry.h"
#include "jobs/Autosave.h"
#include "jobs/CommitInstance.h"
#include "jobs/InjectVersion.h"
#include "jobs/InstanceStatus.h"
#include "jobs/Maintenance.h"
#include "jobs/PodQueries.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace poddeck {

VersionOperations::VersionOperations(JobRunner *jobs, const QString &home, InstanceBar *instance, QWidget *window)
    : QObject(window), m_jobs(jobs), m_home(home), m_instance(instance), m_window(window)
{
}

void VersionOperations::report(const QString &what, const Error &error)
{
    if (error.code == Error::Code::Cancelled)
        Q_EMIT message(tr("%1: cancelled").arg(what));
    else
        Q_EMIT failed(tr("%1 failed: %2").arg(what, error.message), error.message);
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

void VersionOperations::commit(const QStringList &pods, const QString &currentPod)
{
    const QString endpoint = m_instance->endpoint();
    auto *dialog = new CommitDialog(pods, currentPod, endpoint, m_instance->settings().defaultRegions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, endpoint] {
        CommitInstanceRequest request;
        request.home = m_home;
        request.pod = dialog->pod();
        request.message = dialog->message();
        request.filter.services = dialog->services();
        request.filter.regions = dialog->regions();
        request.filter.options.includeSqsMessages = dialog->includeMessages();
        const QString what = tr("Commit to %1").arg(request.pod);
        m_jobs->run(
            tr("Committing %1 to %2").arg(endpoint, request.pod),
            [request, settings = m_instance->settings(), endpoint](JobContext &c) mutable {
                request.config = settings.awsConfig(endpoint);
                return commitInstance(request, c);
            },
            this, [this, what](Result<CommitInstanceReport> done) {
                if (!done) {
                    report(what, done.error());
                    return;
                }
                const Version &v = done->version;
                QString text = tr("Committed %1:%2 (%n resource(s))", nullptr, int(v.resourceCount))
                                   .arg(v.pod)
                                   .arg(v.number);
                if (!done->warnings.isEmpty())
                    text += QLatin1String(" — ") + done->warnings.join(QStringLiteral("; "));
                if (!done->notCaptured.isEmpty())
                    text += QLatin1String(" — ") + tr("Not captured: %1 — PodDeck cannot read these services yet")
                                                       .arg(describeNotCaptured(done->notCaptured));
                Q_EMIT message(text);
                Q_EMIT catalogueChanged(v.pod);
                Q_EMIT instanceChanged();
                QStringList missing;
                for (const MissingCode &m : done->missingCode)
                    missing << m.what;
                if (!missing.isEmpty())
                    showMissingCode(v, missing);
            });
    });
    dialog->open();
}

// Not only the status bar: a version that cannot restore its functions must not look fine.
void VersionOperations::showMissingCode(const Version &version, const QStringList &what)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Lambda Code Missing"),
                                tr("%1:%2 holds %n Lambda function(s) or layer(s) without code, so they cannot be "
                                   "restored from it:", nullptr, int(what.size()))
                                        .arg(version.pod)
                                        .arg(version.number),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("missingCodeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(QStringLiteral("• ") + what.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n")
                            + tr("This emulator cannot give Lambda code back. Select each one (marked with a warning "
                                 "in Contents) and choose Attach Code… from its context menu, or start moto from "
                                 "PodDeck (\"Start a local moto_server\"), which serves the code, and commit again."));
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

void VersionOperations::inject(const VersionRef &ref)
{
    const QString endpoint = m_instance->endpoint();
    auto *dialog = new InjectDialog(m_jobs, m_home, m_instance->settings(), endpoint, ref, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, endpoint] {
        // Deep merge without a rule for conflicts: the user resolves them in the merge editor.
        if (dialog->strategy() == InjectStrategy::DeepMerge && dialog->prefer() == Prefer::None) {
            deepMerge(dialog->ref());
            return;
        }
        InjectRequest request;
        request.home = m_home;
        request.ref = dialog->ref();
        request.strategy = dialog->strategy();
        request.prefer = dialog->strategy() == InjectStrategy::DeepMerge ? dialog->prefer() : Prefer::None;
        runInject(request, endpoint);
    });
    dialog->open();
}

void VersionOperations::runInject(const InjectRequest &injectRequest, const QString &endpoint)
{
    const QString what = tr("Inject of %1").arg(injectRequest.ref.toString());
    m_jobs->run(
        tr("Injecting %1 into %2").arg(injectRequest.ref.toString(), endpoint),
        [request = injectRequest, settings = m_instance->settings(), endpoint](JobContext &c) mutable {
            request.config = settings.awsConfig(endpoint);
            return injectVersion(request, c);
        },
        this, [this, what, injectRequest, endpoint](Result<InjectReport> done) {
            Q_EMIT instanceChanged();
            if (!done) {
                report(what, done.error());
                return;
            }
            if (!done->plan.conflicts.isEmpty()) {
                Q_EMIT failed(tr("%1 stopped: %n conflict(s)", nullptr, int(done->plan.conflicts.size())).arg(what),
                              done->plan.conflicts.first().path);
                return;
            }
            if (done->refused) {
                // Nothing changed: say what cannot be restored, and offer to inject the rest.
                auto *box = InjectOutcomeDialog::refused(done->name(), done->preflight, m_window);
                connect(box, &QDialog::accepted, this, [this, injectRequest, endpoint] {
                    InjectRequest rest = injectRequest;
                    rest.skipUnrestorable = true;
                    runInject(rest, endpoint);
                });
                box->open();
                Q_EMIT message(tr("%1: nothing was changed, %n resource(s) cannot be restored", nullptr,
                                  int(done->preflight.problems.size())).arg(what));
                return;
            }
            if (done->apply.error.isError()) {
                InjectOutcomeDialog::failed(done->name(), done->plan, done->apply, done->autosave, m_window)->open();
                report(what, done->apply.error);
                return;
            }
            QString text = tr("Injected %1 (%2)").arg(done->name(), strategyName(done->plan.strategy));
            if (!done->preflight.ok())
                text += tr("; skipped %n resource(s) that cannot be restored", nullptr, int(done->preflight.all().size()));
            if (done->autosave)
                text += tr("; the old state is saved as %1:%2").arg(done->autosave->pod).arg(done->autosave->number);
            // Warnings say what came back different (a KMS key's new id and lost key material).
            if (!done->apply.warnings.isEmpty())
                text += QStringLiteral(" — ") + done->apply.warnings.join(QLatin1String("; "));
            Q_EMIT message(text);
            if (done->autosave)
                Q_EMIT catalogueChanged(QString());
        });
}

void VersionOperations::resetInstance()
{
    const QString endpoint = m_instance->endpoint();
    // The services PodDeck reads and writes, and whatever else the emulator says it runs.
    QStringList services = supportedServices();
    if (const auto &status = m_instance->status()) {
        services += status->emulator.services;
        services += status->resourceCounts.keys();
    }
    services.sort();
    services.removeDuplicates();
    auto *box = new ResetInstanceDialog(endpoint, services, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, endpoint](QAbstractButton *clicked) {
        if (clicked != box->confirmButton())
            return;
        const QStringList selected = box->selectedServices(); // empty: the whole instance
        const QString what = selected.isEmpty() ? tr("Reset of %1").arg(endpoint)
                                                : tr("Reset of %1 in %2").arg(selected.join(QStringLiteral(", ")), endpoint);
        m_jobs->run(
            selected.isEmpty() ? tr("Resetting %1").arg(endpoint)
                               : tr("Resetting %1 in %2").arg(selected.join(QStringLiteral(", ")), endpoint),
            [home = m_home, settings = m_instance->settings(), endpoint, selected](JobContext &c) {
                return resetWithAutosave(home, settings.awsConfig(endpoint), selected, true, c);
            },
            this, [this, what, endpoint, selected](Result<ResetReport> done) {
                Q_EMIT instanceChanged();
                if (!done) {
                    report(what, done.error());
                    return;
                }
                QString text = selected.isEmpty() ? tr("Reset %1").arg(endpoint)
                                                  : tr("Reset %1 in %2").arg(selected.join(QStringLiteral(", ")), endpoint);
                if (done->autosave) {
                    text += tr("; the old state is saved as %1:%2 (inject it to get it back)").arg(done->autosave->pod).arg(done->autosave->number);
                    Q_EMIT catalogueChanged(QString());
                }
                Q_EMIT message(text);
            });
    });
    box->open();
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

void VersionOperations::deepMerge(const VersionRef &ref)
{
    const QString endpoint = m_instance->endpoint();
    const AppSettings settings = m_instance->settings();
    LiveMergeRequest request;
    request.home = m_home;
    request.ref = ref;
    const QString what = tr("Deep merge of %1").arg(ref.toString());
    m_jobs->run(
        tr("Reading %1 to deep-merge %2").arg(endpoint, ref.toString()),
        [request, settings, endpoint](JobContext &c) mutable {
            request.config = settings.awsConfig(endpoint);
            return prepareLiveMerge(request, c);
        },
        this, [this, request, settings, endpoint, what](Result<PreparedLiveMerge> prepared) {
            if (!prepared) {
                report(what, prepared.error());
                return;
            }
            if (prepared->result.conflictCount() > 0) {
                auto *editor = new MergeEditorWindow(m_jobs, m_home, settings, endpoint, request,
                                                     std::move(*prepared), m_window);
                editor->setAttribute(Qt::WA_DeleteOnClose);
                connect(editor, &MergeEditorWindow::message, this, &VersionOperations::message);
                connect(editor, &MergeEditorWindow::instanceTouched, this, &VersionOperations::instanceChanged);
                connect(editor, &MergeEditorWindow::merged, this, [this](const Version &v) {
                    if (!v.pod.isEmpty())
                        Q_EMIT catalogueChanged(v.pod);
                });
                editor->show();
                return;
            }
            applyDeepMerge(request, std::make_shared<PreparedLiveMerge>(std::move(*prepared)), endpoint);
        });
}

void VersionOperations::applyDeepMerge(const LiveMergeRequest &mergeRequest, std::shared_ptr<PreparedLiveMerge> prepared,
                                       const QString &endpoint)
{
    const QString what = tr("Deep merge of %1").arg(mergeRequest.ref.toString());
    m_jobs->run(
        tr("Deep-merging %1 into %2").arg(mergeRequest.ref.toString(), endpoint),
        [request = mergeRequest, prepared, settings = m_instance->settings(), endpoint](JobContext &c) mutable {
            request.config = settings.awsConfig(endpoint);
            Result<LiveMergeReport> r = applyLiveMerge(request, *prepared, QString(), defaultAuthor(), false, c);
            if (r && r->applied) // a failure part-way (or skipped items) marks the instance modified
                (void)recordInjectOutcome(request.home, request.config, prepared->version, r->apply, r->preflight);
            return r;
        },
        this, [this, what, mergeRequest, prepared, endpoint](Result<LiveMergeReport> done) {
            Q_EMIT instanceChanged();
            if (!done) {
                report(what, done.error());
                return;
            }
            const QString name = QStringLiteral("%1:%2").arg(prepared->version.pod).arg(prepared->version.number);
            if (done->refused) {
                auto *box = InjectOutcomeDialog::refused(name, done->preflight, m_window);
                connect(box, &QDialog::accepted, this, [this, mergeRequest, prepared, endpoint] {
                    LiveMergeRequest rest = mergeRequest;
                    rest.skipUnrestorable = true;
                    applyDeepMerge(rest, prepared, endpoint);
                });
                box->open();
                return;
            }
            if (done->apply.error.isError()) {
                InjectOutcomeDialog::failed(name, done->plan, done->apply, std::nullopt, m_window)->open();
                report(what, done->apply.error);
                return;
            }
            if (!done->recorded) {
                Q_EMIT message(tr("%1: the instance already holds it").arg(what));
                return;
            }
            Q_EMIT message(tr("Deep-merged without conflicts: recorded %1:%2")
                               .arg(done->merged.pod)
                               .arg(done->merged.number));
            Q_EMIT catalogueChanged(done->merged.pod);
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
