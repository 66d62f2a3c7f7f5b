// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/joborder.h"
#include "model/jobset.h"
#include "model/jobslotorder.h"
#include "model/rankedslots.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// What the poller knows of the jobs matching the current server filter, kept in step with the
// server by delta polls: rows are merged by job id, and the set is cut to the same window a full
// listing would return, so a delta-maintained set and a full refetch agree row for row.
//
// The jobs themselves live in a JobSet shared with the table model: merging a poll's rows here
// is what updates the table, and there is no second copy. This class adds the listing order (a
// JobOrder: newest first unless a window is listed in another order) as a RankedSlots
// sequence, so the window edge, the counts per range and the cap cost O(log n) per question,
// and a change of k rows O(k log n).
//
// A truncated set is a window: every matching job that lists at or before its last row (the
// edge), and none after. Pages listed after the edge extend it.
class JobSyncSet final : private JobSet::Observer
{
public:
    explicit JobSyncSet(std::shared_ptr<JobSet> jobs = {});
    ~JobSyncSet() override;
    JobSyncSet(const JobSyncSet &) = delete;
    JobSyncSet &operator=(const JobSyncSet &) = delete;

    const std::shared_ptr<JobSet> &jobs() const { return m_jobs; }
    // Syncs another JobSet from now on (the one a table shows); the next poll must be full.
    void setJobs(std::shared_ptr<JobSet> jobs);

    // The order rows are listed and cut in. The created_at questions below need the default,
    // newest first.
    const JobOrder &order() const { return m_order; }
    void setOrder(const JobOrder &order);

    // Makes the set equal to a full listing's result. `truncated`: the server had more
    // matching jobs than `cap`, and this set is the first `cap` of them in order().
    JobSet::Changes reset(std::vector<Job> jobs, int cap, bool truncated);
    // The rows no longer answer the server's question (another filter or server): the next
    // poll must be full. The rows stay until that poll replaces them.
    void invalidate();
    bool isValid() const { return m_valid; }
    int size() const { return m_jobs->size(); }
    int cap() const { return m_cap; }
    bool isTruncated() const { return m_truncated; }

    bool contains(const QString &jobId) const { return m_jobs->slotOf(jobId) >= 0; }
    // True when the set holds this job with exactly this updated_at.
    bool hasVersion(const QString &jobId, qint64 updatedAtMs) const;

    // What an upsert changed for the facet counts.
    struct UpsertEffect
    {
        bool added = false;
        bool statusChanged = false;
        bool facetKeyChanged = false; // workspace, trusted account or plugin of a held row
    };
    // Adds new jobs and replaces changed ones; returns how many rows were added or changed.
    // The set may grow past its cap until enforceCap().
    int upsert(std::vector<Job> jobs, UpsertEffect *effect = nullptr);
    // Returns how many of `ids` were held.
    int remove(const QStringList &ids);
    // The held jobs created in [from, until) that `listed` lacks, left in place.
    QStringList goneInRange(const QSet<QString> &listed, qint64 from, qint64 until) const;
    // Listed ids the set does not hold.
    QStringList missing(const QSet<QString> &listed) const;

    // The last row in order(): the edge of a window. None when empty.
    std::optional<Job> edge() const;
    // Rows that list at or before `edge` (a copy of an edge taken earlier).
    int countAtOrBefore(const Job &edge) const;
    // Drops the rows that list after `edge`: rows changed past the edge of a window, or listed
    // in beyond it, belong after rows the window does not hold. Returns how many left.
    int trimAfter(const Job &edge);
    // Adds a page listed right after the edge, and widens the cap by as many rows; returns
    // how many were added. The set stays a window, even once it holds every matching job: jobs
    // listed after its edge later are the next page's.
    int extend(std::vector<Job> page);

    // The oldest created_at in the set: the edge of the newest-first window.
    qint64 windowStartMs() const;
    // Rows created at or after `createdAtMs`.
    int countCreatedSince(qint64 createdAtMs) const;
    // Rows created in [from, until).
    int countCreatedIn(qint64 from, qint64 until) const;
    // The created_at of the k-th oldest row (0-based).
    qint64 createdAtAscending(int k) const;
    // Ids in listing order, for tests and diagnostics (O(n)).
    QStringList idsInListingOrder() const;

    // created_at descending, job_id descending: the server's default order.
    static bool listsBefore(const Job &a, const Job &b);

    // Drops the oldest rows of a set over its cap, as the server's listing would leave them out;
    // the set is truncated from then on.
    void enforceCap();
    // A delta poll completed: recently deleted jobs it could not account for wait a poll less.
    void pollCompleted() { m_jobs->agePolls(); }

private:
    void rebuildOrder();
    bool slotBefore(int a, int b) const { return JobSlotOrder(m_order, *m_jobs).listsBefore(a, b); }

    void jobsInserted(int firstSlot, int lastSlot) override;
    void jobsAboutToBeRemoved(const std::vector<int> &removed) override;
    void jobAboutToChange(int slot, const Job &next) override;
    void jobChanged(int slot) override;
    void wasReset() override;

    std::shared_ptr<JobSet> m_jobs;
    JobOrder m_order;
    RankedSlots m_byOrder; // every held slot, in listing order
    int m_moving = -1; // a slot whose place in the order is changing
    int m_cap = 0;
    bool m_truncated = false;
    bool m_valid = false;
};
