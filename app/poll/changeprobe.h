// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/jobdecoder.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class JobApiClient;
class JobListReply;

// The first step of a delta poll over one job set: the ids and updated_at of its jobs changed
// since a watermark (minus an overlap, so that a server worker whose clock lags cannot hide a
// change), and the count of every job in the set.
//
// With a watermark this is one request on a poll where little changed: the set's jobs by
// updated_at, newest first, as many as the last answer found in its window plus a margin. The
// list's total_count is the count of the set, and once a row older than the window is listed,
// every newer one has been. Only a page made of changes alone needs the ids query after it.
// Without a watermark, or after a window too large to list that way, the ids query and a
// count_only go out side by side.
class ChangeProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeProbe)

public:
    // New changes since the last window that still cost no second request. One more row is
    // asked for: the one older than the window, which shows that it ended.
    static constexpr int kMargin = 2;
    // Rows asked the first time, when the last window is unknown.
    static constexpr int kFirstRows = 8;
    // A window larger than this is listed by the ids query at once. Up to it, the newest-first
    // page costs the same rows as the ids query would list, and saves the count request.
    static constexpr int kMaxNewestRows = 1000;

    struct Result
    {
        ApiError error;
        // The changed rows (job_id, updated_at and any extra field). total_count, when
        // present, counts the changes: more than the rows listed means they did not fit.
        JobListPage changed;
        qint64 count = -1; // every job of the set
        int requests = 0;
        RequestTraffic traffic;
    };

    explicit ChangeProbe(JobApiClient *client, QObject *parent = nullptr);
    ~ChangeProbe() override;

    // `extraFields` are listed beside the id and updated_at (a window's sort key).
    void start(const JobScope &scope, qint64 watermarkMs, bool hasWatermark, qint64 overlapMs, int maxChanges,
               const QStringList &extraFields = {});
    void abort();
    bool isRunning() const { return m_running; }
    const Result &result() const { return m_result; }
    // The rows the next one-request probe asks for.
    int nextNewestRows() const;

    // The ids query: every change since the watermark, up to `maxChanges`.
    static JobListRequest changedIdsRequest(const JobScope &scope, qint64 watermarkMs, bool hasWatermark,
                                            qint64 overlapMs, int maxChanges);
    // The one-request probe: the `rows` most recently updated jobs of the set.
    static JobListRequest newestRequest(const JobScope &scope, int rows);
    static JobListRequest countRequest(const JobScope &scope, const QList<QueryFilter> &narrower = {});

Q_SIGNALS:
    void finished();

private:
    JobListReply *send(JobListRequest request);
    void onReply();
    void onNewest(JobListReply *reply);
    void sendIdsQuery();
    void fail(const ApiError &error);
    void settleIfDone();
    int nextWindowRows(const JobListPage &changed) const;

    QPointer<JobApiClient> m_client;
    ReplyGroup m_group;
    JobScope m_scope;
    QStringList m_extraFields;
    qint64 m_watermarkMs = 0;
    bool m_hasWatermark = false;
    qint64 m_overlapMs = 0;
    int m_maxChanges = 0;
    int m_newestRows = 0;
    int m_lastWindowRows = -1; // rows of the last answer the next window holds; -1: unknown

    QPointer<JobListReply> m_newestReply;
    QPointer<JobListReply> m_idsReply;
    QPointer<JobListReply> m_countReply;
    int m_pending = 0;
    bool m_running = false;
    Result m_result;
};
