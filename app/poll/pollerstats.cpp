// SPDX-License-Identifier: MIT
// The poller's facet and status counts: which stat requests a poll sends and how their answers
// fill JobStats.
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/jobstatreply.h"
#include "poll/domainjobcounter.h"

#include <utility>

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

bool Poller::watchesWiderSet() const
{
    return facetsChosen() || m_listedWithSearch || m_countsUnchecked;
}

void Poller::startStats(bool statusOnly)
{
    m_statsRequested = true;
    m_countsUnchecked = false;
    // Each facet is counted with every filter but its own; the status comes first.
    const QStringList &fields = JobStats::facetFields();
    requestStat(fields.first(), JobStats::facetFilter(fields.first(), m_filter), m_pollSeq);
    m_domainJobs->start(m_filter, statusOnly, m_kind == PollKind::Full);
    if (statusOnly)
        return;
    for (qsizetype i = 1; i < fields.size(); ++i)
        requestStat(fields.at(i), JobStats::facetFilter(fields.at(i), m_filter), m_pollSeq);
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
            m_stats.setCounts(field, reply->result().countsBy(field));
        } else if (!m_statsError.isError()) {
            m_statsError = reply->error();
        }
        maybeComplete();
    });
}
