#include "app/remotes/RemotesDialog.h"

#include "app/jobs/JobRunner.h"
#include "app/remotes/RemoteAddDialog.h"
#include "jobs/RemoteQueries.h"

#include "ui_RemotesDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace poddeck {

RemotesDialog::RemotesDialog(JobRunner *jobs, const QString &home, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RemotesDialog>()), m_jobs(jobs), m_home(home)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("remotesDialog"));
    m_ui->remotesTable->header()->setStretchLastSection(true);
    m_ui->remotesTable->setColumnWidth(0, 120);
    m_ui->remotesTable->setColumnWidth(1, 330);
    m_ui->testResult->hide();
    connect(m_ui->addRemoteButton, &QPushButton::clicked, this, &RemotesDialog::addRemote);
    connect(m_ui->removeRemoteButton, &QPushButton::clicked, this, &RemotesDialog::removeRemote);
    connect(m_ui->testConnection, &QPushButton::clicked, this, &RemotesDialog::testConnection);
    connect(m_ui->remotesTable, &QTreeWidget::currentItemChanged, this, [this] {
        m_ui->testResult->hide();
        updateButtons();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    reload();
}

RemotesDialog::~RemotesDialog() = default;

QString RemotesDialog::credentialsSource(const RemoteInfo &remote)
{
    QString source;
    const QString accessKey = remote.options.value(QStringLiteral("accessKeyId")).toString();
    if (remote.url.startsWith(QLatin1String("file:")))
        source = tr("None needed (folder)");
    else if (!accessKey.isEmpty())
        source = tr("OS keychain (access key %1)").arg(accessKey);
    else
        source = tr("AWS environment or profile");
    if (remote.isEncrypted())
        source += tr("; encrypted");
    if (remote.allowsInsecureHttp())
        source += tr("; plain http (not encrypted in transit)");
    return source;
}

void RemotesDialog::setRemotes(const QList<RemoteInfo> &remotes)
{
    const QString current = currentRemote();
    m_ui->remotesTable->clear();
    for (const RemoteInfo &r : remotes) {
        auto *item = new QTreeWidgetItem(m_ui->remotesTable, {r.name, r.url, credentialsSource(r)});
        item->setToolTip(1, r.url);
        if (r.name == current || (current.isEmpty() && m_ui->remotesTable->topLevelItemCount() == 1))
            m_ui->remotesTable->setCurrentItem(item);
    }
    updateButtons();
}

QString RemotesDialog::currentRemote() const
{
    const QTreeWidgetItem *item = m_ui->remotesTable->currentItem();
    return item ? item->text(0) : QString();
}

void RemotesDialog::reload()
{
    m_jobs->run(
        tr("Reading remotes"), [home = m_home](JobContext &c) { return loadRemotes(home, c); }, this,
        [this](Result<QList<RemoteInfo>> remotes) {
            if (remotes)
                setRemotes(*remotes);
            else
                showResult(tr("Could not read the remotes: %1").arg(remotes.error().message), true);
        });
}

void RemotesDialog::updateButtons()
{
    const bool selected = !currentRemote().isEmpty();
    m_ui->removeRemoteButton->setEnabled(selected);
    m_ui->testConnection->setEnabled(selected);
}

void RemotesDialog::showResult(const QString &text, bool error)
{
    m_ui->testResult->setText(text);
    m_ui->testResult->setProperty("error", error);
    m_ui->testResult->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    m_ui->testResult->setVisible(!text.isEmpty());
}

void RemotesDialog::addRemote()
{
    auto *dialog = new RemoteAddDialog(m_jobs, m_home, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RemoteInfo added = dialog->added();
        const QStringList warnings = dialog->warnings();
        if (warnings.isEmpty())
            showResult(tr("Added remote '%1'.").arg(added.name), false);
        else
            showResult(tr("Added remote '%1', but: %2").arg(added.name, warnings.join(u'\n')), true);
        reload();
        Q_EMIT remotesChanged();
    });
    dialog->open();
}

void RemotesDialog::removeRemote()
{
    const QString name = currentRemote();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Remote"),
                                tr("Forget the remote '%1' and its stored secret?\n\nNothing on the remote is deleted; "
                                   "you can add it again later.").arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeRemoteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, name](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        m_jobs->run(
            tr("Removing remote %1").arg(name),
            [home = m_home, name](JobContext &) { return poddeck::removeRemote(home, name); }, this,
            [this, name](Status done) {
                if (done)
                    showResult(tr("Removed remote '%1'.").arg(name), false);
                else
                    showResult(tr("Could not remove remote '%1': %2").arg(name, done.error().message), true);
                reload();
                Q_EMIT remotesChanged();
            });
    });
    box->open();
}

void RemotesDialog::testConnection()
{
    const QString name = currentRemote();
    if (name.isEmpty())
        return;
    showResult(tr("Connecting to '%1'…").arg(name), false);
    m_ui->testConnection->setEnabled(false);
    m_jobs->run(
        tr("Testing remote %1").arg(name),
        [home = m_home, name](JobContext &c) { return testRemoteConnection(home, name, c); }, this,
        m_testLatest.wrap([this](Result<int> pods) {
            updateButtons();
            if (pods)
                showResult(tr("Connected: %n pod(s)", nullptr, *pods), false);
            else
                showResult(tr("Connection failed: %1").arg(pods.error().message), true);
        }));
}

} // namespace poddeck
