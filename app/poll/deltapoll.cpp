// SPDX-License-Identifier: MIT
#include "deltapoll.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"
#include "poll/changeprobe.h"
#include "poll/deltasweep.h"
#include "poll/jobsyncset.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace {
const QString kJobId = QStringLiteral("job_id");
} // namespace

DeltaPoll::DeltaPoll(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_probe(new ChangeProbe(client, this))
    , m_baseProbe(new ChangeProbe(client, this))
    , m_sweeper(new DeltaSweep(client, this))
{
    connect(m_probe, &ChangeProbe::finished, this, &DeltaPoll::onProbeFinished);
    connect(m_baseProbe, &ChangeProbe::finished, this, &DeltaPoll::onProbeFinished);
    connect(m_sweeper, &DeltaSweep::finished, this, &DeltaPoll::onSweepFinished);
}

DeltaPoll::~DeltaPoll()
{
    abort();
}

void DeltaPoll::start(const JobScope &scope, JobSyncSet *set, qint64 watermarkMs, bool hasWatermark, qint64 overlapMs,
                      const QList<QueryFilter> &baseFilters, ChangeProbeState *base)
{
    abort();
    m_scope = scope;
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
    m_truncatedAtStart = set->isTruncated() && set->edge();
    m_edge = m_truncatedAtStart ? *set->edge() : Job();
    if (!m_client) {
        fail(ApiError::canceled());
        return;
    }

    m_windowCountReplies.clear();
    // With the sort key beside each id, a change far past a window's edge costs no row.
    QStringList extraFields;
    if (m_truncatedAtStart)
        extraFields.append(set->order().fieldName());
    m_probesPending = m_base ? 2 : 1;
    m_probe->start(scope, watermarkMs, hasWatermark, overlapMs, maxChangesFor(set->size()), extraFields);
    if (m_truncatedAtStart) {
        // A truncated set is the first rows of a longer list; only the count of the jobs up to
        // its edge can tell whether a row inside it went away.
        m_windowCount = 0;
        const QList<QList<QueryFilter>> parts = set->order().atOrBefore(m_edge);
        for (const QList<QueryFilter> &part : parts) {
            JobListReply *reply = send(ChangeProbe::countRequest(scope, part));
            m_windowCountReplies.append(reply);
            ++m_probesPending;
            connect(reply, &JobApiReply::finished, this, &DeltaPoll::onWindowCountReply);
        }
    }
    if (m_base)
        m_baseProbe->start(JobScope{ baseFilters, {} }, m_base->watermarkMs, m_base->hasWatermark, overlapMs,
                           kMaxChanges);
}

void DeltaPoll::abort()
{
    m_group.abortAll(this);
    m_probe->abort();
    m_baseProbe->abort();
    m_sweeper->abort(); // emits nothing
    m_running = false;
}

JobListReply *DeltaPoll::send(const JobListRequest &request)
{
    JobListReply *reply = m_client->list(request);
    m_group.add(reply);
    return reply;
}

void DeltaPoll::onProbeFinished()
{
    auto *probe = qobject_cast<ChangeProbe *>(sender());
    if (!probe || !m_running)
        return;
    m_result.traffic.add(probe->result().traffic);
    if (probe->result().error.isError()) {
        fail(probe->result().error);
        return;
    }
    settleProbes();
}

void DeltaPoll::onWindowCountReply()
{
    auto *reply = qobject_cast<JobListReply *>(sender());
    if (!reply || !m_running)
        return;
    if (!m_group.settle(reply, &m_result.traffic)) {
        fail(reply->error());
        return;
    }
    // A count_only reply leaves total_count out when it is zero, and so does the gateway.
    m_windowCount += reply->page().totalCount;
    settleProbes();
}

void DeltaPoll::settleProbes()
{
    if (--m_probesPending == 0)
        onProbed();
}

void DeltaPoll::updateBase(const ChangeProbe &probe)
{
    const JobListPage &baseIds = probe.result().changed;
    bool changed = !m_base->valid || probe.result().count != m_base->count;
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
    m_base->count = probe.result().count;
    m_base->window = std::move(window);
    m_result.baseChanged = changed || overflow;
}

void DeltaPoll::onProbed()
{
    m_count = m_probe->result().count;
    m_result.serverTotal = m_count;
    if (m_base)
        updateBase(*m_baseProbe);

    const JobListPage &ids = m_probe->result().changed;
    if (ids.hasTotalCount && ids.totalCount > qint64(ids.jobs.size())) {
        m_result.needsFull = true;
        finish();
        return;
    }
    for (const Job &job : ids.jobs) {
        const bool outside
            = m_truncatedAtStart && !m_set->contains(job.jobId) && m_set->order().compare(job, m_edge) > 0;
        if (!outside && !m_set->hasVersion(job.jobId, job.updatedAtMs))
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
    request.query = m_scope.query({ QueryFilter::anyOf(kJobId, m_fetchedIds) });
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
        if (m_truncatedAtStart) {
            // A row that lists after the window's edge is outside the window: held, it leaves.
            const JobOrder &order = m_set->order();
            const auto past = std::stable_partition(page.jobs.begin(), page.jobs.end(),
                                                    [&](const Job &job) { return order.compare(job, m_edge) <= 0; });
            for (auto it = past; it != page.jobs.end(); ++it)
                listed.remove(it->jobId);
            page.jobs.erase(past, page.jobs.end());
        }
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
        // Rows that changed past the edge, or were fetched from beyond it, now list after rows
        // the window does not hold. The count of what lists up to the edge then vouches for
        // the rest: a job deleted inside the window is missing from it.
        const int trimmed = m_set->trimAfter(m_edge);
        m_result.removed += trimmed;
        m_result.membershipChanged = m_result.membershipChanged || trimmed > 0;
        if (m_windowCount != m_set->countAtOrBefore(m_edge))
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
    m_sweeper->start(m_scope, m_set);
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
