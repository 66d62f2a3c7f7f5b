// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

class JobNameDisplay;

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a set of captured jobs holds, counted by status and by workspace, for a person to check
// before a bulk action: "Failure 6 · In progress 3", "Data Platform 7 · Global (domain) 3". Counts
// come from the job copies given, never from rows on screen, so they also cover jobs the table
// has not loaded; ids without a copy count as unknown.
class JobSelectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(JobSelectionSummary)

public:
    struct Count
    {
        QString label;
        int count = 0;
    };

    // Workspaces by name where `names` knows it, else by id; two workspaces of one name stay apart.
    JobSelectionSummary(const QList<Job> &jobs, int idsWithoutDetails, const JobNameDisplay *names = nullptr);

    int total() const { return m_total; }
    // Most frequent first; ties in a fixed order (status order, then workspace id).
    const QList<Count> &byStatus() const { return m_byStatus; }
    const QList<Count> &byWorkspace() const { return m_byWorkspace; }

    // "Failure <b>6</b> · In progress <b>3</b>" as rich text, labels escaped; at most `limit`
    // entries, the rest as "2 more (5 jobs)". The counts are bold so that they stand apart from
    // ids that end in digits themselves ("workspace-5f4e3d2c1b0a 43").
    static QString formatHtml(const QList<Count> &counts, int limit);

private:
    static QString workspaceLabel(const QString &workspaceId, const JobNameDisplay *names);

    int m_total = 0;
    QList<Count> m_byStatus;
    QList<Count> m_byWorkspace;
};
