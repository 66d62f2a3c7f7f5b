// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "monitor/jobexporter.h"

#include <QList>
#include <QMainWindow>

class AppSettings;
class EmptyStateOverlay;
class ErrorBanner;
class FilterBar;
class JobDecorationProxy;
class JobMonitorSession;
class JobTableView;
class JobTrayNotifier;
class PollStatusBar;
class QAction;
class QComboBox;
class QMenu;
class QTimer;
class StatusOverview;

// The job monitor window: status overview and filters on top, the job table, and a status
// bar that says how fresh the data is. Driven entirely by a JobMonitorSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct ConnectionChoice
    {
        QString id;
        QString name;
    };

    MainWindow(JobMonitorSession *session, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnections(const QList<ConnectionChoice> &connections, const QString &currentId);
    QString currentConnectionName() const;
    // Applies the filter saved for the session's connection to the widgets and the session.
    void restoreFilterForConnection();
    // The connection's own poll interval, and the workspace it is scoped to (empty: none). A
    // scope pins the workspace filter, so the table never shows jobs outside it.
    void setConnectionPolicy(int pollIntervalMs, const QString &workspaceScope);
    QString workspaceScope() const { return m_workspaceScope; }
    // The reason delete is unavailable (role cannot delete); empty enables it.
    void setDeleteBlockedReason(const QString &reason);
    QString deleteBlockedReason() const { return m_deleteBlockedReason; }

    // "Show only this workspace / trusted account / plugin", asked for from outside the filter
    // bar (the job details); the other filters stay as they are.
    enum class FilterField { Workspace, TrustedAccount, Plugin };
    void setFilterField(FilterField field, const QString &value);

    QList<Job> visibleJobs() const;
    bool exportVisibleRows(const QString &fileName, JobExporter::Format format, QString *error) const;

    JobTableView *tableView() const { return m_table; }
    StatusOverview *statusOverview() const { return m_overview; }
    FilterBar *filterBar() const { return m_filterBar; }
    ErrorBanner *errorBanner() const { return m_banner; }
    PollStatusBar *pollStatusBar() const { return m_statusBar; }
    EmptyStateOverlay *emptyState() const { return m_emptyState; }
    JobTrayNotifier *trayNotifier() const { return m_tray; }
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    void connectionRequested(const QString &connectionId);
    void manageConnectionsRequested();
    void openJobRequested(const QString &jobId);
    void deleteJobsRequested(const QStringList &jobIds);
    // The user picked another update interval for the current connection.
    void pollIntervalChosen(int ms);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createWindowSizeMenu(QMenu *view);
    void createToolBar();
    void createCentralWidget();
    void connectSession();
    QAction *addAction(const QString &objectName, const QString &text, const QString &iconName,
                       const QKeySequence &shortcut, const QString &toolTip);

    void applyWidgetFilter();
    void onStatsChanged();
    void onSnapshotApplied();
    void onError(const ApiError &error);
    void updateEmptyState();
    void updateActionStates();
    void updateWindowTitle();
    void exportRows();
    void selectStuckJobs();
    void clearAllFilters();
    void showAbout();
    void saveState();

    JobMonitorSession *m_session;
    AppSettings *m_settings;
    JobDecorationProxy *m_decoration;
    StatusOverview *m_overview = nullptr;
    FilterBar *m_filterBar = nullptr;
    ErrorBanner *m_banner = nullptr;
    JobTableView *m_table = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;
    PollStatusBar *m_statusBar = nullptr;
    JobTrayNotifier *m_tray = nullptr;
    QComboBox *m_connectionBox = nullptr;
    QComboBox *m_intervalBox = nullptr;
    QTimer *m_headerSaveTimer = nullptr;
    QString m_deleteBlockedReason;
    QString m_workspaceScope;
    bool m_restoringFilter = false;
};
