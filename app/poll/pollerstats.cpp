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
    m_domainJobsSettled = !m_domainJobs->isRunning();
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
            m_roundCounts.insert(field, reply->result().countsBy(field));
        } else if (!m_statsError.isError()) {
            m_statsError = reply->error();
        }
        maybeComplete();
    });
}

bool Poller::takeStats()
{
    if (m_roundCounts.isEmpty())
        return false;
    // Stat misses the domain-level jobs for a workspace token: its counts are whole only with
    // the domain-level count beside them.
    if (!m_domainJobsSettled || m_domainJobs->error().isError()) {
        if (!m_statsError.isError())
            m_statsError = m_domainJobs->error();
        return false;
    }
    JobStats fresh = m_stats;
    for (auto it = m_roundCounts.cbegin(); it != m_roundCounts.cend(); ++it)
        fresh.setCounts(it.key(), it.value());
    m_domainJobs->applyTo(&fresh);
    // Only the facets counted now take the new counts: the domain-level jobs were just added to
    // the others' last known counts a second time.
    for (const QString &field : JobStats::facetFields()) {
        if (m_roundCounts.contains(field))
            m_stats.copyCounts(field, fresh);
    }
    m_stats.domainJobsAdded = fresh.domainJobsAdded;
    m_stats.domainFacetsTruncated = fresh.domainFacetsTruncated;
    m_statusCountsKnown = m_statusCountsKnown || m_roundCounts.contains(JobStats::facetFields().first());
    m_stats.total = -1;
    if (m_statusCountsKnown) {
        m_stats.total = 0;
        for (qint64 n : std::as_const(m_stats.statusCounts))
            m_stats.total += n;
    }
    m_stats.generation = m_generation;
    return true;
}
