// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QFrame>
#include <QList>
#include <QSet>

class JobMonitorSession;
class JobSetCollector;
class JobTableView;
class QLabel;
class QProgressBar;
class QPushButton;

// A selection made on the server, for more jobs than the table holds: "Select Stuck" collects
// the ids of every stuck job the server has (with the fields the delete dialog shows), selects
// the loaded ones in the table and says so in a strip above it: "913 stuck jobs on the server
// are selected; 112 of them are loaded". While it stands, Delete acts on all of them, exactly as
// they were collected. Choosing other rows, a filter or another connection ends it.
class ServerSelectionBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSelectionBar)

public:
    ServerSelectionBar(JobMonitorSession *session, JobTableView *table, QWidget *parent = nullptr);
    ~ServerSelectionBar() override;

    // Collects the server's stuck jobs for the session's filter (all statuses), then selects.
    void selectStuck();
    bool isCollecting() const;
    // A server set is the selection: Delete acts on jobs().
    bool isActive() const { return m_active; }
    // The captured copies, newest first.
    const QList<Job> &jobs() const { return m_jobs; }
    // Of those, how many the table has loaded now.
    int loadedCount() const;
    // Ends the selection (or the collection); the table's selection stays as it is.
    void clear();
    // Why delete is unavailable; empty enables it.
    void setDeleteBlockedReason(const QString &reason);

    QLabel *textLabel() const { return m_text; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    // The selection started, changed or ended.
    void changed();
    void deleteRequested(const QList<Job> &jobs);
    // One line for the status bar once a selection is made.
    void message(const QString &text);

private:
    void onCollected();
    void onJobsRemoved(const QStringList &ids);
    void applyToTable();
    void onTableSelectionChanged();
    void updateText();
    bool isShownInTable(const QString &jobId) const;

    JobMonitorSession *m_session;
    JobTableView *m_table;
    JobSetCollector *m_collector;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_delete;
    QPushButton *m_clear;
    QString m_deleteBlockedReason;
    bool m_active = false;
    bool m_applying = false;
    QList<Job> m_jobs;
    QSet<QString> m_ids;
    QSet<QString> m_selectedInTable; // loaded ids this selection selected in the table
    qint64 m_serverTotal = 0;
    bool m_truncated = false;
};
