// SPDX-License-Identifier: MIT
#include "jobsetcollector.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"

#include <algorithm>

namespace {
const QString kJobId = QStringLiteral("job_id");
} // namespace

JobSetCollector::JobSetCollector(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

JobSetCollector::~JobSetCollector()
{
    abort();
}

void JobSetCollector::setFields(const QStringList &fields)
{
    m_fields = fields;
    if (!m_fields.contains(kJobId))
        m_fields.prepend(kJobId);
}

QStringList JobSetCollector::defaultFields()
{
    return { kJobId,
             QStringLiteral("status"),
             QStringLiteral("workspace_id"),
             QStringLiteral("trusted_account_id"),
             QStringLiteral("created_at"),
             QStringLiteral("updated_at") };
}

void JobSetCollector::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void JobSetCollector::setMaxJobs(int jobs)
{
    m_maxJobs = qMax(1, jobs);
}

void JobSetCollector::start(const QList<QList<QueryFilter>> &queries, const QList<QueryFilter> &filterOr)
{
    abort();
    m_queries = queries;
    m_filterOr = filterOr;
    m_query = 0;
    m_after.clear();
    m_firstPage = true;
    m_jobs.clear();
    m_ids.clear();
    m_serverTotal = 0;
    m_truncated = false;
    m_error = {};
    m_traffic = {};
    if (!m_client) {
        fail(ApiError::canceled());
        return;
    }
    m_running = true;
    if (m_queries.isEmpty()) {
        finish();
        return;
    }
    requestPage();
}

void JobSetCollector::abort()
{
    m_group.abortAll(this);
    m_running = false;
}

void JobSetCollector::requestPage()
{
    JobListRequest request;
    request.query.filter = m_queries.at(m_query);
    request.query.filterOr = m_filterOr;
    if (!m_firstPage)
        request.query.filter.append({ kJobId, QStringLiteral("gt"), m_after });
    request.query.sort = { { kJobId, false } };
    request.query.pageStart = 1;
    request.query.pageLimit = m_pageSize;
    request.query.only = m_fields;
    JobListReply *reply = m_client->list(request);
    m_group.add(reply);
    connect(reply, &JobApiReply::finished, this, &JobSetCollector::onPage);
}

void JobSetCollector::onPage()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    if (!m_group.settle(reply, &m_traffic)) {
        fail(reply->error());
        return;
    }
    JobListPage page = reply->takePage();
    if (m_firstPage)
        m_serverTotal += page.hasTotalCount ? page.totalCount : qint64(page.jobs.size());
    m_firstPage = false;
    const bool lastPage = int(page.jobs.size()) < m_pageSize;
    for (Job &job : page.jobs) {
        m_after = std::max(m_after, job.jobId);
        if (m_ids.contains(job.jobId))
            continue;
        if (m_jobs.size() >= m_maxJobs) {
            m_truncated = true;
            break;
        }
        m_ids.insert(job.jobId);
        m_jobs.append(std::move(job));
    }
    emit progress(m_jobs.size(), qMax<qint64>(m_serverTotal, m_jobs.size()));
    if (m_truncated) {
        finish();
        return;
    }
    if (lastPage) {
        if (++m_query >= m_queries.size()) {
            finish();
            return;
        }
        m_firstPage = true;
        m_after.clear();
    }
    requestPage();
}

void JobSetCollector::fail(const ApiError &error)
{
    abort();
    m_error = error;
    emit finished();
}

void JobSetCollector::finish()
{
    m_running = false;
    m_group.forgetAll();
    std::sort(m_jobs.begin(), m_jobs.end(), [](const Job &a, const Job &b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs > b.createdAtMs : a.jobId < b.jobId;
    });
    emit finished();
}
