// SPDX-License-Identifier: MIT
#include "jobbreakdown.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
QList<JobBreakdown::Group> largestFirst(const QHash<QString, int> &counts)
{
    QList<JobBreakdown::Group> groups;
    groups.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        groups.append({ it.key(), it.value() });
    std::sort(groups.begin(), groups.end(), [](const JobBreakdown::Group &a, const JobBreakdown::Group &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return groups;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("JobBreakdown", text);
}

const QString kSeparator = QStringLiteral(" · ");
} // namespace

JobBreakdown::JobBreakdown(const QList<Job> &jobs)
{
    QHash<QString, int> statuses;
    QHash<QString, int> workspaces;
    for (const Job &job : jobs) {
        ++statuses[job.statusLabel()];
        ++workspaces[job.workspaceId];
    }
    m_byStatus = largestFirst(statuses);
    m_byWorkspace = largestFirst(workspaces);
}

QString JobBreakdown::statusText() const
{
    const QLocale locale;
    QStringList parts;
    for (const Group &g : m_byStatus)
        parts << tr("%1 %2").arg(locale.toString(g.count), g.key);
    return parts.join(kSeparator);
}

QString JobBreakdown::workspaceText(int maxShown) const
{
    const QLocale locale;
    QStringList parts;
    int restGroups = 0;
    int restJobs = 0;
    for (const Group &g : m_byWorkspace) {
        if (parts.size() >= maxShown) {
            ++restGroups;
            restJobs += g.count;
            continue;
        }
        const QString n = locale.toString(g.count);
        if (g.key == QLatin1String("*"))
            parts << tr("%1 Global (domain)").arg(n);
        else if (g.key.isEmpty())
            parts << tr("%1 without a workspace").arg(n);
        else
            parts << tr("%1 in %2").arg(n, g.key);
    }
    if (restGroups > 0) {
        parts << (restGroups == 1 ? tr("1 more workspace (%1)") : tr("%1 more workspaces (%2)").arg(restGroups))
                     .arg(restJobs == 1 ? tr("1 job") : tr("%1 jobs").arg(locale.toString(restJobs)));
    }
    return parts.join(kSeparator);
}
