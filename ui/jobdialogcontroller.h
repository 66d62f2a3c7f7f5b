// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class DeleteJobsDialog;
class JobDetailDialog;
class JobMonitorSession;
class MainWindow;
class QWidget;
class SyncAccountsDialog;

// Opens the job dialogs for the main window and connects them to the session: one details
// dialog per job id (opening it again raises it), delete dialogs fed with the ids the user
// chose, deleted rows leaving the table at once, and delete turned off with a reason when the
// token's role cannot delete; "Sync now" for the trusted accounts of chosen jobs, offered where
// the role may sync, with the new jobs selected in the table once a poll lists them.
class JobDialogController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialogController)

public:
    JobDialogController(MainWindow *window, JobMonitorSession *session, QObject *parent = nullptr);
    ~JobDialogController() override;

    // Opens (or raises) the details of a job; nullptr when the id is empty.
    JobDetailDialog *openDetails(const QString &jobId);
    // Asks to delete these ids; `parent` is the window the dialog belongs to (the main window
    // by default). nullptr when nothing can be deleted.
    DeleteJobsDialog *openDelete(const QStringList &jobIds, QWidget *parent = nullptr);
    // Asks to delete jobs captured elsewhere (a selection made on the server): the dialog shows
    // and sends exactly these, whether the table has loaded them or not.
    DeleteJobsDialog *openDeleteCaptured(const QList<Job> &jobs, QWidget *parent = nullptr);

    // Asks to sync the trusted accounts of these jobs (copies from the table or open details);
    // nullptr when none of them names an account.
    SyncAccountsDialog *openSync(const QStringList &jobIds, QWidget *parent = nullptr);
    SyncAccountsDialog *openSyncFor(const QList<Job> &jobs, QWidget *parent = nullptr);

    JobDetailDialog *detailDialog(const QString &jobId) const;
    QList<JobDetailDialog *> detailDialogs() const;

    // What the token itself says about deleting. Set from the token's role claim whenever the
    // connection changes (a workspace member's token turns delete off up front); callers may
    // override it until the next change. Empty when it may delete or the server should decide.
    void setRoleDeleteRefusal(const QString &reason);
    // The reason delete is off now: the token's role, or a 403 the server answered.
    QString deleteBlockedReason() const;

    // For tests: how fast details refresh active jobs, and how many deletes run at once.
    void setDetailRefreshInterval(int ms) { m_detailRefreshMs = ms; }
    void setDeleteMaxInFlight(int count) { m_deleteMaxInFlight = count; }

Q_SIGNALS:
    void detailDialogOpened(JobDetailDialog *dialog);
    void deleteDialogOpened(DeleteJobsDialog *dialog);
    void syncDialogOpened(SyncAccountsDialog *dialog);

private:
    void onJobsGone(const QStringList &jobIds);
    void onPermissionDenied(const QString &explanation);
    void onEndpointChanged();
    void applyDeleteBlockedReason();
    void track(DeleteJobsDialog *dialog);
    void applySyncPolicy(JobDetailDialog *dialog) const;
    void onJobsStarted(const QList<Job> &jobs);

    QPointer<MainWindow> m_window;
    QPointer<JobMonitorSession> m_session;
    QHash<QString, QPointer<JobDetailDialog>> m_details;
    QList<QPointer<DeleteJobsDialog>> m_deleteDialogs;
    QPointer<SyncAccountsDialog> m_syncDialog;
    QString m_roleRefusal;
    QString m_serverRefusal;
    int m_detailRefreshMs = 0;
    int m_deleteMaxInFlight = 0;
};
