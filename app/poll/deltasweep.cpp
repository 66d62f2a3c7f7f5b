// SPDX-License-Identifier: MIT
#include "deltasweep.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"
#include "poll/jobsyncset.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
const QString kCreatedAt = QStringLiteral("created_at");
const QString kJobId = QStringLiteral("job_id");
} // namespace

DeltaSweep::DeltaSweep(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lister(new JobLister(client, this))
{
    m_lister->setPageLimit(kPageLimit);
    connect(m_lister, &JobLister::finished, this, &DeltaSweep::onListed);
}

DeltaSweep::~DeltaSweep()
{
    abort();
}

std::vector<DeltaSweep::Range> DeltaSweep::rangesFor(std::vector<qint64> createdAt)
{
    std::sort(createdAt.begin(), createdAt.end());
    return rangesFor(int(createdAt.size()), [&createdAt](int k) { return createdAt[size_t(k)]; });
}

std::vector<DeltaSweep::Range> DeltaSweep::rangesFor(int n, const std::function<qint64(int)> &ascendingAt)
{
    if (n < kMinRowsForRanges)
        return { Range{} };
    // A range costs one count_only: about 200 bytes of bodies and 600 of headers, most of it
    // the bearer token. A listed id costs about 32 bytes.
    const int count = qBound(2, int(std::lround(std::sqrt(double(n) * 32.0 / 800.0))), int(kMaxRanges));
    std::vector<Range> ranges;
    Range current;
    for (int k = 1; k < count; ++k) {
        const qint64 edge = ascendingAt(int(qint64(n) * k / count));
        if (edge <= current.from)
            continue; // equal timestamps never straddle two ranges
        current.until = edge;
        ranges.push_back(current);
        current = Range{};
        current.from = edge;
    }
    ranges.push_back(current);
    return ranges;
}

QList<QueryFilter> DeltaSweep::rangeFilters(const Range &range)
{
    QList<QueryFilter> filters;
    if (range.from != std::numeric_limits<qint64>::min())
        filters.append({ kCreatedAt, QStringLiteral("datetime_gte"), JobTime::toWire(range.from) });
    if (range.until != std::numeric_limits<qint64>::max())
        filters.append({ kCreatedAt, QStringLiteral("datetime_lt"), JobTime::toWire(range.until) });
    return filters;
}

void DeltaSweep::start(const JobScope &scope, JobSyncSet *set)
{
    abort();
    m_scope = scope;
    m_set = set;
    m_result = {};
    m_gone.clear();
    m_running = true;
    m_toList.clear();
    // A job without created_at falls in no range; list everything then. Undated rows sort
    // oldest, so the oldest row tells.
    const int n = set->size();
    const bool everyRowDated = n == 0 || set->createdAtAscending(0) != JobTime::kNone;
    m_ranges = everyRowDated ? rangesFor(n, [set](int k) { return set->createdAtAscending(k); })
                             : std::vector<Range>{ Range{} };
    if (!m_client) {
        fail(ApiError::canceled());
        return;
    }
    if (m_ranges.size() == 1) {
        m_toList = m_ranges;
        listNextRange();
    } else {
        countRanges();
    }
}

void DeltaSweep::abort()
{
    m_group.abortAll(this);
    // The listing's finished() comes later, from the event loop, and is ignored while not running.
    if (m_lister->isRunning())
        m_lister->cancel();
    m_running = false;
}

void DeltaSweep::countRanges()
{
    m_counts.assign(m_ranges.size(), -1);
    m_pending = int(m_ranges.size());
    m_result.rangesCounted = int(m_ranges.size());
    for (size_t i = 0; i < m_ranges.size(); ++i) {
        JobListRequest request;
        request.query = m_scope.query(rangeFilters(m_ranges[i]));
        request.query.countOnly = true;
        JobListReply *reply = m_client->list(request);
        m_group.add(reply);
        connect(reply, &JobApiReply::finished, this, [this, reply, i] {
            if (!m_running)
                return;
            if (!m_group.settle(reply, &m_result.traffic)) {
                fail(reply->error());
                return;
            }
            m_counts[i] = reply->page().totalCount;
            if (--m_pending > 0)
                return;
            for (size_t r = 0; r < m_ranges.size(); ++r) {
                const Range &range = m_ranges[r];
                if (m_counts[r] != m_set->countCreatedIn(range.from, range.until))
                    m_toList.push_back(range);
            }
            listNextRange();
        });
    }
}

void DeltaSweep::listNextRange()
{
    if (m_toList.empty()) {
        finish();
        return;
    }
    m_listing = m_toList.back();
    m_toList.pop_back();
    ++m_result.rangesListed;
    JobListRequest request;
    request.query = m_scope.query(rangeFilters(m_listing));
    request.query.only = QStringList{ kJobId };
    request.query.sort = { { kJobId, false } };
    m_lister->setMaxJobs(m_set->cap() + 1);
    m_lister->start(request);
}

void DeltaSweep::onListed()
{
    if (!m_running)
        return;
    m_result.traffic.add(m_lister->traffic());
    if (!m_lister->isOk()) {
        fail(m_lister->error());
        return;
    }
    QSet<QString> listed;
    for (const Job &job : m_lister->jobs())
        listed.insert(job.jobId);
    if (m_lister->truncated() || listed.size() > m_set->cap()) {
        m_result.needsFull = true;
        finish();
        return;
    }
    // Removed together once the sweep ends: one batch the table takes as one layout change, where
    // a removal per range (scattered rows, a few each) cost the view a pass over every row each.
    m_gone += m_set->goneInRange(listed, m_listing.from, m_listing.until);
    m_result.missing += m_set->missing(listed);
    listNextRange();
}

void DeltaSweep::removeGone()
{
    if (m_set && !m_gone.isEmpty())
        m_result.removed += m_set->remove(std::exchange(m_gone, {}));
}

void DeltaSweep::fail(const ApiError &error)
{
    abort();
    removeGone(); // what the ranges listed so far showed gone is gone
    m_result.error = error;
    emit finished();
}

void DeltaSweep::finish()
{
    m_running = false;
    removeGone();
    m_group.forgetAll();
    emit finished();
}
