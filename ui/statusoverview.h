// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobstatus.h"
#include "poll/jobstats.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QToolButton;

// The strip above the table: one toggle per status with its live count ("Failure 12"), "Other"
// for statuses the server does not define (shown while there are any), plus "Stuck". It is both
// the overview and the status filter: checking buttons narrows the table to those statuses;
// "All" clears them. Every count is the server's, for everything matching the other filters,
// and each tooltip says how it was counted.
class StatusOverview final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusOverview(QWidget *parent = nullptr);

    // Counts for the current scope (every filter but status). -1 hides a number while unknown.
    // JobStatus::Unknown is "Other".
    void setCounts(const QHash<JobStatus, qint64> &counts, qint64 total);
    // The server's counts, with where they come from for the tooltips.
    void setStats(const JobStats &stats);
    // The server's stuck count (-1: unknown), how many of them are loaded, and the threshold.
    void setStuckCount(qint64 stuck, qint64 loaded = -1, qint64 thresholdMs = 0);
    qint64 stuckCount() const { return m_stuckCount; }
    void setSelection(const QList<JobStatus> &statuses, bool stuckOnly);
    QList<JobStatus> selectedStatuses() const;
    bool stuckOnly() const;
    QToolButton *buttonFor(JobStatus status) const;
    QToolButton *stuckButton() const { return m_stuck; }
    QToolButton *otherButton() const { return m_other; }
    QToolButton *allButton() const { return m_all; }

Q_SIGNALS:
    void selectionChanged(const QList<JobStatus> &statuses, bool stuckOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLabels();
    void updateStatusLabels();
    void updateStuckLabel();
    void emitSelection();
    QToolButton *makeButton();

    QString sourceText(JobStatus status, qint64 count) const;

    QToolButton *m_all = nullptr;
    QToolButton *m_other = nullptr;
    QToolButton *m_stuck = nullptr;
    QHash<JobStatus, QToolButton *> m_buttons;
    QHash<JobStatus, qint64> m_counts;
    qint64 m_total = -1;
    JobStats m_stats;
    bool m_haveStats = false;
    qint64 m_stuckCount = -1;
    qint64 m_loadedStuck = -1;
    qint64 m_stuckThresholdMs = 0;
};
