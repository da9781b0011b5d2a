#include "app/instance/InstanceOperations.h"

#include "app/dialogs/CommitDialog.h"
#include "app/dialogs/InjectDialog.h"
#include "app/dialogs/InjectOutcomeDialog.h"
#include "app/instance/InstanceBar.h"
#include "app/instance/ResetInstanceDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/merge/MergeEditorWindow.h"
#include "emulator/AdapterRegistry.h"
#include "jobs/Autosave.h"
#include "jobs/CommitDirectory.h"
#include "jobs/CommitInstance.h"
#include "jobs/InstanceStatus.h"

#include <QMessageBox>
#include <QPushButton>

namespace poddeck {

InstanceOperations::InstanceOperations(JobRunner *jobs, const QString &home, InstanceBar *instance, QWidget *window)
    : Operations(jobs, home, window), m_instance(instance)
{
}

void InstanceOperations::commit(const QStringList &pods, const QString &currentPod)
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
void InstanceOperations::showMissingCode(const Version &version, const QStringList &what)
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

void InstanceOperations::inject(const VersionRef &ref)
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

void InstanceOperations::runInject(const InjectRequest &injectRequest, const QString &endpoint)
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

void InstanceOperations::resetInstance()
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
    connect(box, &QDialog::accepted, this, [this, box, endpoint] {
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

void InstanceOperations::deepMerge(const VersionRef &ref)
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
                connect(editor, &MergeEditorWindow::message, this, &InstanceOperations::message);
                connect(editor, &MergeEditorWindow::instanceTouched, this, &InstanceOperations::instanceChanged);
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

void InstanceOperations::applyDeepMerge(const LiveMergeRequest &mergeRequest, std::shared_ptr<PreparedLiveMerge> prepared,
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

} // namespace poddeck
