// SPDX-License-Identifier: MIT
#include "jobdialogcontroller.h"

#include "api/jobapiclient.h"
#include "connect/tokeninfo.h"
#include "deletejobsdialog.h"
#include "jobdetaildialog.h"
#include "mainwindow.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "monitor/trustedaccountsyncer.h"
#include "syncaccountsdialog.h"

#include <QStatusBar>

#include <utility>

JobDialogController::JobDialogController(MainWindow *window, JobMonitorSession *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
    connect(window, &MainWindow::openJobRequested, this, [this](const QString &id) { openDetails(id); });
    connect(window, &MainWindow::deleteJobsRequested, this, [this](const QStringList &ids) { openDelete(ids); });
    connect(window, &MainWindow::syncAccountsRequested, this, [this](const QStringList &ids) { openSync(ids); });
    connect(window, &MainWindow::deleteCapturedJobsRequested, this,
            [this](const QList<Job> &jobs) { openDeleteCaptured(jobs); });
    connect(session->client(), &JobApiClient::endpointChanged, this, &JobDialogController::onEndpointChanged);
    window->setSyncAvailable(
        TrustedAccountSyncer::maySyncAny(TokenInfo::fromToken(session->client()->endpoint().token)));
}

JobDialogController::~JobDialogController() = default;

JobDetailDialog *JobDialogController::detailDialog(const QString &jobId) const
{
    return m_details.value(jobId).data();
}

QList<JobDetailDialog *> JobDialogController::detailDialogs() const
{
    QList<JobDetailDialog *> dialogs;
    for (const QPointer<JobDetailDialog> &d : m_details) {
        if (d)
            dialogs.append(d);
    }
    return dialogs;
}

JobDetailDialog *JobDialogController::openDetails(const QString &jobId)
{
    if (jobId.isEmpty() || !m_window || !m_session)
        return nullptr;
    if (JobDetailDialog *open = detailDialog(jobId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    // The table's copy is shown at once; the dialog fetches the current one itself.
    Job cached;
    cached.jobId = jobId;
    const JobTableModel *model = m_session->model();
    if (const std::optional<Job> row = model->jobAt(model->rowForId(jobId)))
        cached = *row;

    auto *dialog = new JobDetailDialog(cached, m_session->client(), m_window);
    if (m_detailRefreshMs > 0)
        dialog->setRefreshInterval(m_detailRefreshMs);
    dialog->setDeleteBlockedReason(deleteBlockedReason());
    dialog->setNameDirectory(m_session->names());
    m_details.insert(jobId, dialog);
    connect(dialog, &QObject::destroyed, this, [this, jobId] {
        if (m_details.value(jobId).isNull())
            m_details.remove(jobId);
    });
    MainWindow *window = m_window;
    auto filterThenShow = [window](MainWindow::FilterField field) {
        return [window, field](const QString &value) {
            if (!window)
                return;
            window->setFilterField(field, value);
            window->raise();
            window->activateWindow();
        };
    };
    connect(dialog, &JobDetailDialog::filterByWorkspaceRequested, this,
            filterThenShow(MainWindow::FilterField::Workspace));
    connect(dialog, &JobDetailDialog::filterByTrustedAccountRequested, this,
            filterThenShow(MainWindow::FilterField::TrustedAccount));
    connect(dialog, &JobDetailDialog::filterByPluginRequested, this, filterThenShow(MainWindow::FilterField::Plugin));
    connect(dialog, &JobDetailDialog::deleteRequested, this,
            [this, dialog](const QString &id) { openDelete({ id }, dialog); });
    connect(dialog, &JobDetailDialog::syncRequested, this,
            [this, dialog](const QString &) { openSyncFor({ dialog->job() }, dialog); });
    applySyncPolicy(dialog);
    dialog->show();
    Q_EMIT detailDialogOpened(dialog);
    return dialog;
}

DeleteJobsDialog *JobDialogController::openDelete(const QStringList &jobIds, QWidget *parent)
{
    if (jobIds.isEmpty() || !m_window || !m_session)
        return nullptr;
    const QString blocked = deleteBlockedReason();
    if (!blocked.isEmpty()) {
        m_window->statusBar()->showMessage(blocked, 8000);
        return nullptr;
    }
    // Copies are captured now, by id: later polls may reorder or drop rows, never change which
    // jobs the dialog deletes. Open details windows know jobs the table may no longer list.
    QHash<QString, Job> known;
    for (JobDetailDialog *details : detailDialogs()) {
        if (!details->job().statusText().isEmpty())
            known.insert(details->jobId(), details->job());
    }
    auto *dialog = DeleteJobsDialog::create(jobIds, m_session->model(), m_session->client(),
                                            parent ? parent : m_window.data(), known);
    dialog->setNameDirectory(m_session->names());
    track(dialog);
    return dialog;
}

DeleteJobsDialog *JobDialogController::openDeleteCaptured(const QList<Job> &jobs, QWidget *parent)
{
    if (jobs.isEmpty() || !m_window || !m_session)
        return nullptr;
    const QString blocked = deleteBlockedReason();
    if (!blocked.isEmpty()) {
        m_window->statusBar()->showMessage(blocked, 8000);
        return nullptr;
    }
    // Not watching the table: these jobs were never all in it, so a row missing there says
    // nothing about them.
    auto *dialog = new DeleteJobsDialog(jobs, {}, m_session->client(), parent ? parent : m_window.data());
    dialog->setNameDirectory(m_session->names());
    track(dialog);
    return dialog;
}

SyncAccountsDialog *JobDialogController::openSync(const QStringList &jobIds, QWidget *parent)
{
    if (!m_session)
        return nullptr;
    QList<Job> jobs;
    const JobTableModel *model = m_session->model();
    for (const QString &id : jobIds) {
        if (const std::optional<Job> row = model->jobAt(model->rowForId(id)))
            jobs.append(*row);
        else if (JobDetailDialog *details = detailDialog(id))
            jobs.append(details->job());
    }
    return openSyncFor(jobs, parent);
}

SyncAccountsDialog *JobDialogController::openSyncFor(const QList<Job> &jobs, QWidget *parent)
{
    if (!m_window || !m_session)
        return nullptr;
    const TokenInfo token = TokenInfo::fromToken(m_session->client()->endpoint().token);
    const QList<TrustedAccountSyncer::Target> targets
        = TrustedAccountSyncer::targetsFor(jobs, token, m_session->names());
    if (targets.isEmpty()) {
        m_window->statusBar()->showMessage(tr("These jobs name no trusted account to sync."), 8000);
        return nullptr;
    }
    // One confirmation at a time: a second click must not send the same syncs twice.
    if (m_syncDialog && m_syncDialog->stage() != SyncAccountsDialog::Stage::Done)
        m_syncDialog->reject();
    auto *dialog
        = new SyncAccountsDialog(targets, m_session->client(), m_session->names(), parent ? parent : m_window.data());
    m_syncDialog = dialog;
    connect(dialog, &SyncAccountsDialog::jobsStarted, this, &JobDialogController::onJobsStarted);
    dialog->open();
    Q_EMIT syncDialogOpened(dialog);
    return dialog;
}

void JobDialogController::onJobsStarted(const QList<Job> &jobs)
{
    if (!m_window || jobs.isEmpty())
        return;
    QStringList ids;
    for (const Job &job : jobs)
        ids.append(job.jobId);
    m_window->selectJobsWhenListed(ids);
    m_window->raise();
}

void JobDialogController::applySyncPolicy(JobDetailDialog *dialog) const
{
    const TokenInfo token = TokenInfo::fromToken(m_session ? m_session->client()->endpoint().token : QString());
    dialog->setSyncPolicy(TrustedAccountSyncer::maySyncAny(token),
                          TrustedAccountSyncer::refusalFor(token, dialog->job().workspaceId));
}

void JobDialogController::track(DeleteJobsDialog *dialog)
{
    if (m_deleteMaxInFlight > 0)
        dialog->deleter()->setMaxInFlight(m_deleteMaxInFlight);
    connect(dialog, &DeleteJobsDialog::jobsGone, this, &JobDialogController::onJobsGone);
    connect(dialog, &DeleteJobsDialog::permissionDenied, this, &JobDialogController::onPermissionDenied);
    m_deleteDialogs.removeIf([](const QPointer<DeleteJobsDialog> &d) { return d.isNull(); });
    m_deleteDialogs.append(dialog);
    dialog->open(); // window-modal: the table stays visible, and its polls keep running
    Q_EMIT deleteDialogOpened(dialog);
}

void JobDialogController::onJobsGone(const QStringList &jobIds)
{
    if (m_session)
        m_session->removeJobs(jobIds);
    for (const QString &id : jobIds) {
        if (JobDetailDialog *details = detailDialog(id))
            details->markDeleted();
    }
}

void JobDialogController::onPermissionDenied(const QString &explanation)
{
    m_serverRefusal = explanation;
    applyDeleteBlockedReason();
}

void JobDialogController::onEndpointChanged()
{
    // Another server or token: a 403 from the old one says nothing about the new one, and the
    // open dialogs show jobs of the old server.
    m_serverRefusal.clear();
    // Only a role the app knows refuses up front; for an unknown role or an opaque API key the
    // server decides.
    const TokenInfo token = TokenInfo::fromToken(m_session ? m_session->client()->endpoint().token : QString());
    m_roleRefusal = token.isRoleKnown() && !token.canDelete() ? token.deleteRefusalReason() : QString();
    applyDeleteBlockedReason();
    if (m_window)
        m_window->setSyncAvailable(TrustedAccountSyncer::maySyncAny(token));
    if (m_syncDialog && m_syncDialog->stage() == SyncAccountsDialog::Stage::Confirm)
        m_syncDialog->reject();
    for (JobDetailDialog *d : detailDialogs())
        d->close();
    for (const QPointer<DeleteJobsDialog> &d : std::as_const(m_deleteDialogs)) {
        // Not yet confirmed: close it. Running: it sends nothing more by itself (the client's
        // generation changed) and shows what happened.
        if (d && d->stage() == DeleteJobsDialog::Stage::Confirm)
            d->reject();
    }
    m_deleteDialogs.removeIf([](const QPointer<DeleteJobsDialog> &d) { return d.isNull(); });
}

void JobDialogController::setRoleDeleteRefusal(const QString &reason)
{
    m_roleRefusal = reason;
    applyDeleteBlockedReason();
}

QString JobDialogController::deleteBlockedReason() const
{
    return m_roleRefusal.isEmpty() ? m_serverRefusal : m_roleRefusal;
}

void JobDialogController::applyDeleteBlockedReason()
{
    const QString reason = deleteBlockedReason();
    if (m_window)
        m_window->setDeleteBlockedReason(reason);
    for (JobDetailDialog *d : detailDialogs())
        d->setDeleteBlockedReason(reason);
}
