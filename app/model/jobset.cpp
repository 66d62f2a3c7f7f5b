// SPDX-License-Identifier: MIT
#include "jobset.h"

#include <QSet>

#include <algorithm>

JobSet::Observer::~Observer() = default;
void JobSet::Observer::batchStarted(int) { }
void JobSet::Observer::batchFinished() { }
void JobSet::Observer::jobsAboutToBeInserted(int, int) { }
void JobSet::Observer::jobsInserted(int, int) { }
void JobSet::Observer::jobsAboutToBeRemoved(const std::vector<int> &) { }
void JobSet::Observer::jobsRemoved(const std::vector<int> &) { }
void JobSet::Observer::jobAboutToChange(int, const Job &) { }
void JobSet::Observer::jobChanged(int) { }
void JobSet::Observer::aboutToReset() { }
void JobSet::Observer::wasReset() { }

namespace {
// Keeps the last copy of each id, in the order of first appearance.
void dropDuplicates(std::vector<Job> &jobs)
{
    QHash<QString, int> seen;
    seen.reserve(qsizetype(jobs.size()));
    size_t kept = 0;
    for (size_t i = 0; i < jobs.size(); ++i) {
        const auto it = seen.constFind(jobs[i].jobId);
        if (it != seen.constEnd()) {
            jobs[size_t(*it)] = std::move(jobs[i]);
            continue;
        }
        seen.insert(jobs[i].jobId, int(kept));
        if (kept != i)
            jobs[kept] = std::move(jobs[i]);
        ++kept;
    }
    jobs.resize(kept);
}

quint64 hashOf(QStringView id)
{
    return JobIdIndex::hash(reinterpret_cast<const char16_t *>(id.utf16()), id.size());
}

bool fitsInline(const QString &id)
{
    if (id.size() > PackedJob::kInlineId)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) { return c.unicode() < 0x100; });
}

// Room for `needed` elements, growing by half when it must: exact on a first load, and no
// reallocation (a copy of every job) on each poll that adds a few.
template <typename T> void reserveFor(std::vector<T> &v, size_t needed)
{
    if (needed > v.capacity())
        v.reserve(v.empty() ? needed : std::max(needed, v.capacity() + v.capacity() / 2));
}
} // namespace

JobSet::JobSet() = default;
JobSet::~JobSet() = default;

void JobSet::addObserver(Observer *observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void JobSet::removeObserver(Observer *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

const JobSet::Extras *JobSet::extrasOf(int slot) const
{
    const quint32 extra = m_jobs[size_t(slot)].extra;
    return extra == 0 ? nullptr : &m_extras[extra - 1];
}

int JobSet::slotOf(QStringView jobId) const
{
    return m_index.find(hashOf(jobId), [this, jobId](int slot) { return hasId(slot, jobId); });
}

std::optional<Job> JobSet::find(const QString &jobId) const
{
    const int slot = slotOf(jobId);
    if (slot < 0)
        return std::nullopt;
    return job(slot);
}

int JobSet::slotAt(int row) const
{
    if (row < 0 || row >= m_size)
        return -1;
    int offset = 0;
    return m_liveTree.find(row, &offset);
}

quint64 JobSet::idHash(int slot) const
{
    const PackedJob &p = packed(slot);
    if (p.hasInlineId())
        return JobIdIndex::hash(p.id, p.idSize);
    return hashOf(extrasOf(slot)->jobId);
}

void JobSet::indexSlot(int slot)
{
    m_index.insert(idHash(slot), slot, [this](int s) { return idHash(s); });
}

void JobSet::pack(int slot, const Job &job)
{
    ++m_generation;
    PackedJob p;
    p.createdAtMs = job.createdAtMs;
    p.updatedAtMs = job.updatedAtMs;
    p.finishedAtMs = job.finishedAtMs;
    p.status = job.status;
    p.resourceGroup = job.resourceGroup;
    p.errorMessage = m_tables[int(Text::ErrorMessage)].acquire(job.errorMessage);
    p.domainId = m_tables[int(Text::DomainId)].acquire(job.domainId);
    p.workspaceId = m_tables[int(Text::WorkspaceId)].acquire(job.workspaceId);
    p.trustedAccountId = m_tables[int(Text::TrustedAccountId)].acquire(job.trustedAccountId);
    p.pluginId = m_tables[int(Text::PluginId)].acquire(job.pluginId);
    const bool inlineId = fitsInline(job.jobId);
    if (inlineId) {
        p.idSize = quint8(job.jobId.size());
        for (qsizetype i = 0; i < job.jobId.size(); ++i)
            p.id[i] = char(job.jobId[i].unicode());
    } else {
        p.idSize = PackedJob::kIdElsewhere;
    }
    if (!inlineId || !job.rawStatus.isEmpty() || !job.rawResourceGroup.isEmpty() || !job.options.isEmpty()) {
        quint32 index;
        if (!m_freeExtras.empty()) {
            index = m_freeExtras.back();
            m_freeExtras.pop_back();
        } else {
            index = quint32(m_extras.size());
            m_extras.emplace_back();
        }
        m_extras[index] = { inlineId ? QString() : job.jobId, job.rawStatus, job.rawResourceGroup, job.options };
        p.extra = index + 1;
    }
    m_jobs[size_t(slot)] = p;
}

void JobSet::release(int slot)
{
    ++m_generation;
    PackedJob &p = m_jobs[size_t(slot)];
    m_tables[int(Text::ErrorMessage)].release(p.errorMessage);
    m_tables[int(Text::DomainId)].release(p.domainId);
    m_tables[int(Text::WorkspaceId)].release(p.workspaceId);
    m_tables[int(Text::TrustedAccountId)].release(p.trustedAccountId);
    m_tables[int(Text::PluginId)].release(p.pluginId);
    if (p.extra != 0) {
        m_extras[p.extra - 1] = Extras();
        m_freeExtras.push_back(p.extra - 1);
    }
    p = PackedJob();
}

void JobSet::beginBatch(int expectedChanges)
{
    if (m_batchDepth++ == 0) {
        for (Observer *o : m_observers)
            o->batchStarted(expectedChanges);
    }
}

void JobSet::endBatch()
{
    if (--m_batchDepth == 0) {
        for (Observer *o : m_observers)
            o->batchFinished();
    }
}

void JobSet::growTree(int slotCount)
{
    if (slotCount <= m_liveTree.size())
        return;
    std::vector<int> live(size_t(std::max(slotCount, m_liveTree.size() * 2)), 0);
    for (size_t i = 0; i < m_live.size(); ++i)
        live[i] = m_live[i];
    m_liveTree.build(live);
}

void JobSet::insertNew(std::vector<Job> &jobs)
{
    size_t next = 0;
    // Free slots first: their rows are scattered, so each is its own insertion.
    while (next < jobs.size() && !m_freeSlots.empty()) {
        const int slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        for (Observer *o : m_observers)
            o->jobsAboutToBeInserted(slot, slot);
        pack(slot, jobs[next++]);
        indexSlot(slot);
        m_live[size_t(slot)] = 1;
        m_liveTree.add(slot, 1);
        ++m_size;
        for (Observer *o : m_observers)
            o->jobsInserted(slot, slot);
    }
    if (next == jobs.size())
        return;
    // The rest go after the last slot, as one block of rows at the end.
    const int first = int(m_jobs.size());
    const int count = int(jobs.size() - next);
    growTree(first + count);
    for (Observer *o : m_observers)
        o->jobsAboutToBeInserted(first, first + count - 1);
    reserveFor(m_jobs, size_t(first + count));
    reserveFor(m_live, size_t(first + count));
    m_jobs.resize(size_t(first + count));
    m_live.resize(size_t(first + count), 1);
    m_index.reserve(m_size + count, [this](int s) { return idHash(s); });
    for (int i = 0; i < count; ++i) {
        pack(first + i, jobs[next]);
        // The decoded value is no longer needed: give its memory back as the load goes.
        jobs[next++] = Job();
        indexSlot(first + i);
        m_liveTree.add(first + i, 1);
    }
    m_size += count;
    for (Observer *o : m_observers)
        o->jobsInserted(first, first + count - 1);
}

void JobSet::replaceAt(int slot, const Job &job)
{
    for (Observer *o : m_observers)
        o->jobAboutToChange(slot, job);
    // The new texts are acquired before the old ones are released, so a text both versions
    // share keeps its id.
    const PackedJob old = m_jobs[size_t(slot)];
    pack(slot, job);
    const PackedJob fresh = m_jobs[size_t(slot)];
    m_jobs[size_t(slot)] = old;
    release(slot);
    m_jobs[size_t(slot)] = fresh;
    for (Observer *o : m_observers)
        o->jobChanged(slot);
}

void JobSet::removeSlots(std::vector<int> removed)
{
    std::sort(removed.begin(), removed.end());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    // Runs of consecutive rows, found from the back so each removal leaves the rows of the
    // runs still to go where they were.
    size_t end = removed.size();
    std::vector<int> run;
    while (end > 0) {
        size_t begin = end - 1;
        const int lastRow = rowOf(removed[begin]);
        while (begin > 0 && rowOf(removed[begin - 1]) == lastRow - int(end - begin))
            --begin;
        run.assign(removed.begin() + qsizetype(begin), removed.begin() + qsizetype(end));
        for (Observer *o : m_observers)
            o->jobsAboutToBeRemoved(run);
        for (int slot : run) {
            m_index.remove(idHash(slot), slot, [this](int s) { return idHash(s); });
            release(slot);
            m_live[size_t(slot)] = 0;
            m_liveTree.add(slot, -1);
            m_freeSlots.push_back(slot);
        }
        m_size -= int(run.size());
        for (Observer *o : m_observers)
            o->jobsRemoved(run);
        end = begin;
    }
}

JobSet::Changes JobSet::upsert(std::vector<Job> jobs, const std::function<void(int, const Job &)> &beforeUpdate)
{
    dropDuplicates(jobs);
    Changes changes;
    std::vector<std::pair<int, size_t>> updates;
    std::vector<Job> fresh;
    for (size_t i = 0; i < jobs.size(); ++i) {
        if (!m_hidden.isEmpty() && m_hidden.contains(jobs[i].jobId))
            continue;
        const int slot = slotOf(jobs[i].jobId);
        if (slot < 0)
            fresh.push_back(std::move(jobs[i]));
        else if (!equals(slot, jobs[i])) {
            if (beforeUpdate)
                beforeUpdate(slot, jobs[i]);
            updates.emplace_back(slot, i);
        }
    }
    changes.updated = int(updates.size());
    changes.inserted = int(fresh.size());
    if (changes.total() == 0)
        return changes;
    beginBatch(changes.total());
    for (const auto &[slot, i] : updates)
        replaceAt(slot, jobs[i]);
    insertNew(fresh);
    endBatch();
    return changes;
}

int JobSet::remove(const QStringList &ids)
{
    std::vector<int> held;
    for (const QString &id : ids) {
        const int slot = slotOf(id);
        if (slot >= 0)
            held.push_back(slot);
    }
    std::sort(held.begin(), held.end());
    held.erase(std::unique(held.begin(), held.end()), held.end());
    if (held.empty())
        return 0;
    const int count = int(held.size());
    beginBatch(count);
    removeSlots(std::move(held));
    endBatch();
    return count;
}

JobSet::Changes JobSet::replaceAll(std::vector<Job> jobs)
{
    dropDuplicates(jobs);
    std::vector<quint8> listed(m_jobs.size(), 0);
    QSet<QString> hiddenListed;
    std::vector<std::pair<int, size_t>> updates;
    std::vector<Job> fresh;
    for (size_t i = 0; i < jobs.size(); ++i) {
        const int slot = slotOf(jobs[i].jobId);
        if (slot >= 0)
            listed[size_t(slot)] = 1;
        if (!m_hidden.isEmpty() && m_hidden.contains(jobs[i].jobId)) {
            hiddenListed.insert(jobs[i].jobId);
            continue;
        }
        if (slot < 0)
            fresh.push_back(std::move(jobs[i]));
        else if (!equals(slot, jobs[i]))
            updates.emplace_back(slot, i);
    }
    std::vector<int> gone;
    for (size_t slot = 0; slot < m_jobs.size(); ++slot) {
        if (m_live[slot] && !listed[slot])
            gone.push_back(int(slot));
    }
    // Hidden ids the listing no longer holds are gone for good; the others wait a poll less.
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (!hiddenListed.contains(it.key()) || --*it <= 0)
            it = m_hidden.erase(it);
        else
            ++it;
    }
    Changes changes;
    changes.removed = int(gone.size());
    changes.updated = int(updates.size());
    changes.inserted = int(fresh.size());
    if (changes.total() == 0)
        return changes;
    beginBatch(changes.total());
    removeSlots(std::move(gone));
    for (const auto &[slot, i] : updates)
        replaceAt(slot, jobs[i]);
    jobs.clear();
    jobs.shrink_to_fit();
    // Freed slots are reused from the lowest, so a reload keeps new rows together.
    std::sort(m_freeSlots.begin(), m_freeSlots.end(), std::greater<int>());
    insertNew(fresh);
    endBatch();
    return changes;
}

void JobSet::clear()
{
    ++m_generation;
    for (Observer *o : m_observers)
        o->aboutToReset();
    m_jobs.clear();
    m_jobs.shrink_to_fit();
    m_live.clear();
    m_live.shrink_to_fit();
    m_freeSlots.clear();
    m_extras.clear();
    m_freeExtras.clear();
    for (StringTable &table : m_tables)
        table = StringTable();
    m_liveTree.build({});
    m_index.clear();
    m_hidden.clear();
    m_size = 0;
    for (Observer *o : m_observers)
        o->wasReset();
}

int JobSet::forget(const QStringList &ids, int polls)
{
    for (const QString &id : ids) {
        if (slotOf(id) >= 0)
            m_hidden.insert(id, polls);
    }
    return remove(ids);
}

void JobSet::agePolls()
{
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (--*it <= 0)
            it = m_hidden.erase(it);
        else
            ++it;
    }
}
