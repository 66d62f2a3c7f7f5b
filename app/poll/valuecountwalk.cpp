// SPDX-License-Identifier: MIT
#include "valuecountwalk.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"

#include <QCoreApplication>

namespace {
QString valueOf(const Job &job, const QString &field)
{
    if (field == QLatin1String("trusted_account_id"))
        return job.trustedAccountId;
    if (field == QLatin1String("plugin_id"))
        return job.pluginId;
    if (field == QLatin1String("workspace_id"))
        return job.workspaceId;
    return {};
}
} // namespace

ValueCountWalk::ValueCountWalk(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ValueCountWalk::~ValueCountWalk()
{
    abort();
}

void ValueCountWalk::start(const QString &field, const QList<QueryFilter> &filters)
{
    abort();
    m_field = field;
    m_filters = filters;
    m_counts.clear();
    m_truncated = false;
    m_error = {};
    m_traffic = {};
    m_total = -1;
    m_withValue = -1;
    m_lastValue.clear();
    m_lastAfterTotal = -1;
    m_walkDone = false;
    if (!m_client) {
        fail(ApiError::canceled());
        return;
    }
    m_running = true;
    JobListRequest total;
    total.query.filter = filters;
    total.query.countOnly = true;
    m_totalReply = m_client->list(total);
    m_group.add(m_totalReply);
    connect(m_totalReply, &JobApiReply::finished, this, &ValueCountWalk::onTotal);
    // Values after the empty string: every job that has one.
    requestAfter(QString());
}

void ValueCountWalk::abort()
{
    m_group.abortAll(this);
    m_running = false;
}

void ValueCountWalk::requestAfter(const QString &value)
{
    JobListRequest request;
    request.query.filter = m_filters;
    request.query.filter.append({ m_field, QStringLiteral("gt"), value });
    request.query.sort = { { m_field, false } };
    request.query.pageStart = 1;
    request.query.pageLimit = 1;
    request.query.only = QStringList{ QStringLiteral("job_id"), m_field };
    m_stepReply = m_client->list(request);
    m_group.add(m_stepReply);
    connect(m_stepReply, &JobApiReply::finished, this, &ValueCountWalk::onStep);
}

void ValueCountWalk::onTotal()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    if (!m_group.settle(reply, &m_traffic)) {
        fail(reply->error());
        return;
    }
    m_total = reply->page().totalCount;
    maybeFinish();
}

void ValueCountWalk::onStep()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    if (!m_group.settle(reply, &m_traffic)) {
        fail(reply->error());
        return;
    }
    const JobListPage &page = reply->page();
    if (!page.jobs.empty() && !page.hasTotalCount) {
        fail(ApiError::decode(QCoreApplication::translate(
            "ValueCountWalk", "the server listed jobs without total_count, so they cannot be counted per value")));
        return;
    }
    // Jobs with a value after the previous one: the difference to the previous step is the
    // previous value's count. The server may change between steps; a count never goes negative.
    const qint64 after = page.jobs.empty() ? 0 : page.totalCount;
    if (m_withValue < 0)
        m_withValue = after;
    else
        m_counts.insert(m_lastValue, qMax<qint64>(0, m_lastAfterTotal - after));
    const QString value = page.jobs.empty() ? QString() : valueOf(page.jobs.front(), m_field);
    if (value.isEmpty()) {
        m_walkDone = true;
    } else if (m_counts.size() >= kMaxValues) {
        m_truncated = true;
        m_walkDone = true;
    } else {
        m_lastValue = value;
        m_lastAfterTotal = after;
        requestAfter(value);
        return;
    }
    maybeFinish();
}

void ValueCountWalk::maybeFinish()
{
    if (!m_walkDone || m_total < 0)
        return;
    const qint64 withoutValue = m_total - qMax<qint64>(0, m_withValue);
    if (withoutValue > 0)
        m_counts.insert(QString(), withoutValue);
    m_running = false;
    m_group.forgetAll();
    emit finished();
}

void ValueCountWalk::fail(const ApiError &error)
{
    abort();
    m_error = error;
    emit finished();
}
