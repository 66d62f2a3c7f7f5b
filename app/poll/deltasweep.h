// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <limits>
#include <vector>

class JobApiClient;
class JobApiReply;
class JobLister;
class JobListReply;
class JobSyncSet;

// Finds which held jobs the server no longer lists, and which listed jobs the set lacks, when a
// delta poll's count disagreed with the set. A large set is cut into created_at ranges of about
// equal size; one count_only per range finds the ranges that differ, and only those are listed,
// by job id alone. A small set is listed by id in one go.
class DeltaSweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeltaSweep)

public:
    static constexpr int kMinRowsForRanges = 512;
    static constexpr int kMaxRanges = 64;
    static constexpr int kPageLimit = 5000;

    struct Range
    {
        qint64 from = std::numeric_limits<qint64>::min(); // created_at >= from, unless unbounded
        qint64 until = std::numeric_limits<qint64>::max(); // created_at < until, unless unbounded
        bool contains(qint64 createdAtMs) const { return createdAtMs >= from && createdAtMs < until; }
        bool isUnbounded() const
        {
            return from == std::numeric_limits<qint64>::min() && until == std::numeric_limits<qint64>::max();
        }
    };

    struct Result
    {
        ApiError error;
        bool needsFull = false; // the server lists more than the set's cap
        int removed = 0;
        QStringList missing; // listed ids the set lacks: their rows still have to be fetched
        int rangesCounted = 0;
        int rangesListed = 0;
        RequestTraffic traffic;
    };

    explicit DeltaSweep(JobApiClient *client, QObject *parent = nullptr);
    ~DeltaSweep() override;

    // Removes the rows that left from `set` as it goes; `set` must outlive the sweep and be
    // in the default order, newest first.
    void start(const JobScope &scope, JobSyncSet *set);
    void abort();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

    // About sqrt(n) ranges of equal row counts: the cost of the counts and of listing one
    // range's ids balance there.
    static std::vector<Range> rangesFor(std::vector<qint64> createdAt);
    // The same from n values given by rank, oldest first, without copying them.
    static std::vector<Range> rangesFor(int n, const std::function<qint64(int)> &ascendingAt);
    static QList<QueryFilter> rangeFilters(const Range &range);

Q_SIGNALS:
    void finished();

private:
    void removeGone();
    void countRanges();
    void listNextRange();
    void onListed();
    void fail(const ApiError &error);
    void finish();

    QPointer<JobApiClient> m_client;
    JobLister *m_lister;
    ReplyGroup m_group;
    JobScope m_scope;
    JobSyncSet *m_set = nullptr;
    std::vector<Range> m_ranges;
    std::vector<qint64> m_counts;
    std::vector<Range> m_toList;
    Range m_listing;
    int m_pending = 0;
    bool m_running = false;
    Result m_result;
    QStringList m_gone; // found gone by the ranges listed so far, removed as the sweep ends
};
