// SPDX-License-Identifier: MIT
#include "deltapoll.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"
#include "poll/deltasweep.h"
#include "poll/jobsyncset.h"

#include <QSet>

#include <utility>

namespace {
const QString kJobId = QStringLiteral("job_id");
const QString kUpdatedAt = QStringLiteral("updated_at");
const QString kCreatedAt = QStringLiteral("created_at");
} // namespace

DeltaPoll::DeltaPoll(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sweeper(new DeltaSweep(client, this))
{
    connect(m_sweeper, &DeltaSweep::finished, this, &DeltaPoll::onSweepFinished);
}

DeltaPoll::~DeltaPoll()
{
    abort();
}

QueryFilter DeltaPoll::changedSince(qint64 watermarkMs, qint64 overlapMs)
{
    return { kUpdatedAt, QStringLiteral("datetime_gt"), JobTime::toWire(watermarkMs - overlapMs) };
}

JobListRequest DeltaPoll::changedIdsRequest(const QList<QueryFilter> &filters, qint64 watermarkMs, bool hasWatermark,
                                            qint64 overlapMs, int maxChanges)
{
    JobListRequest request;
    request.query.filter = filters;
    // Without a watermark (nothing was ever listed) every matching job is a change.
    if (hasWatermark)
        request.query.filter.append(changedSince(watermarkMs, overlapMs));
    request.query.only = QStringList{ kJobId, kUpdatedAt };
    request.query.sort = { { kUpdatedAt, false }, { kJobId, false } };
    request.query.pageStart = 1;
    request.query.pageLimit = maxChanges;
    return request;
}

JobListRequest DeltaPoll::countRequest(const QList<QueryFilter> &filters)
{
    JobListRequest request;
    request.query.filter = filters;
    request.query.countOnly = true;
    return request;
}

void DeltaPoll::start(const QList<QueryFilter> &filters, JobSyncSet *set, qint64 watermarkMs, bool hasWatermark,
                      qint64 overlapMs, const QList<QueryFilter> &baseFilters, ChangeProbeState *base)
{
    abort();
    m_filters = filters;
    m_set = set;
    m_base = base;
    m_result = {};
    m_result.watermarkMs = watermarkMs;
    m_result.hasWatermark = hasWatermark;
    m_count = -1;
    m_windowCount = -1;
    m_toFetch.clear();
    m_fetchedIds.clear();
    m_swept = false;
    m_running = true;
    m_truncatedAtStart = set->isTruncated();
    m_windowStartMs = m_truncatedAtStart ? set->windowStartMs() : 0;
    if (!m_client) {
        fail(ApiError::canceled());
        return;
    }

    m_probesPending = 0;
    m_idsPage = {};
    m_baseIdsPage = {};
    m_baseCount = -1;
    m_windowCountReply = nullptr;
    m_baseIdsReply = nullptr;
    m_baseCountReply = nullptr;
    m_idsReply = send(changedIdsRequest(filters, watermarkMs, hasWatermark, overlapMs, maxChangesFor(set->size())));
    m_countReply = send(countRequest(filters));
    if (m_truncatedAtStart) {
        // A truncated set is the newest window of a longer list; only the window's own count
        // can tell whether a row inside it went away.
        QList<QueryFilter> window = filters;
        window.append({ kCreatedAt, QStringLiteral("datetime_gte"), JobTime::toWire(m_windowStartMs) });
        m_windowCountReply = send(countRequest(window));
    }
    if (m_base) {
        m_baseIdsReply = send(changedIdsRequest(baseFilters, m_base->watermarkMs, m_base->hasWatermark, overlapMs));
        m_baseCountReply = send(countRequest(baseFilters));
    }
    for (const QPointer<JobApiReply> &reply : m_group.replies()) {
        ++m_probesPending;
        connect(reply, &JobApiReply::finished, this, &DeltaPoll::onProbeReply);
    }
}

void DeltaPoll::abort()
{
    m_group.abortAll(this);
    m_sweeper->abort(); // emits nothing
    m_running = false;
}

JobListReply *DeltaPoll::send(const JobListRequest &request)
{
    JobListReply *reply = m_client->list(request);
    m_group.add(reply);
    return reply;
}

void DeltaPoll::onProbeReply()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    if (!m_group.settle(reply, &m_result.traffic)) {
        fail(reply->error());
        return;
    }
    // The client deletes a reply once it finished: keep what it brought now.
    // A count_only reply leaves total_count out when it is zero, and so does the gateway.
    if (reply == m_idsReply)
        m_idsPage = reply->takePage();
    else if (reply == m_countReply)
        m_count = reply->page().totalCount;
    else if (reply == m_windowCountReply)
        m_windowCount = reply->page().totalCount;
    else if (reply == m_baseIdsReply)
        m_baseIdsPage = reply->takePage();
    else if (reply == m_baseCountReply)
        m_baseCount = reply->page().totalCount;
    if (--m_probesPending == 0)
        onProbed();
}

void DeltaPoll::onProbed()
{
    const JobListPage ids = std::exchange(m_idsPage, {});
    m_result.serverTotal = m_count;

    if (m_base) {
        const JobListPage baseIds = std::exchange(m_baseIdsPage, {});
        const qint64 baseCount = m_baseCount;
        bool changed = !m_base->valid || baseCount != m_base->count;
        QHash<QString, qint64> window;
        window.reserve(int(baseIds.jobs.size()));
        for (const Job &job : baseIds.jobs) {
            window.insert(job.jobId, job.updatedAtMs);
            const auto known = m_base->window.constFind(job.jobId);
            if (known == m_base->window.constEnd() || *known != job.updatedAtMs)
                changed = true;
            if (job.updatedAtMs != JobTime::kNone && (!m_base->hasWatermark || job.updatedAtMs > m_base->watermarkMs)) {
                m_base->watermarkMs = job.updatedAtMs;
                m_base->hasWatermark = true;
            }
        }
        const bool overflow = baseIds.hasTotalCount && baseIds.totalCount > qint64(baseIds.jobs.size());
        m_base->valid = !overflow;
        m_base->count = baseCount;
        m_base->window = std::move(window);
        m_result.baseChanged = changed || overflow;
    }

    if (ids.hasTotalCount && ids.totalCount > qint64(ids.jobs.size())) {
        m_result.needsFull = true;
        finish();
        return;
    }
    for (const Job &job : ids.jobs) {
        if (!m_set->hasVersion(job.jobId, job.updatedAtMs))
            m_toFetch.append(job.jobId);
        // Advanced only by what this query saw: rows fetched later may carry newer stamps while
        // other rows changed in between are not fetched yet.
        if (job.updatedAtMs != JobTime::kNone && (!m_result.hasWatermark || job.updatedAtMs > m_result.watermarkMs)) {
            m_result.watermarkMs = job.updatedAtMs;
            m_result.hasWatermark = true;
        }
    }
    fetchNextRows();
}

void DeltaPoll::fetchNextRows()
{
    if (m_toFetch.isEmpty()) {
        check();
        return;
    }
    m_fetchedIds = m_toFetch.mid(0, kIdsPerRequest);
    m_toFetch.remove(0, int(m_fetchedIds.size()));
    JobListRequest request;
    request.query.filter = m_filters;
    request.query.filter.append(QueryFilter::anyOf(kJobId, m_fetchedIds));
    JobListReply *reply = send(request);
    connect(reply, &JobApiReply::finished, this, [this, reply] {
        if (!m_running)
            return;
        if (!m_group.settle(reply, &m_result.traffic)) {
            fail(reply->error());
            return;
        }
        JobListPage page = reply->takePage();
        QSet<QString> listed;
        for (const Job &job : page.jobs)
            listed.insert(job.jobId);
        // An id that changed but no longer matches left the filter (or was deleted) meanwhile.
        QStringList gone;
        for (const QString &id : std::as_const(m_fetchedIds)) {
            if (!listed.contains(id))
                gone.append(id);
        }
        const int removed = m_set->remove(gone);
        JobSyncSet::UpsertEffect effect;
        m_result.removed += removed;
        m_result.changed += m_set->upsert(std::move(page.jobs), &effect);
        m_result.membershipChanged = m_result.membershipChanged || removed > 0 || effect.added;
        m_result.statusChanged = m_result.statusChanged || effect.statusChanged;
        m_result.facetKeyChanged = m_result.facetKeyChanged || effect.facetKeyChanged;
        fetchNextRows();
    });
}

void DeltaPoll::check()
{
    if (m_swept) {
        m_result.serverTotal = m_set->size(); // counted again by the sweep, row by row
        finish();
        return;
    }
    if (m_truncatedAtStart) {
        // Rows pushed out of the window by newer ones are still counted by the window query.
        if (m_count <= m_set->cap() || m_windowCount != m_set->countCreatedSince(m_windowStartMs))
            m_result.needsFull = true;
        finish();
        return;
    }
    // Every job that entered the filter since the last poll changed, so it was fetched above;
    // the set can then only hold too many rows, never too few, unless the server changed
    // between the count and the ids query. Either way the sweep settles it.
    if (m_count == m_set->size()) {
        finish();
        return;
    }
    if (m_count > m_set->cap()) {
        m_result.needsFull = true;
        finish();
        return;
    }
    startSweep();
}

void DeltaPoll::startSweep()
{
    m_swept = true;
    m_result.kind = PollKind::Sweep;
    m_sweeper->start(m_filters, m_set);
}

void DeltaPoll::onSweepFinished()
{
    if (!m_running)
        return;
    const DeltaSweep::Result &sweep = m_sweeper->result();
    m_result.traffic.add(sweep.traffic);
    m_result.sweepRangesCounted = sweep.rangesCounted;
    m_result.sweepRangesListed = sweep.rangesListed;
    if (sweep.error.isError()) {
        fail(sweep.error);
        return;
    }
    if (sweep.needsFull) {
        m_result.needsFull = true;
        finish();
        return;
    }
    m_result.removed += sweep.removed;
    m_result.membershipChanged = m_result.membershipChanged || sweep.removed > 0;
    m_toFetch = sweep.missing;
    fetchNextRows();
}

void DeltaPoll::fail(const ApiError &error)
{
    abort();
    m_result.error = error;
    emit finished();
}

void DeltaPoll::finish()
{
    m_running = false;
    m_group.forgetAll();
    emit finished();
}
