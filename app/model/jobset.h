// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "fenwicktree.h"
#include "jobidindex.h"
#include "packedjob.h"
#include "stringtable.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

// The jobs the app has loaded: the one copy in the process, shared by the poller that keeps it
// in step with the server and the table model that shows it.
//
// Each job lives in a slot that never moves while the job stays; a removed job's slot is
// reused by the next new one. Rows, as the model numbers them, are the live slots in slot
// order, found through a Fenwick tree in O(log n), so inserting, changing or removing k jobs
// costs O(k log n) and never a pass over every job. Observers are told before and after each
// change, so a model can wrap it in its begin/end signals.
//
// Jobs are kept packed (PackedJob, about 100 bytes a job with the id index): job() builds a
// Job value on demand, and the field accessors read one field in place, which is what sorting,
// filtering and painting use.
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

    // The texts kept in string tables, one table each.
    enum class Text { ErrorMessage, DomainId, WorkspaceId, TrustedAccountId, PluginId };

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
    // The job in a live slot, as a value.
    Job job(int slot) const;
    int slotOf(QStringView jobId) const;
    // Changes whenever any job's stored value does: a Job read from a slot stays true while it
    // does not.
    quint64 generation() const { return m_generation; }
    std::optional<Job> find(const QString &jobId) const;
    // Row = position among the live slots.
    int rowOf(int slot) const { return m_liveTree.prefix(slot); }
    int slotAt(int row) const;
    // f(slot), or f(slot, job) (which builds every Job: slower), for each live slot in order.
    template <typename F> void forEach(F f) const;

    // One field of a live slot, read in place.
    const PackedJob &packed(int slot) const { return m_jobs[size_t(slot)]; }
    const StringTable &table(Text text) const { return m_tables[int(text)]; }
    QString jobId(int slot) const;
    bool hasId(int slot, QStringView jobId) const;
    // Job ids in code unit order (QString's operator<), and in JobText::compare order.
    int compareIds(int a, int b) const;
    int compareIdsAsText(int a, int b) const;
    bool idContains(int slot, QStringView needle) const;
    const QString &text(int slot, Text text) const;
    // The id of the slot's text in table(text).
    StringTable::Id tableId(int slot, Text text) const;
    const QString &errorMessage(int slot) const { return text(slot, Text::ErrorMessage); }
    const QString &domainId(int slot) const { return text(slot, Text::DomainId); }
    const QString &workspaceId(int slot) const { return text(slot, Text::WorkspaceId); }
    const QString &trustedAccountId(int slot) const { return text(slot, Text::TrustedAccountId); }
    const QString &pluginId(int slot) const { return text(slot, Text::PluginId); }
    const QString &rawStatus(int slot) const;
    const QString &rawResourceGroup(int slot) const;
    QJsonObject options(int slot) const;
    JobStatus status(int slot) const { return packed(slot).status; }
    ResourceGroup resourceGroup(int slot) const { return packed(slot).resourceGroup; }
    qint64 createdAtMs(int slot) const { return packed(slot).createdAtMs; }
    qint64 updatedAtMs(int slot) const { return packed(slot).updatedAtMs; }
    qint64 finishedAtMs(int slot) const { return packed(slot).finishedAtMs; }
    bool isActive(int slot) const { return packed(slot).isActive(); }
    // As Job::durationMs.
    qint64 durationMs(int slot, qint64 nowMs) const;
    // Whether the slot holds exactly this job.
    bool equals(int slot, const Job &job) const;

    // Groups the changes until endBatch() for the observers; nests.
    void beginBatch(int expectedChanges);
    void endBatch();

    // Adds jobs whose ids are new and replaces the held version of the others (only when it
    // differs). Duplicate ids in `jobs`: the last one wins. Hidden (recently deleted) ids are
    // skipped. `beforeUpdate(slot, incoming)` sees each held job that is about to be replaced,
    // while it still holds the old version: what changed costs no second look-up.
    Changes upsert(std::vector<Job> jobs, const std::function<void(int slot, const Job &incoming)> &beforeUpdate = {});
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
    // What a packed job keeps outside its 72 bytes.
    struct Extras
    {
        QString jobId;
        QString rawStatus;
        QString rawResourceGroup;
        QJsonObject options;
    };

    void insertNew(std::vector<Job> &jobs);
    void replaceAt(int slot, const Job &job);
    // Removes the live `slots` (ascending), one signal per run of consecutive rows, back to front.
    void removeSlots(std::vector<int> removed);
    void growTree(int slotCount);
    // Fills a free slot's record from `job`; release() gives back what it acquired.
    void pack(int slot, const Job &job);
    void release(int slot);
    const Extras *extrasOf(int slot) const;
    quint64 idHash(int slot) const;
    void indexSlot(int slot);

    std::vector<PackedJob> m_jobs; // by slot
    std::vector<quint8> m_live; // by slot
    std::vector<int> m_freeSlots; // a stack, lowest slot last
    std::vector<Extras> m_extras;
    std::vector<quint32> m_freeExtras;
    StringTable m_tables[5];
    FenwickTree m_liveTree;
    JobIdIndex m_index;
    QHash<QString, int> m_hidden; // job id -> polls left
    std::vector<Observer *> m_observers;
    int m_size = 0;
    quint64 m_generation = 0;
    int m_batchDepth = 0;
};

template <typename F> void JobSet::forEach(F f) const
{
    for (int slot = 0; slot < int(m_jobs.size()); ++slot) {
        if (!m_live[size_t(slot)])
            continue;
        if constexpr (std::is_invocable_v<F, int>)
            f(slot);
        else
            f(slot, job(slot));
    }
}
