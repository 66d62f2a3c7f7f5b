// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobquery.h"

#include <QFrame>
#include <QList>
#include <QSet>

class JobMonitorSession;
class JobSetCollector;
class JobTableView;
class QLabel;
class QProgressBar;
class QPushButton;

// A selection made on the server, for more jobs than the table holds. "Select Stuck" collects
// the ids of every stuck job the server has (with the fields the delete dialog shows), selects
// the loaded ones in the table and says so in a strip above it: "913 stuck jobs on the server
// are selected; 112 of them are loaded". When the user selects every loaded row while more
// match on the server, the strip offers the same for all of them ("Select all 100,014 on the
// server"). While a server set stands, Delete acts on all of it, exactly as it was collected.
// Choosing other rows, a filter or another connection ends it.
class ServerSelectionBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSelectionBar)

public:
    ServerSelectionBar(JobMonitorSession *session, JobTableView *table, QWidget *parent = nullptr);
    ~ServerSelectionBar() override;

    enum class Kind {
        Stuck, // the stuck jobs for the filters but the status one, as the Stuck chip counts them
        Matching, // every job the filters match
    };

    // Collects the server's stuck jobs for the session's filter (all statuses), then selects.
    void selectStuck();
    // Collects every job the session's filter matches on the server, then selects.
    void selectAllMatching();
    Kind kind() const { return m_kind; }
    // The strip offers selectAllMatching(): every loaded row is selected and more match.
    bool isOffering() const { return m_offering; }
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
    QPushButton *selectAllButton() const { return m_selectAll; }

Q_SIGNALS:
    // The selection started, changed or ended.
    void changed();
    void deleteRequested(const QList<Job> &jobs);
    // One line for the status bar once a selection is made.
    void message(const QString &text);

private:
    void collect(Kind kind, const QList<QList<QueryFilter>> &queries, const QList<QueryFilter> &filterOr = {});
    void onCollected();
    void updateOffer();
    bool allRowsSelected() const;
    QString jobsText(qint64 n) const;
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
    QPushButton *m_selectAll;
    Kind m_kind = Kind::Stuck;
    bool m_offering = false;
    QString m_deleteBlockedReason;
    bool m_active = false;
    bool m_applying = false;
    QList<Job> m_jobs;
    QSet<QString> m_ids;
    QSet<QString> m_selectedInTable; // loaded ids this selection selected in the table
    qint64 m_serverTotal = 0;
    bool m_truncated = false;
};
