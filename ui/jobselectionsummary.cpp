// SPDX-License-Identifier: MIT
#include "jobselectionsummary.h"

#include "model/jobnamedisplay.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

JobSelectionSummary::JobSelectionSummary(const QList<Job> &jobs, int idsWithoutDetails, const JobNameDisplay *names)
    : m_total(int(jobs.size()) + qMax(0, idsWithoutDetails))
{
    // Keyed by the status text, so unknown statuses from the server are counted as themselves.
    QHash<QString, int> statusCounts;
    QHash<QString, int> statusRank;
    QHash<QString, int> workspaceCounts;
    for (const Job &job : jobs) {
        const QString status = job.statusLabel();
        ++statusCounts[status];
        statusRank.insert(status, int(job.status));
        ++workspaceCounts[job.workspaceId];
    }
    if (idsWithoutDetails > 0) {
        statusCounts.insert(tr("Not loaded"), idsWithoutDetails);
        statusRank.insert(tr("Not loaded"), 1000);
    }
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        m_byStatus.append({ it.key(), it.value() });
    // Counted by id, labelled by name: the same name in two workspaces is two entries, and a
    // name that ties with an id stays next to it by id order.
    QHash<QString, int> labelUses;
    for (auto it = workspaceCounts.cbegin(); it != workspaceCounts.cend(); ++it)
        ++labelUses[workspaceLabel(it.key(), names)];
    for (auto it = workspaceCounts.cbegin(); it != workspaceCounts.cend(); ++it) {
        QString label = workspaceLabel(it.key(), names);
        if (labelUses.value(label) > 1 && label != it.key())
            label = QStringLiteral("%1 (%2)").arg(label, it.key());
        m_byWorkspace.append({ label, it.value() });
    }
    if (idsWithoutDetails > 0)
        m_byWorkspace.append({ tr("Not loaded"), idsWithoutDetails });
    std::sort(m_byStatus.begin(), m_byStatus.end(), [&statusRank](const Count &a, const Count &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int ra = statusRank.value(a.label);
        const int rb = statusRank.value(b.label);
        return ra != rb ? ra < rb : a.label < b.label;
    });
    std::sort(m_byWorkspace.begin(), m_byWorkspace.end(), [](const Count &a, const Count &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
}

QString JobSelectionSummary::workspaceLabel(const QString &workspaceId, const JobNameDisplay *names)
{
    if (workspaceId.isEmpty())
        return tr("No workspace");
    // The name where known, else the id; "Global (domain)" for `*` either way.
    const JobNameDisplay withoutNames;
    return (names ? *names : withoutNames).display(NameDirectory::Kind::Workspace, workspaceId);
}

QString JobSelectionSummary::formatHtml(const QList<Count> &counts, int limit)
{
    const QLocale locale;
    QStringList parts;
    int restEntries = 0;
    int restJobs = 0;
    for (int i = 0; i < counts.size(); ++i) {
        if (i < limit) {
            parts << QStringLiteral("%1\u00a0<b>%2</b>")
                         .arg(counts.at(i).label.toHtmlEscaped(), locale.toString(counts.at(i).count));
        } else {
            ++restEntries;
            restJobs += counts.at(i).count;
        }
    }
    if (restEntries > 0)
        parts << tr("%n more (%1)", nullptr, restEntries).arg(tr("%Ln job(s)", nullptr, restJobs)).toHtmlEscaped();
    return parts.join(QStringLiteral(" · "));
}
