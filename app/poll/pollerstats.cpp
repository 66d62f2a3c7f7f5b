// SPDX-License-Identifier: MIT
// The poller's facet and status counts: which stat requests a poll sends and how their answers
// fill JobStats.
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/jobstatreply.h"
#include "poll/domainjobcounter.h"

#include <utility>

namespace {
const QString kStatus = QStringLiteral("status");
const QString kWorkspace = QStringLiteral("workspace_id");
const QString kTrustedAccount = QStringLiteral("trusted_account_id");
const QString kPlugin = QStringLiteral("plugin_id");
} // namespace

void Poller::abortStats()
{
    const QList<QPointer<JobApiReply>> replies = std::exchange(m_statReplies, {});
    for (const QPointer<JobApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

QList<QueryFilter> Poller::facetFreeFilters() const
{
    JobFilter wide = m_filter;
    wide.statuses.clear();
    wide.workspaceId.clear();
    wide.trustedAccountId.clear();
    wide.pluginId.clear();
    return wide.serverFilters();
}

bool Poller::facetsChosen() const
{
    return facetFreeFilters() != m_filter.serverFilters();
}

void Poller::startStats(bool statusOnly)
{
    m_statsRequested = true;
    // Each facet is counted with every filter but its own, so choosing a workspace still shows
    // the other workspaces as choices.
    JobFilter anyStatus = m_filter;
    anyStatus.statuses.clear();
    anyStatus.stuckOnly = false;
    JobFilter anyWorkspace = m_filter;
    anyWorkspace.workspaceId.clear();
    JobFilter anyTrustedAccount = m_filter;
    anyTrustedAccount.trustedAccountId.clear();
    JobFilter anyPlugin = m_filter;
    anyPlugin.pluginId.clear();
    requestStat(kStatus, anyStatus, m_pollSeq);
    m_domainJobs->start(m_filter, statusOnly, m_kind == PollKind::Full);
    if (statusOnly)
        return;
    requestStat(kWorkspace, anyWorkspace, m_pollSeq);
    requestStat(kTrustedAccount, anyTrustedAccount, m_pollSeq);
    requestStat(kPlugin, anyPlugin, m_pollSeq);
}

void Poller::requestStat(const QString &field, const JobFilter &facetFilter, quint64 seq)
{
    JobStatReply *reply = m_client->stat(JobStatQuery::countBy({ field }, facetFilter.serverFilters()));
    m_statReplies.append(reply);
    ++m_statsPending;
    connect(reply, &JobApiReply::finished, this, [this, reply, field, seq] {
        if (seq != m_pollSeq)
            return;
        --m_statsPending;
        m_traffic.add(reply);
        if (reply->isOk()) {
            const QHash<QString, qint64> counts = reply->result().countsBy(field);
            if (field == kStatus)
                m_stats.statusCounts = counts;
            else if (field == kWorkspace)
                m_stats.workspaces = JobStats::sortedCounts(counts);
            else if (field == kTrustedAccount)
                m_stats.trustedAccounts = JobStats::sortedCounts(counts);
            else
                m_stats.plugins = JobStats::sortedCounts(counts);
        } else if (!m_statsError.isError()) {
            m_statsError = reply->error();
        }
        maybeComplete();
    });
}
