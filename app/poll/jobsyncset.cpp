// SPDX-License-Identifier: MIT
#include "jobsyncset.h"

#include <algorithm>

bool JobSyncSet::listsBefore(const Job &a, const Job &b)
{
    if (a.createdAtMs != b.createdAtMs)
        return a.createdAtMs > b.createdAtMs;
    return a.jobId > b.jobId;
}

void JobSyncSet::reset(std::vector<Job> jobs, int cap, bool truncated)
{
    m_jobs.clear();
    m_jobs.reserve(int(jobs.size()));
    for (Job &job : jobs) {
        const QString id = job.jobId;
        m_jobs.insert(id, std::move(job));
    }
    m_cap = qMax(1, cap);
    m_truncated = truncated;
    m_valid = true;
    m_snapshot.reset();
    enforceCap();
}

void JobSyncSet::clear()
{
    m_jobs.clear();
    m_truncated = false;
    m_valid = false;
    m_snapshot.reset();
}

bool JobSyncSet::hasVersion(const QString &jobId, qint64 updatedAtMs) const
{
    const auto it = m_jobs.constFind(jobId);
    return it != m_jobs.constEnd() && it->updatedAtMs == updatedAtMs;
}

int JobSyncSet::upsert(std::vector<Job> jobs, UpsertEffect *effect)
{
    int changed = 0;
    UpsertEffect local;
    UpsertEffect &e = effect ? *effect : local;
    for (Job &job : jobs) {
        auto it = m_jobs.find(job.jobId);
        if (it == m_jobs.end()) {
            const QString id = job.jobId;
            m_jobs.insert(id, std::move(job));
            e.added = true;
            ++changed;
        } else if (*it != job) {
            e.statusChanged = e.statusChanged || it->status != job.status || it->rawStatus != job.rawStatus;
            e.facetKeyChanged = e.facetKeyChanged || it->workspaceId != job.workspaceId
                || it->trustedAccountId != job.trustedAccountId || it->pluginId != job.pluginId;
            *it = std::move(job);
            ++changed;
        }
    }
    if (changed > 0)
        m_snapshot.reset();
    return changed;
}

int JobSyncSet::remove(const QStringList &ids)
{
    int removed = 0;
    for (const QString &id : ids)
        removed += m_jobs.remove(id) ? 1 : 0;
    if (removed > 0)
        m_snapshot.reset();
    return removed;
}

int JobSyncSet::retainInRange(const QSet<QString> &listed, qint64 from, qint64 until)
{
    int removed = 0;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->createdAtMs < from || it->createdAtMs >= until || listed.contains(it.key())) {
            ++it;
        } else {
            it = m_jobs.erase(it);
            ++removed;
        }
    }
    if (removed > 0)
        m_snapshot.reset();
    return removed;
}

QStringList JobSyncSet::missing(const QSet<QString> &listed) const
{
    QStringList ids;
    for (const QString &id : listed) {
        if (!m_jobs.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 JobSyncSet::windowStartMs() const
{
    qint64 oldest = JobTime::kNone;
    for (const Job &job : m_jobs) {
        if (oldest == JobTime::kNone || job.createdAtMs < oldest)
            oldest = job.createdAtMs;
    }
    return oldest;
}

int JobSyncSet::countCreatedSince(qint64 createdAtMs) const
{
    int n = 0;
    for (const Job &job : m_jobs)
        n += job.createdAtMs >= createdAtMs ? 1 : 0;
    return n;
}

int JobSyncSet::countCreatedIn(qint64 from, qint64 until) const
{
    int n = 0;
    for (const Job &job : m_jobs)
        n += job.createdAtMs >= from && job.createdAtMs < until ? 1 : 0;
    return n;
}

std::vector<qint64> JobSyncSet::createdAtValues() const
{
    std::vector<qint64> values;
    values.reserve(size_t(m_jobs.size()));
    for (const Job &job : m_jobs)
        values.push_back(job.createdAtMs);
    return values;
}

std::shared_ptr<const std::vector<Job>> JobSyncSet::snapshot() const
{
    if (!m_snapshot) {
        std::vector<Job> rows;
        rows.reserve(size_t(m_jobs.size()));
        for (const Job &job : m_jobs)
            rows.push_back(job);
        std::sort(rows.begin(), rows.end(), &JobSyncSet::listsBefore);
        m_snapshot = std::make_shared<const std::vector<Job>>(std::move(rows));
    }
    return m_snapshot;
}

void JobSyncSet::enforceCap()
{
    if (m_jobs.size() <= m_cap)
        return;
    // New jobs pushed the oldest out of the window a full listing would return.
    std::vector<const Job *> order;
    order.reserve(size_t(m_jobs.size()));
    for (const Job &job : std::as_const(m_jobs))
        order.push_back(&job);
    std::nth_element(order.begin(), order.begin() + m_cap, order.end(),
                     [](const Job *a, const Job *b) { return listsBefore(*a, *b); });
    QStringList dropped;
    for (auto it = order.begin() + m_cap; it != order.end(); ++it)
        dropped.append((*it)->jobId);
    for (const QString &id : std::as_const(dropped))
        m_jobs.remove(id);
    m_truncated = true;
    m_snapshot.reset();
}
