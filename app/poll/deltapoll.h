// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/job.h"
#include "api/jobdecoder.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"
#include "poll/pollstate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ChangeProbe;
class JobApiClient;
class JobApiReply;
class DeltaSweep;
class JobListReply;
class JobSyncSet;

// What a delta poll remembers of a wider job set it only watches for changes (the set the
// facet counts come from): the watermark, the count, and the versions seen in the overlap window.
struct ChangeProbeState
{
    bool valid = false;
    qint64 watermarkMs = 0;
    bool hasWatermark = false;
    qint64 count = -1;
    QHash<QString, qint64> window; // job id -> updated_at, for rows inside the overlap window
};

// One steady-state poll, O(changes) instead of O(jobs):
//  1. the ids and updated_at of matching jobs changed since the watermark, and the count of the
//     filter (ChangeProbe: one request when little changed);
//  2. full rows for the ids whose version the set does not hold;
//  3. if the count still disagrees with the set, an id-only sweep (DeltaSweep): rows that left
//     are dropped and rows never seen are fetched.
// The watermark is always a server timestamp, never the desktop clock. When the delta is larger
// than a full listing would be worth, or the set is a truncated window the count cannot
// vouch for, the result asks for a full poll instead.
//
// A truncated set is a window up to an edge in its order: the count is then taken of the
// jobs at or before that edge, and rows that changed past it leave the window.
class DeltaPoll final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeltaPoll)

public:
    // More changed rows than this (or half the set, if more) make a full poll cheaper: a changed
    // row costs its id in the first query and its row in the second.
    static constexpr int kMaxChanges = 2000;
    static constexpr int kIdsPerRequest = 500; // job_id "in" lists per row request
    static int maxChangesFor(int setSize) { return qMax(kMaxChanges, setSize / 2); }

    struct Result
    {
        PollKind kind = PollKind::Delta;
        ApiError error;
        bool needsFull = false; // only a full listing can bring the set back in step
        int changed = 0; // rows added or changed
        int removed = 0; // rows that left the filter or were deleted
        int sweepRangesCounted = 0;
        int sweepRangesListed = 0;
        qint64 serverTotal = -1;
        qint64 watermarkMs = 0;
        bool hasWatermark = false;
        bool baseChanged = false; // the watched wider set changed (or has no baseline yet)
        // For the facet counts over the set itself: rows came or went, a status changed, a
        // workspace, trusted account or plugin changed.
        bool membershipChanged = false;
        bool statusChanged = false;
        bool facetKeyChanged = false;
        RequestTraffic traffic;
    };

    explicit DeltaPoll(JobApiClient *client, QObject *parent = nullptr);
    ~DeltaPoll() override;

    // `set` must outlive the poll; it is updated as rows arrive, so a poll that fails halfway
    // leaves it holding true, newer rows and the next poll finishes the job.
    // `baseFilters`/`base`: a wider set to watch for changes only; null `base` to skip.
    void start(const JobScope &scope, JobSyncSet *set, qint64 watermarkMs, bool hasWatermark, qint64 overlapMs,
               const QList<QueryFilter> &baseFilters = {}, ChangeProbeState *base = nullptr);
    void abort();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    JobListReply *send(const JobListRequest &request);
    void onProbeFinished();
    void onWindowCountReply();
    void settleProbes();
    void onProbed();
    void updateBase(const ChangeProbe &probe);
    void fetchNextRows();
    void check();
    void startSweep();
    void onSweepFinished();
    void fail(const ApiError &error);
    void finish();

    QPointer<JobApiClient> m_client;
    ChangeProbe *m_probe;
    ChangeProbe *m_baseProbe;
    DeltaSweep *m_sweeper;
    ReplyGroup m_group;

    JobScope m_scope;
    JobSyncSet *m_set = nullptr;
    ChangeProbeState *m_base = nullptr;
    bool m_truncatedAtStart = false;
    Job m_edge; // the window's last row as the poll started

    QList<JobListReply *> m_windowCountReplies; // compared only, never dereferenced
    int m_probesPending = 0;
    qint64 m_count = -1;
    qint64 m_windowCount = -1;

    QStringList m_toFetch;
    QStringList m_fetchedIds; // requested in the current batch
    bool m_swept = false;
    bool m_running = false;
    Result m_result;
};
