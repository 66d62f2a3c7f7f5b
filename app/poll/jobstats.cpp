// SPDX-License-Identifier: MIT
#include "jobstats.h"

#include <algorithm>

namespace {
const QString kStatus = QStringLiteral("status");
const QString kWorkspace = QStringLiteral("workspace_id");
const QString kTrustedAccount = QStringLiteral("trusted_account_id");
const QString kPlugin = QStringLiteral("plugin_id");
} // namespace

qint64 JobStats::count(JobStatus status) const
{
    return status == JobStatus::Unknown ? unknownCount() : statusCounts.value(JobStatuses::toWire(status));
}

qint64 JobStats::unknownCount() const
{
    qint64 n = 0;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it) {
        if (JobStatuses::fromWire(it.key()) == JobStatus::Unknown)
            n += it.value();
    }
    return n;
}

QList<JobStats::ValueCount> JobStats::sortedCounts(const QHash<QString, qint64> &counts)
{
    QList<ValueCount> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({ it.key(), it.value() });
    std::sort(list.begin(), list.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return list;
}

const QStringList &JobStats::facetFields()
{
    static const QStringList fields{ kStatus, kWorkspace, kTrustedAccount, kPlugin };
    return fields;
}

JobFilter JobStats::facetFilter(const QString &field, const JobFilter &filter)
{
    JobFilter facet = filter;
    if (field == kStatus) {
        facet.statuses.clear();
        facet.stuckOnly = false;
    } else if (field == kWorkspace) {
        facet.workspaceId.clear();
    } else if (field == kTrustedAccount) {
        facet.trustedAccountId.clear();
    } else if (field == kPlugin) {
        facet.pluginId.clear();
    }
    return facet;
}

void JobStats::setCounts(const QString &field, const QHash<QString, qint64> &counts)
{
    if (field == kStatus)
        statusCounts = counts;
    else if (field == kWorkspace)
        workspaces = sortedCounts(counts);
    else if (field == kTrustedAccount)
        trustedAccounts = sortedCounts(counts);
    else if (field == kPlugin)
        plugins = sortedCounts(counts);
}

void JobStats::copyCounts(const QString &field, const JobStats &from)
{
    if (field == kStatus) {
        statusCounts = from.statusCounts;
        domainStatusCounts = from.domainStatusCounts;
    } else if (field == kWorkspace) {
        workspaces = from.workspaces;
    } else if (field == kTrustedAccount) {
        trustedAccounts = from.trustedAccounts;
    } else if (field == kPlugin) {
        plugins = from.plugins;
    }
}

QList<JobStats::ValueCount> JobStats::addedCounts(const QList<ValueCount> &list, const QHash<QString, qint64> &more)
{
    QHash<QString, qint64> counts = more;
    for (const ValueCount &v : list)
        counts[v.value] += v.count;
    return sortedCounts(counts);
}
