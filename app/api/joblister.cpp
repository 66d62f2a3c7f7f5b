// SPDX-License-Identifier: MIT
#include "joblister.h"

#include "jobapiclient.h"
#include "joblistreply.h"

#include <QCoreApplication>

#include <algorithm>

JobLister::JobLister(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

JobLister::~JobLister()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void JobLister::setPageLimit(int limit)
{
    m_pageLimit = qMax(1, limit);
}

void JobLister::setMaxJobs(int maxJobs)
{
    m_maxJobs = qMax(1, maxJobs);
}

JobQuery JobLister::pagedQuery(const JobQuery &query, int start, int limit)
{
    JobQuery q = query;
    if (q.sort.isEmpty())
        q.sort.append({ QStringLiteral("created_at"), true });
    const bool hasIdKey = std::any_of(q.sort.cbegin(), q.sort.cend(),
                                      [](const SortKey &k) { return k.key == QLatin1String("job_id"); });
    if (!hasIdKey)
        q.sort.append({ QStringLiteral("job_id"), q.sort.first().desc });
    q.pageStart = start;
    q.pageLimit = limit;
    return q;
}

void JobLister::start(const JobListRequest &request)
{
    if (m_reply) {
        // A restart replaces the running listing; its reply is dropped unseen.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_request = request;
    m_jobs.clear();
    m_seen.clear();
    m_error = {};
    m_traffic = {};
    m_serverTotal = -1;
    m_rowsReceived = 0;
    m_requestedLimit = 0;
    m_duplicates = 0;
    m_pages = 0;
    m_truncated = false;
    m_drift = false;
    m_running = true;
    requestPage();
}

void JobLister::cancel()
{
    if (m_reply)
        m_reply->abort();
}

bool JobLister::canResume() const
{
    return !m_running && m_error.isError() && m_error.kind != ApiError::Kind::Canceled && m_pages > 0
        && !m_jobs.empty();
}

void JobLister::resume()
{
    if (!canResume()) {
        start(m_request);
        return;
    }
    m_error = {};
    m_running = true;
    requestPage();
}

std::vector<Job> JobLister::takeJobs()
{
    m_seen.clear();
    return std::move(m_jobs);
}

void JobLister::requestPage()
{
    if (!m_client) {
        finish(ApiError::canceled());
        return;
    }
    const qint64 remaining = qint64(m_maxJobs) - qint64(m_jobs.size());
    m_requestedLimit = int(qMin<qint64>(m_pageLimit, remaining));
    JobListRequest request = m_request;
    request.query = pagedQuery(m_request.query, int(m_rowsReceived + 1), m_requestedLimit);
    JobListReply *reply = m_client->list(request);
    m_reply = reply;
    connect(reply, &JobApiReply::finished, this, [this, reply] { onPage(reply); });
}

void JobLister::onPage(JobListReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_traffic.add(reply);
    if (!reply->isOk()) {
        finish(reply->error());
        return;
    }
    JobListPage page = reply->takePage();
    ++m_pages;
    const qint64 rows = qint64(page.jobs.size());
    m_rowsReceived += rows;

    int added = 0;
    int duplicates = 0;
    bool overCap = false;
    for (Job &job : page.jobs) {
        if (m_seen.contains(job.jobId)) {
            // New jobs at the top push older rows onto the next page: the same job twice.
            ++duplicates;
            continue;
        }
        if (qint64(m_jobs.size()) >= m_maxJobs) {
            overCap = true;
            continue;
        }
        m_seen.insert(job.jobId);
        m_jobs.push_back(std::move(job));
        ++added;
    }
    m_duplicates += duplicates;
    if (duplicates > 0)
        m_drift = true;

    if (page.hasTotalCount) {
        if (m_serverTotal >= 0 && page.totalCount != m_serverTotal)
            m_drift = true;
        m_serverTotal = page.totalCount;
    } else if (rows == 0) {
        m_serverTotal = 0; // the gateway leaves out a zero total_count
    }

    const qint64 loaded = qint64(m_jobs.size());
    emit progress(loaded, m_serverTotal >= 0 ? qMin<qint64>(m_serverTotal, m_maxJobs) : -1);

    if (rows > 0 && added == 0 && duplicates == rows && m_pages > 1) {
        finish(ApiError::decode(
            QCoreApplication::translate("JobLister",
                                        "the server sent rows of an earlier page again (page %1); it may not "
                                        "support query.page")
                .arg(m_pages)));
        return;
    }
    const bool fullPage = rows >= m_requestedLimit;
    if (loaded >= m_maxJobs) {
        m_truncated = overCap || (m_serverTotal >= 0 ? m_serverTotal > loaded : fullPage);
        finish({});
        return;
    }
    const bool more = m_serverTotal >= 0 && page.hasTotalCount
        ? rows > 0 && m_rowsReceived < m_serverTotal
        // Without total_count only a full page hints at more; a server that ignored the limit
        // and sent more rows than asked has sent everything.
        : rows == m_requestedLimit;
    if (!more) {
        finish({});
        return;
    }
    requestPage();
}

void JobLister::finish(const ApiError &error)
{
    m_running = false;
    m_error = error;
    emit finished();
}
