// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

struct ApiError;
class EmptyStateOverlay;
class ErrorBanner;
class JobMonitorSession;
class PollStatusBar;
class QAbstractItemModel;

// Says what state the session is in, in the three places the window has for it: the status
// bar (connection, freshness, row counts), the error banner (what failed and what to do) and
// the empty table (why there are no rows). One reading of the session feeds all three, so they
// never disagree.
class SessionStatusPresenter
{
    // The texts are the window's: translators see them under MainWindow.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    // What the banner's and the empty table's buttons do; decided with the text they show.
    enum class Remedy { Retry, OpenConnections, ClearFilters };

    SessionStatusPresenter(JobMonitorSession *session, const QAbstractItemModel *shown, PollStatusBar *statusBar,
                           ErrorBanner *banner, EmptyStateOverlay *emptyState);

    void setConnectionName(const QString &name) { m_connectionName = name; }
    // The connection shows simulated jobs (the built-in sandbox).
    void setSimulated(bool simulated) { m_simulated = simulated; }
    // What a connection being made waits for; empty when nothing is pending.
    void setPendingConnection(const QString &message) { m_pendingConnection = message; }
    // Why the connection has no token; empty: the usual text.
    void setTokenMissingReason(const QString &reason) { m_missingTokenReason = reason; }

    void showPollState();
    void showError(const ApiError &error);
    void showEmptyState();
    Remedy bannerRemedy() const;
    Remedy emptyStateRemedy() const;
    // Why deleting is refused now: `own` (the window's reason: a role, say) if there is one, or
    // that the rows are saved ones, which the server may have moved on from; empty when it may.
    QString deleteBlockedReason(const QString &own) const;

private:
    JobMonitorSession *m_session;
    const QAbstractItemModel *m_shown;
    PollStatusBar *m_statusBar;
    ErrorBanner *m_banner;
    EmptyStateOverlay *m_emptyState;
    QString m_connectionName;
    QString m_pendingConnection;
    QString m_missingTokenReason;
    bool m_simulated = false;
};
