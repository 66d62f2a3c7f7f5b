// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobstatus.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QToolButton;

// The strip above the table: one toggle per status with its live count ("Failure 12"), plus
// "Stuck". It is both the overview and the status filter: checking buttons narrows the table
// to those statuses; "All" clears them.
class StatusOverview final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusOverview(QWidget *parent = nullptr);

    // Counts for the current scope (every filter but status). -1 hides a number while unknown.
    void setCounts(const QHash<JobStatus, qint64> &counts, qint64 total);
    void setStuckCount(int stuck);
    void setSelection(const QList<JobStatus> &statuses, bool stuckOnly);
    QList<JobStatus> selectedStatuses() const;
    bool stuckOnly() const;
    QToolButton *buttonFor(JobStatus status) const;
    QToolButton *stuckButton() const { return m_stuck; }
    QToolButton *allButton() const { return m_all; }

Q_SIGNALS:
    void selectionChanged(const QList<JobStatus> &statuses, bool stuckOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLabels();
    void emitSelection();
    QToolButton *makeButton();

    QToolButton *m_all = nullptr;
    QToolButton *m_stuck = nullptr;
    QHash<JobStatus, QToolButton *> m_buttons;
    QHash<JobStatus, qint64> m_counts;
    qint64 m_total = -1;
    int m_stuckCount = -1;
};
