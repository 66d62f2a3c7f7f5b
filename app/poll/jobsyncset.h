// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// The poller's copy of every job matching the current server filter, kept in step with the
// server by delta polls: rows are merged by job id, and the set is cut to the same newest-first
// window a full listing would return, so a delta-maintained set and a full refetch agree row
// for row.
//
// The rows live in one vector that snapshot() hands out as is; a change while a snapshot is still
// held copies it first. The table drops each snapshot once applied, so in steady state the set
// costs one Job plus an index entry per row, and an unchanged set is handed out for free.
class JobSyncSet
{
public:
    // Replaces the whole set with a full listing's result. `truncated`: the server had more
    // matching jobs than `cap`, and this set is the newest `cap` of them.
    void reset(std::vector<Job> jobs, int cap, bool truncated);
    void clear();
    bool isValid() const { return m_valid; }
    int size() const { return int(m_rows->size()); }
    int cap() const { return m_cap; }
    bool isTruncated() const { return m_truncated; }

    bool contains(const QString &jobId) const { return m_index.contains(jobId); }
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
    // Keeps only the listed ids among rows created in [from, until); returns how many left.
    int retainInRange(const QSet<QString> &listed, qint64 from, qint64 until);
    // Listed ids the set does not hold.
    QStringList missing(const QSet<QString> &listed) const;

    // The oldest created_at in a truncated set: the edge of the newest-first window.
    qint64 windowStartMs() const;
    // Rows created at or after `createdAtMs`.
    int countCreatedSince(qint64 createdAtMs) const;
    // Rows created in [from, until).
    int countCreatedIn(qint64 from, qint64 until) const;
    std::vector<qint64> createdAtValues() const;

    // Newest first by created_at, then job_id, as JobLister lists them. Shared until the next
    // change, so an unchanged set costs nothing to hand out again.
    std::shared_ptr<const std::vector<Job>> snapshot() const;

    // created_at descending, job_id descending: the order of a full listing.
    static bool listsBefore(const Job &a, const Job &b);

    // Drops the oldest rows of a set over its cap, as the server's listing would leave them out;
    // the set is truncated from then on.
    void enforceCap();

private:
    std::vector<Job> &mutableRows();
    void reindex() const;
    void sortIfNeeded() const;

    // Sorted newest first unless m_sorted is false; m_index maps job id to position.
    mutable std::shared_ptr<std::vector<Job>> m_rows = std::make_shared<std::vector<Job>>();
    mutable QHash<QString, int> m_index;
    mutable bool m_sorted = true;
    int m_cap = 0;
    bool m_truncated = false;
    bool m_valid = false;
};
