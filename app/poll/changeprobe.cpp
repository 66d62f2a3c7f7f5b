// SPDX-License-Identifier: MIT
#include "changeprobe.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"

#include <QtGlobal>

#include <utility>

namespace {
const QString kJobId = QStringLiteral("job_id");
const QString kUpdatedAt = QStringLiteral("updated_at");

// updated_at later than the watermark minus the overlap.
QueryFilter changedSince(qint64 watermarkMs, qint64 overlapMs)
{
    return { kUpdatedAt, QStringLiteral("datetime_gt"), JobTime::toWire(watermarkMs - overlapMs) };
}

void addFields(JobListRequest *request, const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!request->query.only.contains(field))
            request->query.only.append(field);
    }
}
} // namespace

ChangeProbe::ChangeProbe(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ChangeProbe::~ChangeProbe()
{
    abort();
}

JobListRequest ChangeProbe::changedIdsRequest(const JobScope &scope, qint64 watermarkMs, bool hasWatermark,
                                              qint64 overlapMs, int maxChanges)
{
    JobListRequest request;
    request.query = scope.query();
    // Without a watermark (nothing was ever listed) every matching job is a change.
    if (hasWatermark)
        request.query.filter.append(changedSince(watermarkMs, overlapMs));
    request.query.only = QStringList{ kJobId, kUpdatedAt };
    request.query.sort = { { kUpdatedAt, false }, { kJobId, false } };
    request.query.pageStart = 1;
    request.query.pageLimit = maxChanges;
    return request;
}

JobListRequest ChangeProbe::newestRequest(const JobScope &scope, int rows)
{
    JobListRequest request;
    request.query = scope.query();
    request.query.only = QStringList{ kJobId, kUpdatedAt };
    request.query.sort = { { kUpdatedAt, true }, { kJobId, true } };
    request.query.pageStart = 1;
    request.query.pageLimit = rows;
    return request;
}

JobListRequest ChangeProbe::countRequest(const JobScope &scope, const QList<QueryFilter> &narrower)
{
    JobListRequest request;
    request.query = scope.query(narrower);
    request.query.countOnly = true;
    return request;
}

int ChangeProbe::nextNewestRows() const
{
    return (m_lastWindowRows < 0 ? kFirstRows : m_lastWindowRows) + kMargin + 1;
}

void ChangeProbe::start(const JobScope &scope, qint64 watermarkMs, bool hasWatermark, qint64 overlapMs, int maxChanges,
                        const QStringList &extraFields)
{
    abort();
    m_scope = scope;
    m_extraFields = extraFields;
    m_watermarkMs = watermarkMs;
    m_hasWatermark = hasWatermark;
    m_overlapMs = overlapMs;
    m_maxChanges = maxChanges;
    m_result = {};
    m_running = true;
    if (!m_client) {
        fail(ApiError::canceled());
        return;
    }
    m_newestRows = nextNewestRows();
    if (hasWatermark && m_newestRows <= kMaxNewestRows) {
        JobListRequest newest = newestRequest(scope, m_newestRows);
        addFields(&newest, extraFields);
        m_newestReply = send(std::move(newest));
        return;
    }
    sendIdsQuery();
    m_countReply = send(countRequest(scope));
}

void ChangeProbe::abort()
{
    m_group.abortAll(this);
    m_pending = 0;
    m_running = false;
}

JobListReply *ChangeProbe::send(JobListRequest request)
{
    JobListReply *reply = m_client->list(request);
    m_group.add(reply);
    ++m_pending;
    ++m_result.requests;
    connect(reply, &JobApiReply::finished, this, &ChangeProbe::onReply);
    return reply;
}

void ChangeProbe::onReply()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    if (!m_group.settle(reply, &m_result.traffic)) {
        fail(reply->error());
        return;
    }
    // The client deletes a reply once it finished: keep what it brought now.
    if (reply == m_newestReply) {
        onNewest(reply);
    } else if (reply == m_idsReply) {
        m_result.changed = reply->takePage();
        const JobListPage &changed = m_result.changed;
        // Past the limit the rows listed are not the window: the next probe asks both again.
        if (changed.hasTotalCount && changed.totalCount > qint64(changed.jobs.size()))
            m_lastWindowRows = kMaxNewestRows;
        else
            m_lastWindowRows = nextWindowRows(changed);
    } else if (reply == m_countReply) {
        // A count_only reply leaves total_count out when it is zero, and so does the gateway.
        m_result.count = reply->page().totalCount;
    }
    --m_pending;
    settleIfDone();
}

void ChangeProbe::onNewest(JobListReply *reply)
{
    JobListPage page = reply->takePage();
    const qint64 from = m_watermarkMs - m_overlapMs;
    const bool wholeSet = qint64(page.jobs.size()) < m_newestRows;
    // Rows come newest first, so the first one older than the window ends the changes. A row
    // in the window's first millisecond is kept: the server compares at its own precision, and
    // a version listed again costs nothing. A row without updated_at never matches the ids
    // query; it proves nothing of the rows after it, as a server may sort those first.
    bool pastWindow = false;
    JobListPage changed;
    for (Job &job : page.jobs) {
        if (job.updatedAtMs == JobTime::kNone)
            continue;
        if (job.updatedAtMs < from) {
            pastWindow = true;
            break;
        }
        changed.jobs.push_back(std::move(job));
    }
    // An empty set is `{}`. Rows without a total are from a server that does not count.
    if (page.hasTotalCount || page.jobs.empty())
        m_result.count = page.totalCount;
    else
        m_countReply = send(countRequest(m_scope));
    if (wholeSet || pastWindow) {
        m_lastWindowRows = nextWindowRows(changed);
        m_result.changed = std::move(changed);
        return;
    }
    // Every row listed is a change: there may be more than were asked for.
    sendIdsQuery();
}

void ChangeProbe::sendIdsQuery()
{
    JobListRequest ids = changedIdsRequest(m_scope, m_watermarkMs, m_hasWatermark, m_overlapMs, m_maxChanges);
    addFields(&ids, m_extraFields);
    m_idsReply = send(std::move(ids));
}

int ChangeProbe::nextWindowRows(const JobListPage &changed) const
{
    // The next watermark is at least the newest row seen, so the next window starts at least an
    // overlap before it: rows older than that will not be listed again, and a burst of changes
    // stops costing rows once it has left the window. Beside the rows it keeps, it will hold
    // the changes made until then: as many as came since this probe's watermark, at a steady
    // pace.
    qint64 next = m_hasWatermark ? m_watermarkMs : JobTime::kNone;
    for (const Job &job : changed.jobs)
        next = qMax(next, job.updatedAtMs);
    if (next == JobTime::kNone)
        return int(qMin<qint64>(qint64(changed.jobs.size()), kMaxNewestRows));
    qint64 rows = 0;
    for (const Job &job : changed.jobs) {
        if (job.updatedAtMs == JobTime::kNone)
            continue;
        rows += job.updatedAtMs >= next - m_overlapMs ? 1 : 0;
        rows += m_hasWatermark && job.updatedAtMs > m_watermarkMs ? 1 : 0;
    }
    return int(qMin<qint64>(rows, kMaxNewestRows));
}

void ChangeProbe::settleIfDone()
{
    if (m_pending > 0)
        return;
    m_running = false;
    m_group.forgetAll();
    emit finished();
}

void ChangeProbe::fail(const ApiError &error)
{
    abort();
    m_result.error = error;
    emit finished();
}
