// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QList>
#include <QString>

// How many jobs of a set have each status and lie in each workspace, largest group first: the
// confirmation of a bulk action says what it is about to touch ("601 In progress · 312 Pending;
// 500 in workspace-a · 13 Global (domain)") before anything is sent. Ties go by name, so the same
// set always reads the same.
class JobBreakdown
{
public:
    struct Group
    {
        QString key; // the status label ("In progress", or the raw text), or the workspace id
        int count = 0;
        friend bool operator==(const Group &a, const Group &b) { return a.key == b.key && a.count == b.count; }
    };

    explicit JobBreakdown(const QList<Job> &jobs);

    const QList<Group> &byStatus() const { return m_byStatus; }
    const QList<Group> &byWorkspace() const { return m_byWorkspace; }

    // "601 In progress · 312 Pending".
    QString statusText() const;
    // "500 in workspace-a · 13 Global (domain)", the largest `maxShown` groups, then "and 4 more
    // workspaces (27 jobs)".
    QString workspaceText(int maxShown) const;

private:
    QList<Group> m_byStatus;
    QList<Group> m_byWorkspace;
};
