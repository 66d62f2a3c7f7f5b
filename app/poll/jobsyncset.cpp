// SPDX-License-Identifier: MIT
#include "jobsyncset.h"

#include <algorithm>

bool JobSyncSet::listsBefore(const Job &a, const Job &b)
{
    if (a.createdAtMs != b.createdAtMs)
        return a.createdAtMs > b.createdAtMs;
    return a.jobId > b.jobId;
}

std::vector<Job> &JobSyncSet::mutableRows()
{
    // Someone still holds the last snapshot: leave it as it was handed out.
    if (m_rows.use_count() > 1)
        m_rows = std::make_shared<std::vector<Job>>(*m_rows);
    return *m_rows;
}

void JobSyncSet::reindex() const
{
    m_index.clear();
    m_index.reserve(int(m_rows->size()));
    for (int i = 0; i < int(m_rows->size()); ++i)
        m_index.insert((*m_rows)[size_t(i)].jobId, i);
}

void JobSyncSet::sortIfNeeded() const
{
    if (m_sorted)
        return;
    if (m_rows.use_count() > 1)
        m_rows = std::make_shared<std::vector<Job>>(*m_rows);
    std::sort(m_rows->begin(), m_rows->end(), &JobSyncSet::listsBefore);
    m_sorted = true;
    reindex();
}

void JobSyncSet::reset(std::vector<Job> jobs, int cap, bool truncated)
{
    m_rows = std::make_shared<std::vector<Job>>(std::move(jobs));
    // A duplicate id keeps its last row, as an upsert would.
    QHash<QString, int> seen;
    seen.reserve(int(m_rows->size()));
    std::vector<Job> &rows = *m_rows;
    size_t kept = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto it = seen.constFind(rows[i].jobId);
        if (it != seen.constEnd()) {
            rows[size_t(*it)] = std::move(rows[i]);
            continue;
        }
        seen.insert(rows[i].jobId, int(kept));
        if (kept != i)
            rows[kept] = std::move(rows[i]);
        ++kept;
    }
    rows.resize(kept);
    m_sorted = false;
    m_cap = qMax(1, cap);
    m_truncated = truncated;
    m_valid = true;
    sortIfNeeded();
    enforceCap();
}

void JobSyncSet::clear()
{
    m_rows = std::make_shared<std::vector<Job>>();
    m_index.clear();
    m_sorted = true;
    m_truncated = false;
    m_valid = false;
}

bool JobSyncSet::hasVersion(const QString &jobId, qint64 updatedAtMs) const
{
    const auto it = m_index.constFind(jobId);
    return it != m_index.constEnd() && (*m_rows)[size_t(*it)].updatedAtMs == updatedAtMs;
}

int JobSyncSet::upsert(std::vector<Job> jobs, UpsertEffect *effect)
{
    int changed = 0;
    UpsertEffect local;
    UpsertEffect &e = effect ? *effect : local;
    for (Job &job : jobs) {
        const auto it = m_index.constFind(job.jobId);
        if (it == m_index.constEnd()) {
            std::vector<Job> &rows = mutableRows();
            m_index.insert(job.jobId, int(rows.size()));
            rows.push_back(std::move(job));
            m_sorted = false;
            e.added = true;
            ++changed;
            continue;
        }
        const Job &held = (*m_rows)[size_t(*it)];
        if (held == job)
            continue;
        e.statusChanged = e.statusChanged || held.status != job.status || held.rawStatus != job.rawStatus;
        e.facetKeyChanged = e.facetKeyChanged || held.workspaceId != job.workspaceId
            || held.trustedAccountId != job.trustedAccountId || held.pluginId != job.pluginId;
        if (held.createdAtMs != job.createdAtMs)
            m_sorted = false;
        const int position = *it;
        mutableRows()[size_t(position)] = std::move(job);
        ++changed;
    }
    return changed;
}

int JobSyncSet::remove(const QStringList &ids)
{
    QSet<QString> gone;
    for (const QString &id : ids) {
        if (m_index.contains(id))
            gone.insert(id);
    }
    if (gone.isEmpty())
        return 0;
    std::vector<Job> &rows = mutableRows();
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const Job &job) { return gone.contains(job.jobId); }),
               rows.end());
    reindex();
    return int(gone.size());
}

int JobSyncSet::retainInRange(const QSet<QString> &listed, qint64 from, qint64 until)
{
    auto leaves = [&](const Job &job) {
        return job.createdAtMs >= from && job.createdAtMs < until && !listed.contains(job.jobId);
    };
    const auto count = std::count_if(m_rows->cbegin(), m_rows->cend(), leaves);
    if (count == 0)
        return 0;
    std::vector<Job> &rows = mutableRows();
    rows.erase(std::remove_if(rows.begin(), rows.end(), leaves), rows.end());
    reindex();
    return int(count);
}

QStringList JobSyncSet::missing(const QSet<QString> &listed) const
{
    QStringList ids;
    for (const QString &id : listed) {
        if (!m_index.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 JobSyncSet::windowStartMs() const
{
    qint64 oldest = JobTime::kNone;
    for (const Job &job : *m_rows) {
        if (oldest == JobTime::kNone || job.createdAtMs < oldest)
            oldest = job.createdAtMs;
    }
    return oldest;
}

int JobSyncSet::countCreatedSince(qint64 createdAtMs) const
{
    return int(std::count_if(m_rows->cbegin(), m_rows->cend(),
                             [&](const Job &job) { return job.createdAtMs >= createdAtMs; }));
}

int JobSyncSet::countCreatedIn(qint64 from, qint64 until) const
{
    return int(std::count_if(m_rows->cbegin(), m_rows->cend(),
                             [&](const Job &job) { return job.createdAtMs >= from && job.createdAtMs < until; }));
}

std::vector<qint64> JobSyncSet::createdAtValues() const
{
    std::vector<qint64> values;
    values.reserve(m_rows->size());
    for (const Job &job : *m_rows)
        values.push_back(job.createdAtMs);
    return values;
}

std::shared_ptr<const std::vector<Job>> JobSyncSet::snapshot() const
{
    sortIfNeeded();
    return m_rows;
}

void JobSyncSet::enforceCap()
{
    if (int(m_rows->size()) <= m_cap)
        return;
    // New jobs pushed the oldest out of the window a full listing would return.
    sortIfNeeded();
    mutableRows().resize(size_t(m_cap));
    reindex();
    m_truncated = true;
}
