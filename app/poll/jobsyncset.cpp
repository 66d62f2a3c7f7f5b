// SPDX-License-Identifier: MIT
#include "jobsyncset.h"

#include <algorithm>

JobSyncSet::JobSyncSet(std::shared_ptr<JobSet> jobs)
    : m_jobs(jobs ? std::move(jobs) : std::make_shared<JobSet>())
{
    m_jobs->addObserver(this);
    rebuildOrder();
}

JobSyncSet::~JobSyncSet()
{
    m_jobs->removeObserver(this);
}

void JobSyncSet::setJobs(std::shared_ptr<JobSet> jobs)
{
    if (!jobs || jobs == m_jobs)
        return;
    m_jobs->removeObserver(this);
    m_jobs = std::move(jobs);
    m_jobs->addObserver(this);
    rebuildOrder();
    invalidate();
}

bool JobSyncSet::listsBefore(const Job &a, const Job &b)
{
    return JobOrder().listsBefore(a, b);
}

void JobSyncSet::setOrder(const JobOrder &order)
{
    if (order == m_order)
        return;
    m_order = order;
    rebuildOrder();
}

void JobSyncSet::rebuildOrder()
{
    std::vector<int> held;
    held.reserve(size_t(m_jobs->size()));
    m_jobs->forEach([&held](int slot) { held.push_back(slot); });
    std::sort(held.begin(), held.end(), [this](int a, int b) { return slotBefore(a, b); });
    m_byOrder.assign(held, [](int) { return true; });
}

void JobSyncSet::jobsInserted(int firstSlot, int lastSlot)
{
    if (lastSlot - firstSlot > RankedSlots::kBlockSize && lastSlot - firstSlot + 1 >= m_jobs->size() / 2) {
        // A first load: one sort beats many insertions.
        rebuildOrder();
        return;
    }
    for (int slot = firstSlot; slot <= lastSlot; ++slot)
        m_byOrder.insert(slot, true, [this](int a, int b) { return slotBefore(a, b); });
}

void JobSyncSet::jobsAboutToBeRemoved(const std::vector<int> &removed)
{
    for (int slot : removed)
        m_byOrder.erase(slot);
}

void JobSyncSet::jobAboutToChange(int slot, const Job &next)
{
    if (JobSlotOrder(m_order, *m_jobs).compare(slot, next) == 0)
        return;
    m_byOrder.erase(slot);
    m_moving = slot;
}

void JobSyncSet::jobChanged(int slot)
{
    if (slot != m_moving)
        return;
    m_moving = -1;
    m_byOrder.insert(slot, true, [this](int a, int b) { return slotBefore(a, b); });
}

void JobSyncSet::wasReset()
{
    m_byOrder.clear();
    invalidate();
}

JobSet::Changes JobSyncSet::reset(std::vector<Job> jobs, int cap, bool truncated)
{
    m_cap = qMax(1, cap);
    m_truncated = truncated;
    const JobSet::Changes changes = m_jobs->replaceAll(std::move(jobs));
    m_valid = true;
    enforceCap();
    return changes;
}

void JobSyncSet::invalidate()
{
    m_truncated = false;
    m_valid = false;
}

bool JobSyncSet::hasVersion(const QString &jobId, qint64 updatedAtMs) const
{
    const int slot = m_jobs->slotOf(jobId);
    return slot >= 0 && m_jobs->updatedAtMs(slot) == updatedAtMs;
}

int JobSyncSet::upsert(std::vector<Job> jobs, UpsertEffect *effect)
{
    UpsertEffect local;
    UpsertEffect &e = effect ? *effect : local;
    const JobSet::Changes changes = m_jobs->upsert(std::move(jobs), [this, &e](int held, const Job &job) {
        e.statusChanged
            = e.statusChanged || m_jobs->status(held) != job.status || m_jobs->rawStatus(held) != job.rawStatus;
        e.facetKeyChanged = e.facetKeyChanged || m_jobs->workspaceId(held) != job.workspaceId
            || m_jobs->trustedAccountId(held) != job.trustedAccountId || m_jobs->pluginId(held) != job.pluginId;
    });
    // Hidden (just deleted) ids are never inserted, so every insertion is a job the view lacks.
    e.added = e.added || changes.inserted > 0;
    return changes.inserted + changes.updated;
}

int JobSyncSet::remove(const QStringList &ids)
{
    return m_jobs->remove(ids);
}

QStringList JobSyncSet::goneInRange(const QSet<QString> &listed, qint64 from, qint64 until) const
{
    // Newest first: the range's rows sit between the rows created at or after `until` and
    // those created at or after `from`.
    const int first = countCreatedSince(until);
    const int last = countCreatedSince(from);
    QStringList gone;
    for (int rank = first; rank < last; ++rank) {
        QString id = m_jobs->jobId(m_byOrder.at(rank));
        if (!listed.contains(id))
            gone.append(std::move(id));
    }
    return gone;
}

QStringList JobSyncSet::missing(const QSet<QString> &listed) const
{
    QStringList ids;
    for (const QString &id : listed) {
        if (!contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<Job> JobSyncSet::edge() const
{
    const int last = m_byOrder.at(m_byOrder.size() - 1);
    return last < 0 ? std::nullopt : std::optional<Job>(m_jobs->job(last));
}

int JobSyncSet::countAtOrBefore(const Job &edge) const
{
    const JobSlotOrder order(m_order, *m_jobs);
    return m_byOrder.lowerBound([&order, &edge](int slot) { return order.compare(slot, edge) <= 0; });
}

int JobSyncSet::trimAfter(const Job &edge)
{
    QStringList after;
    for (int rank = countAtOrBefore(edge); rank < m_byOrder.size(); ++rank)
        after.append(m_jobs->jobId(m_byOrder.at(rank)));
    return m_jobs->remove(after);
}

int JobSyncSet::extend(std::vector<Job> page)
{
    const int before = size();
    m_jobs->upsert(std::move(page));
    const int added = size() - before;
    m_cap = qMax(m_cap, size());
    return added;
}

qint64 JobSyncSet::windowStartMs() const
{
    const int oldest = m_byOrder.at(m_byOrder.size() - 1);
    return oldest < 0 ? JobTime::kNone : m_jobs->createdAtMs(oldest);
}

int JobSyncSet::countCreatedSince(qint64 createdAtMs) const
{
    return m_byOrder.lowerBound([this, createdAtMs](int slot) { return m_jobs->createdAtMs(slot) >= createdAtMs; });
}

int JobSyncSet::countCreatedIn(qint64 from, qint64 until) const
{
    return qMax(0, countCreatedSince(from) - countCreatedSince(until));
}

qint64 JobSyncSet::createdAtAscending(int k) const
{
    const int slot = m_byOrder.at(m_byOrder.size() - 1 - k);
    return slot < 0 ? JobTime::kNone : m_jobs->createdAtMs(slot);
}

QStringList JobSyncSet::idsInListingOrder() const
{
    QStringList ids;
    ids.reserve(m_byOrder.size());
    m_byOrder.forEach([&](int slot) { ids.append(m_jobs->jobId(slot)); });
    return ids;
}

void JobSyncSet::enforceCap()
{
    if (m_jobs->size() <= m_cap)
        return;
    // New jobs pushed the oldest out of the window a full listing would return.
    QStringList oldest;
    for (int rank = m_cap; rank < m_byOrder.size(); ++rank)
        oldest.append(m_jobs->jobId(m_byOrder.at(rank)));
    m_jobs->remove(oldest);
    m_truncated = true;
}
