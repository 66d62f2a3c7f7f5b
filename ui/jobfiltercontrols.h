// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class AppSettings;
class FilterBar;
class JobMonitorSession;
class StatusOverview;

// Ties the window's filter widgets (the status overview and the filter bar) to the session's
// filter and to the filter saved for each connection. A connection scoped to a workspace pins
// the workspace filter, so the table never shows jobs outside it.
class JobFilterControls final : public QObject
{
    Q_OBJECT
public:
    enum class Field { Workspace, TrustedAccount, Plugin };

    JobFilterControls(JobMonitorSession *session, AppSettings *settings, StatusOverview *overview, FilterBar *filterBar,
                      QObject *parent = nullptr);

    // Applies the filter saved for the session's connection to the widgets and the session.
    void restoreForConnection();
    // The filters last used with `connectionId`, before the session is connected to it.
    void restoreFor(const QString &connectionId);
    void setWorkspaceScope(const QString &workspaceId);
    QString workspaceScope() const { return m_workspaceScope; }
    // One filter set from outside the bar (the job details); the others stay as they are.
    void setField(Field field, const QString &value);
    void clearAll();
    // The choices of the filter combos, by name where the directory has one, with counts.
    void updateChoices();
    void updateScopeToolTip();

Q_SIGNALS:
    // The server-side filters are about to change: what the server answered for the old ones
    // (a selection made there) no longer holds.
    void serverFiltersChanging();
    // The widgets changed the session's filter.
    void applied();

private:
    void apply();

    JobMonitorSession *m_session;
    AppSettings *m_settings;
    StatusOverview *m_overview;
    FilterBar *m_filterBar;
    QString m_workspaceScope;
    bool m_restoring = false;
};
