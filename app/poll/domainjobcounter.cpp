// SPDX-License-Identifier: MIT
#include "domainjobcounter.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "api/jobstatreply.h"
#include "poll/jobstats.h"
#include "poll/valuecountwalk.h"

namespace {
const QString kWorkspace = QStringLiteral("workspace_id");
const QString kDomainWorkspace = QStringLiteral("*");
const QString kTotal = QStringLiteral("total"); // slot of the status-free count
} // namespace

DomainJobCounter::DomainJobCounter(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accountWalk(new ValueCountWalk(client, this))
    , m_pluginWalk(new ValueCountWalk(client, this))
{
    for (ValueCountWalk *walk : { m_accountWalk, m_pluginWalk }) {
        connect(walk, &ValueCountWalk::finished, this, [this, walk] {
            if (!m_running)
                return;
            m_traffic.add(walk->traffic());
            if (walk->error().isError()) {
                fail(walk->error());
                return;
            }
            onPartDone();
        });
    }
}

DomainJobCounter::~DomainJobCounter()
{
    abort();
}

bool DomainJobCounter::domainOnly(JobFilter *filter)
{
    if (!filter->workspaceId.isEmpty() && filter->workspaceId != kDomainWorkspace)
        return false;
    filter->workspaceId = kDomainWorkspace;
    return true;
}

void DomainJobCounter::reset()
{
    abort();
    m_view = StatView::Unknown;
    m_counted = false;
}

void DomainJobCounter::abort()
{
    m_group.abortAll(this);
    m_accountWalk->abort();
    m_pluginWalk->abort();
    m_running = false;
}

void DomainJobCounter::start(const JobFilter &filter, bool statusOnly, bool recheck)
{
    abort();
    m_filter = filter;
    m_statusOnly = statusOnly;
    m_error = {};
    m_traffic = {};
    m_counted = false;
    m_pending = 0;
    if (!m_client || m_view == StatView::Complete)
        return;
    m_running = true;
    if (m_view == StatView::Unknown || recheck) {
        // The same question to both: how many domain-level jobs are there?
        const QList<QueryFilter> domainJobs{ QueryFilter::eq(kWorkspace, kDomainWorkspace) };
        m_probeList = -1;
        m_probeStat = -1;
        m_pending = 2;
        JobApiReply *list = countJobs(domainJobs);
        connect(list, &JobApiReply::finished, this, [this, list] {
            if (!m_running)
                return;
            if (!m_group.settle(list, &m_traffic)) {
                fail(list->error());
                return;
            }
            m_probeList = static_cast<JobListReply *>(list)->page().totalCount;
            onProbed();
        });
        JobStatReply *stat = m_client->stat(JobStatQuery::countBy({ kWorkspace }, domainJobs));
        m_group.add(stat);
        connect(stat, &JobApiReply::finished, this, [this, stat] {
            if (!m_running)
                return;
            if (!m_group.settle(stat, &m_traffic)) {
                fail(stat->error());
                return;
            }
            m_probeStat = stat->result().countsBy(kWorkspace).value(kDomainWorkspace);
            onProbed();
        });
        return;
    }
    startCounts();
}

JobApiReply *DomainJobCounter::countJobs(const QList<QueryFilter> &filters)
{
    JobListRequest request;
    request.query.filter = filters;
    request.query.countOnly = true;
    JobListReply *reply = m_client->list(request);
    m_group.add(reply);
    return reply;
}

void DomainJobCounter::onProbed()
{
    if (--m_pending > 0)
        return;
    // No domain-level jobs at all says nothing about stat; there is nothing to add either.
    if (m_probeList > 0)
        m_view = m_probeStat > 0 ? StatView::Complete : StatView::Blind;
    if (m_view != StatView::Blind) {
        m_running = false;
        m_group.forgetAll();
        emit finished();
        return;
    }
    startCounts();
}

void DomainJobCounter::startCounts()
{
    m_counted = true;
    m_statusCounts.clear();
    m_statusTotal = 0;
    m_workspaceCount = 0;
    m_accountsWalked = false;
    m_pluginsWalked = false;
    m_pending = 0;
    auto count = [this](const QList<QueryFilter> &filters, const QString &slot) {
        JobApiReply *reply = countJobs(filters);
        ++m_pending;
        connect(reply, &JobApiReply::finished, this, [this, reply, slot] {
            if (!m_running)
                return;
            if (!m_group.settle(reply, &m_traffic)) {
                fail(reply->error());
                return;
            }
            const qint64 n = static_cast<JobListReply *>(reply)->page().totalCount;
            if (slot == kTotal)
                m_statusTotal = n;
            else if (slot == kWorkspace)
                m_workspaceCount = n;
            else if (n > 0)
                m_statusCounts.insert(slot, n);
            onPartDone();
        });
    };

    // As stat is asked: each facet with every filter but its own.
    JobFilter anyStatus = m_filter;
    anyStatus.statuses.clear();
    anyStatus.stuckOnly = false;
    if (domainOnly(&anyStatus)) {
        const QList<QueryFilter> scope = anyStatus.serverFilters();
        count(scope, kTotal);
        for (JobStatus status : JobStatuses::kKnown) {
            QList<QueryFilter> one = scope;
            one.append(QueryFilter::statusIn({ status }));
            count(one, JobStatuses::toWire(status));
        }
    }
    if (!m_statusOnly) {
        JobFilter anyWorkspace = m_filter;
        anyWorkspace.workspaceId = kDomainWorkspace;
        count(anyWorkspace.serverFilters(), kWorkspace);
        JobFilter anyAccount = m_filter;
        anyAccount.trustedAccountId.clear();
        if (domainOnly(&anyAccount)) {
            ++m_pending;
            m_accountsWalked = true;
            m_accountWalk->start(QStringLiteral("trusted_account_id"), anyAccount.serverFilters());
        }
        JobFilter anyPlugin = m_filter;
        anyPlugin.pluginId.clear();
        if (domainOnly(&anyPlugin)) {
            ++m_pending;
            m_pluginsWalked = true;
            m_pluginWalk->start(QStringLiteral("plugin_id"), anyPlugin.serverFilters());
        }
    }
    if (m_pending == 0) {
        m_running = false;
        emit finished();
    }
}

void DomainJobCounter::onPartDone()
{
    if (--m_pending > 0)
        return;
    m_running = false;
    m_group.forgetAll();
    qint64 known = 0;
    for (qint64 n : std::as_const(m_statusCounts))
        known += n;
    // The rest have a status the server does not define, or none.
    if (m_statusTotal > known)
        m_statusCounts.insert(QString(), m_statusTotal - known);
    emit finished();
}

void DomainJobCounter::fail(const ApiError &error)
{
    abort();
    m_counted = false;
    m_error = error;
    emit finished();
}

void DomainJobCounter::applyTo(JobStats *stats) const
{
    stats->domainJobsAdded = m_counted;
    stats->domainStatusCounts = m_counted ? m_statusCounts : QHash<QString, qint64>();
    if (!m_counted)
        return;
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it)
        stats->statusCounts[it.key()] += it.value();
    if (m_statusOnly)
        return;
    QList<JobStats::ValueCount> workspaces;
    for (const JobStats::ValueCount &v : std::as_const(stats->workspaces)) {
        if (v.value != kDomainWorkspace)
            workspaces.append(v);
    }
    QHash<QString, qint64> domain;
    if (m_workspaceCount > 0)
        domain.insert(kDomainWorkspace, m_workspaceCount);
    stats->workspaces = JobStats::addedCounts(workspaces, domain);
    stats->domainFacetsTruncated = false;
    if (m_accountsWalked) {
        stats->trustedAccounts = JobStats::addedCounts(stats->trustedAccounts, m_accountWalk->counts());
        stats->domainFacetsTruncated = m_accountWalk->isTruncated();
    }
    if (m_pluginsWalked) {
        stats->plugins = JobStats::addedCounts(stats->plugins, m_pluginWalk->counts());
        stats->domainFacetsTruncated = stats->domainFacetsTruncated || m_pluginWalk->isTruncated();
    }
}
