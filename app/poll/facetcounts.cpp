// SPDX-License-Identifier: MIT
#include "facetcounts.h"

#include "api/jobapiclient.h"
#include "api/jobstatreply.h"

#include <utility>

namespace {
const QString kStatus = QStringLiteral("status");
const QString kWorkspace = QStringLiteral("workspace_id");
const QString kTrustedAccount = QStringLiteral("trusted_account_id");
const QString kPlugin = QStringLiteral("plugin_id");
} // namespace

FacetCounts::FacetCounts(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

FacetCounts::~FacetCounts()
{
    abort();
}

void FacetCounts::beginRound()
{
    abort();
    m_requested = false;
    m_pending = 0;
    m_received = 0;
    m_error = {};
}

void FacetCounts::request(const JobFilter &filter, bool statusOnly)
{
    m_requested = true;
    JobFilter anyStatus = filter;
    anyStatus.statuses.clear();
    anyStatus.stuckOnly = false;
    ask(kStatus, anyStatus);
    if (statusOnly)
        return;
    JobFilter anyWorkspace = filter;
    anyWorkspace.workspaceId.clear();
    ask(kWorkspace, anyWorkspace);
    JobFilter anyTrustedAccount = filter;
    anyTrustedAccount.trustedAccountId.clear();
    ask(kTrustedAccount, anyTrustedAccount);
    JobFilter anyPlugin = filter;
    anyPlugin.pluginId.clear();
    ask(kPlugin, anyPlugin);
}

void FacetCounts::abort()
{
    ++m_round;
    const QList<QPointer<JobApiReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<JobApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void FacetCounts::clear()
{
    m_stats = {};
    m_statusCountsKnown = false;
}

JobStats FacetCounts::stats(quint64 generation) const
{
    JobStats stats = m_stats;
    if (m_statusCountsKnown) {
        stats.total = 0;
        for (qint64 n : std::as_const(m_stats.statusCounts))
            stats.total += n;
    }
    stats.generation = generation;
    return stats;
}

void FacetCounts::ask(const QString &field, const JobFilter &facetFilter)
{
    if (!m_client)
        return;
    JobStatReply *reply = m_client->stat(JobStatQuery::countBy({ field }, facetFilter.serverFilters()));
    m_replies.append(reply);
    ++m_pending;
    const quint64 round = m_round;
    connect(reply, &JobApiReply::finished, this, [this, reply, field, round] {
        if (round != m_round)
            return;
        m_replies.removeAll(reply);
        --m_pending;
        if (reply->isOk()) {
            ++m_received;
            const QHash<QString, qint64> counts = reply->result().countsBy(field);
            if (field == kStatus) {
                m_stats.statusCounts = counts;
                m_statusCountsKnown = true;
            } else if (field == kWorkspace) {
                m_stats.workspaces = JobStats::sortedCounts(counts);
            } else if (field == kTrustedAccount) {
                m_stats.trustedAccounts = JobStats::sortedCounts(counts);
            } else {
                m_stats.plugins = JobStats::sortedCounts(counts);
            }
        } else if (!m_error.isError()) {
            m_error = reply->error();
        }
        emit replied(reply);
    });
}
