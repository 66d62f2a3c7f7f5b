// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "fenwicktree.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

// The jobs the app has loaded: the one copy in the process, shared by the poller that keeps it
// in step with the server and the table model that shows it.
//
// Each job lives in a slot that never moves while the job stays; a removed job's slot is
// reused by the next new one. Rows, as the model numbers them, are the live slots in slot
// order, found through a Fenwick tree in O(log n), so inserting, changing or removing k jobs
// costs O(k log n) and never a pass over every job. Observers are told before and after each
// change, so a model can wrap it in its begin/end signals.
class JobSet
{
public:
    class Observer
    {
    public:
        virtual ~Observer();
        // Around a group of changes that belong together (one poll).
        virtual void batchStarted(int expectedChanges);
        virtual void batchFinished();
        // Slots [first, last] (consecutive, all free before) become live: consecutive rows.
        virtual void jobsAboutToBeInserted(int firstSlot, int lastSlot);
        virtual void jobsInserted(int firstSlot, int lastSlot);
        // `removed` hold consecutive rows, in ascending order.
        virtual void jobsAboutToBeRemoved(const std::vector<int> &removed);
        virtual void jobsRemoved(const std::vector<int> &removed);
        // The slot still holds the old job.
        virtual void jobAboutToChange(int slot, const Job &next);
        virtual void jobChanged(int slot);
        virtual void aboutToReset();
        virtual void wasReset();
    };

    struct Changes
    {
        int inserted = 0;
        int updated = 0;
        int removed = 0;
        int total() const { return inserted + updated + removed; }
    };

    JobSet();
    ~JobSet();
    JobSet(const JobSet &) = delete;
    JobSet &operator=(const JobSet &) = delete;

    void addObserver(Observer *observer);
    void removeObserver(Observer *observer);

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // One past the highest slot ever used.
    int slotCount() const { return int(m_jobs.size()); }
    bool isLive(int slot) const { return slot >= 0 && slot < int(m_live.size()) && m_live[size_t(slot)]; }
    const Job &job(int slot) const { return m_jobs[size_t(slot)]; }
    int slotOf(const QString &jobId) const { return m_slotById.value(jobId, -1); }
    const Job *find(const QString &jobId) const;
    // Row = position among the live slots.
    int rowOf(int slot) const { return m_liveTree.prefix(slot); }
    int slotAt(int row) const;
    template <typename F> void forEach(F f) const;

    // Groups the changes until endBatch() for the observers; nests.
    void beginBatch(int expectedChanges);
    void endBatch();

    // Adds jobs whose ids are new and replaces the held version of the others (only when it
    // differs). Duplicate ids in `jobs`: the last one wins. Hidden (recently deleted) ids are
    // skipped.
    Changes upsert(std::vector<Job> jobs);
    // Returns how many were held.
    int remove(const QStringList &ids);
    // Makes the set equal to a full listing: what it lacks is removed, what differs replaced,
    // what is new added. Recently deleted ids the listing still holds stay hidden for a while.
    Changes replaceAll(std::vector<Job> jobs);
    void clear();

    // Jobs deleted here: removed now, and kept out for the next `polls` polls that still list
    // them (the server may answer a request sent before the delete landed).
    int forget(const QStringList &ids, int polls);
    bool isHidden(const QString &jobId) const { return m_hidden.contains(jobId); }
    // One poll completed that could not tell whether hidden ids are gone: count it down.
    void agePolls();

private:
    void insertNew(std::vector<Job> &jobs);
    void replaceAt(int slot, Job job);
    // Removes the live `slots` (ascending), one signal per run of consecutive rows, back to front.
    void removeSlots(std::vector<int> removed);
    void growTree(int slotCount);

    std::vector<Job> m_jobs; // by slot
    std::vector<quint8> m_live; // by slot
    std::vector<int> m_freeSlots; // a stack, lowest slot last
    FenwickTree m_liveTree;
    QHash<QString, int> m_slotById;
    QHash<QString, int> m_hidden; // job id -> polls left
    std::vector<Observer *> m_observers;
    int m_size = 0;
    int m_batchDepth = 0;
};

template <typename F> void JobSet::forEach(F f) const
{
    for (int slot = 0; slot < int(m_jobs.size()); ++slot) {
        if (m_live[size_t(slot)])
            f(slot, m_jobs[size_t(slot)]);
    }
}
