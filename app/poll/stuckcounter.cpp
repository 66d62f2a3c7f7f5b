// SPDX-License-Identifier: MIT
#include "stuckcounter.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "model/jobfilter.h"

#include <QElapsedTimer>

#include <memory>

namespace {
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kCreatedAt = QStringLiteral("created_at");

QueryFilter activeOnly()
{
    return QueryFilter::statusIn({ JobStatus::Pending, JobStatus::InProgress });
}

QueryFilter neverUpdated()
{
    return { kUpdatedAt, QStringLiteral("eq"), QJsonValue(QJsonValue::Null) };
}
} // namespace

StuckCounter::StuckCounter(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

StuckCounter::~StuckCounter()
{
    abort();
}

void StuckCounter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QString StuckCounter::serverAgo(qint64 ms)
{
    const qint64 seconds = ms >= 0 ? (ms + 999) / 1000 : -((-ms) / 1000);
    return seconds >= 0 ? QStringLiteral("now - %1s").arg(seconds) : QStringLiteral("now + %1s").arg(-seconds);
}

QList<QueryFilter> StuckCounter::stuckFilters(const QList<QueryFilter> &scope, qint64 olderThanMs,
                                              bool neverUpdatedPart)
{
    QList<QueryFilter> filters = scope;
    filters.append(activeOnly());
    const QueryFilter older{ neverUpdatedPart ? kCreatedAt : kUpdatedAt, QStringLiteral("timediff_lt"),
                             serverAgo(olderThanMs) };
    if (neverUpdatedPart)
        filters.append(neverUpdated());
    filters.append(older);
    return filters;
}

QList<QueryFilter> StuckCounter::statusFreeFilters(const JobFilter &filter)
{
    JobFilter anyStatus = filter;
    anyStatus.statuses.clear();
    anyStatus.stuckOnly = false;
    return anyStatus.serverFilters();
}

QList<QList<QueryFilter>> StuckCounter::stuckQueries(const JobFilter &filter)
{
    const QList<QueryFilter> scope = statusFreeFilters(filter);
    return { stuckFilters(scope, filter.stuckThresholdMs, false), stuckFilters(scope, filter.stuckThresholdMs, true) };
}

void StuckCounter::setScope(const JobFilter &filter)
{
    const QList<QueryFilter> scope = statusFreeFilters(filter);
    if (scope == m_scope && filter.stuckThresholdMs == m_thresholdMs)
        return;
    abort();
    m_scope = scope;
    m_thresholdMs = filter.stuckThresholdMs;
    reset();
}

void StuckCounter::reset()
{
    abort();
    m_crossingDue = false;
    m_horizonMs = kMaxHorizonMs;
    m_error = {};
    // The old number answers another question: nothing is shown until the server answers.
    if (m_count != -1) {
        m_count = -1;
        emit countChanged(m_count);
    }
}

bool StuckCounter::isDue(bool changed, qint64 pollIntervalMs) const
{
    if (m_count < 0 || changed || m_crossingDue || m_error.isError())
        return true;
    // No job crosses the threshold before the asked horizon has passed on the server's clock,
    // which runs at the pace of ours.
    // A clock that went back asks at once rather than after the jump has been made up.
    const qint64 sinceAsked = m_clock() - m_askedAtMs;
    return sinceAsked < 0 || sinceAsked + pollIntervalMs >= m_askedHorizonMs;
}

void StuckCounter::start()
{
    abort();
    m_error = {};
    m_traffic = {};
    if (!m_client || m_thresholdMs <= 0) {
        m_error = ApiError::canceled();
        emit finished();
        return;
    }
    m_running = true;
    // Never past half the threshold: beyond it nearly every active job would count as soon.
    const qint64 maxHorizon = qMax(kMinHorizonMs, qMin(kMaxHorizonMs, m_thresholdMs / 2));
    m_askedHorizonMs = qBound(kMinHorizonMs, m_horizonMs, maxHorizon);
    m_askedAtMs = m_clock();
    m_stuck = m_soon = m_neverUpdated = m_neverUpdatedStuck = m_neverUpdatedSoon = 0;
    m_neverUpdatedStuckReply = nullptr;
    m_neverUpdatedSoonReply = nullptr;
    m_pending = 0;
    m_stuckReply = send(stuckFilters(m_scope, m_thresholdMs, false));
    m_soonReply = send(stuckFilters(m_scope, m_thresholdMs - m_askedHorizonMs, false));
    QList<QueryFilter> never = m_scope;
    never.append(activeOnly());
    never.append(neverUpdated());
    m_neverUpdatedReply = send(never);
}

JobListReply *StuckCounter::send(const QList<QueryFilter> &filters)
{
    JobListRequest request;
    request.query.filter = filters;
    request.query.countOnly = true;
    JobListReply *reply = m_client->list(request);
    m_group.add(reply);
    ++m_pending;
    connect(reply, &JobApiReply::finished, this, &StuckCounter::onReply);
    return reply;
}

void StuckCounter::abort()
{
    m_group.abortAll(this);
    m_running = false;
}

void StuckCounter::onReply()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    --m_pending;
    if (!m_group.settle(reply, &m_traffic)) {
        fail(reply->error());
        return;
    }
    // A count_only answer leaves total_count out when it is zero.
    const qint64 n = reply->page().totalCount;
    if (reply == m_stuckReply) {
        m_stuck = n;
    } else if (reply == m_soonReply) {
        m_soon = n;
    } else if (reply == m_neverUpdatedReply) {
        m_neverUpdated = n;
        // Jobs without updated_at do not exist on a real server (it stamps every write), so
        // their parts are asked only when some are there.
        if (n > 0) {
            m_neverUpdatedStuckReply = send(stuckFilters(m_scope, m_thresholdMs, true));
            m_neverUpdatedSoonReply = send(stuckFilters(m_scope, m_thresholdMs - m_askedHorizonMs, true));
        }
    } else if (reply == m_neverUpdatedStuckReply) {
        m_neverUpdatedStuck = n;
    } else if (reply == m_neverUpdatedSoonReply) {
        m_neverUpdatedSoon = n;
    }
    if (m_pending == 0)
        settle();
}

void StuckCounter::settle()
{
    m_running = false;
    m_group.forgetAll();
    const qint64 count = m_stuck + m_neverUpdatedStuck;
    m_crossingDue = m_soon + m_neverUpdatedSoon > count;
    // Around a crossing the horizon narrows, so the polls after it ask with a horizon that
    // tells whether the crossing is still ahead; away from one it widens again.
    m_horizonMs = m_crossingDue ? qMax(kMinHorizonMs, m_askedHorizonMs / 4) : qMin(kMaxHorizonMs, m_askedHorizonMs * 4);
    const bool changed = count != m_count;
    m_count = count;
    if (changed)
        emit countChanged(m_count);
    emit finished();
}

void StuckCounter::fail(const ApiError &error)
{
    abort();
    m_error = error;
    emit finished();
}
