// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "jobfiltercontrols.h"
#include "maintoolbar.h"
#include "mainwindowactions.h"
#include "monitor/jobexporter.h"
#include "sessionstatuspresenter.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class AppSettings;
class EmptyStateOverlay;
class ErrorBanner;
class ErrorPreviewPane;
class FilterBar;
class JobDecorationProxy;
class JobMonitorSession;
struct SavedJobs;
class JobNotifier;
class JobTableView;
class MainWindowMenus;
class NoticeBar;
class PendingJobSelection;
class PollStatusBar;
class QAction;
class QSplitter;
class ServerSelectionBar;
class StatusOverview;

// The job monitor window: status overview and filters on top, the job table, and a status
// bar that says how fresh the data is. Driven entirely by a JobMonitorSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    using ConnectionChoice = MainToolBar::ConnectionChoice;

    MainWindow(JobMonitorSession *session, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnections(const QList<ConnectionChoice> &connections, const QString &currentId);
    QString currentConnectionName() const;
    // Applies the filter saved for the session's connection to the widgets and the session.
    void restoreFilterForConnection();
    // Shows the jobs a connection had when the app last closed, with that connection's filters,
    // until the connection is made and its server answers. False when they do not fit (listed
    // with other filters, or live rows already shown).
    bool showSavedJobs(const SavedJobs &saved);
    // The connection's own poll interval, and the workspace it is scoped to (empty: none). A
    // scope pins the workspace filter, so the table never shows jobs outside it.
    void setConnectionPolicy(int pollIntervalMs, const QString &workspaceScope);
    QString workspaceScope() const { return m_filters->workspaceScope(); }
    // The reason delete is unavailable (role cannot delete); empty enables it.
    void setDeleteBlockedReason(const QString &reason);
    // While no server is connected: what the connection being made waits for ("Starting the
    // built-in sandbox…"), shown in place of the table; empty when nothing is pending.
    void setPendingConnection(const QString &message);
    QString deleteBlockedReason() const { return m_deleteBlockedReason; }
    // Whether "Sync now" is offered at all: not to a role that may never sync.
    void setSyncAvailable(bool available);
    bool isSyncAvailable() const { return m_syncAvailable; }
    // Selects these jobs once a poll (asked for now) lists them: the jobs a sync started.
    void selectJobsWhenListed(const QStringList &jobIds);
    PendingJobSelection *pendingSelection() const { return m_pendingSelection; }

    // "Show only this workspace / trusted account / plugin", asked for from outside the filter
    // bar (the job details); the other filters stay as they are.
    using FilterField = JobFilterControls::Field;
    void setFilterField(FilterField field, const QString &value);

    QList<Job> visibleJobs() const;
    bool exportVisibleRows(const QString &fileName, JobExporter::Format format, QString *error) const;

    JobTableView *tableView() const { return m_table; }
    StatusOverview *statusOverview() const { return m_overview; }
    FilterBar *filterBar() const { return m_filterBar; }
    ErrorBanner *errorBanner() const { return m_banner; }
    PollStatusBar *pollStatusBar() const { return m_statusBar; }
    EmptyStateOverlay *emptyState() const { return m_emptyState; }
    JobNotifier *notifier() const { return m_notifier; }
    ErrorPreviewPane *errorPreview() const { return m_errorPreview; }
    NoticeBar *sandboxNotice() const { return m_notice; }
    ServerSelectionBar *serverSelection() const { return m_serverSelection; }
    QAction *action(const QString &objectName) const;

    // The size the window first opens at on a screen with this much room.
    static QSize initialSize(const QSize &available);
    // The About box's text: version, commit, Qt, licence, home page and bug tracker.
    // Why the current connection has no token (empty: it has one, or no reason is known); the
    // table says it, instead of the usual empty-state text.
    void setTokenMissingReason(const QString &reason);
    // The current connection shows simulated jobs (the built-in sandbox).
    void setConnectionSimulated(bool simulated);
    void setErrorPreviewVisible(bool visible);

Q_SIGNALS:
    void connectionRequested(const QString &connectionId);
    void manageConnectionsRequested();
    void openJobRequested(const QString &jobId);
    void deleteJobsRequested(const QStringList &jobIds);
    // Sync the trusted accounts of these jobs (after confirmation).
    void syncAccountsRequested(const QStringList &jobIds);
    // Delete these captured copies (a selection made on the server, mostly not loaded).
    void deleteCapturedJobsRequested(const QList<Job> &jobs);
    // The user picked another update interval for the current connection.
    void pollIntervalChosen(int ms);
    // Keep Jobs for the Next Start was turned on or off (the setting is saved already).
    void keepJobsChanged(bool keep);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createCentralWidget();
    void applyRemedy(SessionStatusPresenter::Remedy remedy);
    void connectActions();
    void connectJobActions();
    void connectTableActions();
    void connectSession();

    void applyInterval(int ms);
    void onFilterApplied();
    void onStatsChanged();
    void onSnapshotApplied();
    void onStuckCountChanged();
    void showStuckCount();
    // Delete what is selected: the server's set while one stands, else the table's rows.
    void requestDelete(const QStringList &tableIds);
    void onError(const ApiError &error);
    void updateEmptyState();
    void updateActionStates();
    void updateWindowTitle();
    void exportRows();
    QString currentErrorMessage() const;
    void copyCurrentError();

    JobMonitorSession *m_session;
    AppSettings *m_settings;
    JobDecorationProxy *m_decoration;
    MainWindowActions m_actions;
    MainToolBar *m_toolBar = nullptr;
    MainWindowMenus *m_menus = nullptr;
    StatusOverview *m_overview = nullptr;
    FilterBar *m_filterBar = nullptr;
    JobFilterControls *m_filters = nullptr;
    ErrorBanner *m_banner = nullptr;
    JobTableView *m_table = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;
    ServerSelectionBar *m_serverSelection = nullptr;
    PollStatusBar *m_statusBar = nullptr;
    std::unique_ptr<SessionStatusPresenter> m_status;
    JobNotifier *m_notifier = nullptr;
    ErrorPreviewPane *m_errorPreview = nullptr;
    NoticeBar *m_notice = nullptr;
    QSplitter *m_splitter = nullptr;
    QString m_deleteBlockedReason;
    PendingJobSelection *m_pendingSelection = nullptr;
    bool m_syncAvailable = true;
};
