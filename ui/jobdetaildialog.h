// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/job.h"

#include "api/namedirectory.h"
#include "model/jobnamedisplay.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class JobApiClient;
class JobGetReply;
class JsonTreeModel;
class TimerSource;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace Ui {
class JobDetailDialog;
}

// Everything about one job. Opens at once with the row the table already has, then asks the
// server for the job and keeps asking every few seconds while it is pending or in progress.
// Non-modal and deletes itself on close, so several can be open next to the main window.
class JobDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailDialog)

public:
    static constexpr int kDefaultRefreshIntervalMs = 3000;

    enum class State {
        Cached, // only the table's copy so far
        Fresh, // the last get succeeded
        Error, // the last get failed; the data shown is the last known
        Gone, // the server has no such job any more
        Deleted, // deleted from this app
    };
    Q_ENUM(State)

    JobDetailDialog(const Job &cached, JobApiClient *client, QWidget *parent = nullptr);
    ~JobDetailDialog() override;

    QString jobId() const { return m_job.jobId; }
    const Job &job() const { return m_job; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    // Gets completed since the dialog opened.
    int fetchCount() const { return m_fetchCount; }
    bool isFetching() const { return !m_reply.isNull(); }
    bool isRefreshScheduled() const;

    // Used while the job is active; takes effect from the next refresh.
    void setRefreshInterval(int ms);
    int refreshInterval() const { return m_refreshIntervalMs; }
    // Asks the server now (ignored while a get is in flight or once the job is gone).
    void refreshNow();
    // Shows the names of the job's workspace, trusted account and plugin beside their ids, and
    // again whenever the directory's names change.
    void setNameDirectory(NameDirectory *directory);

    // Empty enables Delete; otherwise the button is disabled with this text as its tooltip.
    void setDeleteBlockedReason(const QString &reason);
    // "Sync now" for the job's trusted account: hidden unless `available` (the role may sync at
    // all), disabled with `refusal` as its tooltip when the role may not sync this account.
    void setSyncPolicy(bool available, const QString &refusal);
    // This job was deleted from this app: stop refreshing and say so.
    void markDeleted();

    // The job as indented JSON (the shape the server sends), and the same on the clipboard.
    QByteArray jobJson() const;
    void copyJobAsJson();

    // Named parts, for tests and screenshots.
    QLabel *messageLabel() const { return m_message; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    QPlainTextEdit *errorBox() const { return m_errorBox; }
    QTreeView *optionsTree() const { return m_optionsTree; }
    QPlainTextEdit *optionsRaw() const { return m_optionsRaw; }
    QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    void filterByWorkspaceRequested(const QString &workspaceId);
    void filterByTrustedAccountRequested(const QString &trustedAccountId);
    void filterByPluginRequested(const QString &pluginId);
    void deleteRequested(const QString &jobId);
    void syncRequested(const QString &jobId);

private:
    QString nameText(NameDirectory::Kind kind, const QString &id) const;
    void setUpFields();
    void showJob();
    void fetch();
    void onFetched();
    void scheduleRefresh();
    void setState(State state);
    void updateMessage();
    void updateButtons();
    void stopRefresh();
    // The client's clock and timers, so a test steps the refresh instead of waiting for it.
    TimerSource *timers() const;

    std::unique_ptr<Ui::JobDetailDialog> m_ui;
    Job m_job;
    QPointer<JobApiClient> m_client;
    QPointer<JobGetReply> m_reply;
    QPointer<QObject> m_refreshTimer; // the scheduled refresh, while one is
    State m_state = State::Cached;
    ApiError m_lastError;
    qint64 m_lastFetchedAtMs = 0;
    int m_fetchCount = 0;
    int m_refreshIntervalMs = kDefaultRefreshIntervalMs;
    QString m_deleteBlockedReason;
    QString m_syncRefusal;
    JobNameDisplay m_names;

    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusWord = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_errorBox = nullptr;
    QTreeView *m_optionsTree = nullptr;
    JsonTreeModel *m_optionsModel = nullptr;
    QPlainTextEdit *m_optionsRaw = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_syncButton = nullptr;
    QLabel *m_providerIcon = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QToolButton *m_workspaceFilter = nullptr;
    QToolButton *m_trustedAccountFilter = nullptr;
    QToolButton *m_pluginFilter = nullptr;
};
