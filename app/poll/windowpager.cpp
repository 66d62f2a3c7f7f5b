// SPDX-License-Identifier: MIT
#include "windowpager.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"

#include <QCoreApplication>

WindowPager::WindowPager(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

WindowPager::~WindowPager()
{
    abort();
}

JobListRequest WindowPager::partRequest(const JobScope &scope, const JobOrder &order, const QList<QueryFilter> &part,
                                        int limit)
{
    JobListRequest request;
    request.query = scope.query(part);
    request.query.sort = order.sortKeys();
    request.query.pageStart = 1;
    request.query.pageLimit = limit;
    return request;
}

void WindowPager::start(const JobScope &scope, const JobOrder &order, const Job &edge, int limit)
{
    abort();
    m_scope = scope;
    m_order = order;
    m_parts = order.after(edge);
    m_part = 0;
    m_limit = qMax(1, limit);
    m_jobs.clear();
    m_error = {};
    m_traffic = {};
    m_exhausted = false;
    m_running = true;
    requestPart();
}

void WindowPager::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_running = false;
}

void WindowPager::requestPart()
{
    if (m_part >= m_parts.size()) {
        m_exhausted = true;
        finish({});
        return;
    }
    if (!m_client) {
        finish(ApiError::canceled());
        return;
    }
    m_asked = m_limit - int(m_jobs.size());
    JobListReply *reply = m_client->list(partRequest(m_scope, m_order, m_parts.at(m_part), m_asked));
    m_reply = reply;
    connect(reply, &JobApiReply::finished, this, [this, reply] { onReply(reply); });
}

void WindowPager::onReply(JobListReply *reply)
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
    if (int(page.jobs.size()) > m_asked) {
        // A server that ignores page.limit would hand us the rest of the domain at once.
        finish(ApiError::decode(
            QCoreApplication::translate("WindowPager",
                                        "the server sent %1 rows where %2 were asked; it may not support query.page")
                .arg(page.jobs.size())
                .arg(m_asked)));
        return;
    }
    const bool partDone = int(page.jobs.size()) < m_asked;
    for (Job &job : page.jobs)
        m_jobs.push_back(std::move(job));
    if (int(m_jobs.size()) >= m_limit) {
        finish({});
        return;
    }
    if (partDone)
        ++m_part;
    requestPart();
}

void WindowPager::finish(const ApiError &error)
{
    m_running = false;
    m_error = error;
    emit finished();
}
