// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class JobMonitorSession;
class JobTableView;

// Selects jobs the table has not listed yet (a sync's new job) as soon as a poll brings them,
// and says so when the filters hide them or they do not come. Each poll costs a look-up per
// waited-for id, not a pass over the table.
class PendingJobSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingJobSelection)

public:
    // Polls to wait for the ids before giving up.
    static constexpr int kMaxPolls = 3;

    PendingJobSelection(JobTableView *table, JobMonitorSession *session, QObject *parent = nullptr);

    // Replaces what was waited for; asks for a poll now.
    void select(const QStringList &jobIds);
    QStringList waitingFor() const { return m_ids; }

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    QStringList listedIds() const;
    void onSnapshotApplied();
    void finish(const QStringList &listed);

    QPointer<JobTableView> m_table;
    QPointer<JobMonitorSession> m_session;
    QStringList m_ids;
    int m_pollsLeft = 0;
};
