// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class JobApiClient;
class JobListReply;
struct JobFilter;

// Counts the stuck jobs on the server: PENDING or IN_PROGRESS with updated_at (created_at when
// the job was never updated) older than the threshold, over every job matching the filters but
// the status one, whatever is loaded. "Older" is judged by the server: the filters say
// timediff "now - N s", which the server evaluates against its own clock, so a desktop clock
// that is off plays no part.
//
// One answer is two or three count_only lists (five when jobs without updated_at exist). They
// count the jobs stuck now and those that will be stuck within a horizon. The count can change
// only when jobs change or when time pushes one over the threshold; while nothing will cross
// within the horizon, nothing needs asking until the horizon has passed. The horizon grows while
// no crossing is near and shrinks around one, so an idle monitor asks every few minutes and a
// crossing shows within one poll interval.
class StuckCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StuckCounter)

public:
    static constexpr qint64 kMinHorizonMs = 30 * 1000;
    static constexpr qint64 kMaxHorizonMs = 30 * 60 * 1000;

    // Monotonic milliseconds; tests step their own.
    using Clock = std::function<qint64()>;

    explicit StuckCounter(JobApiClient *client, QObject *parent = nullptr);
    ~StuckCounter() override;

    void setClock(Clock clock);

    // Jobs matching `filter` but its status part, stuck for longer than its threshold. A new
    // scope forgets the count.
    void setScope(const JobFilter &filter);
    // Every scope filter as sent, and the threshold: what the count answers.
    const QList<QueryFilter> &scopeFilters() const { return m_scope; }
    qint64 thresholdMs() const { return m_thresholdMs; }

    // Whether a poll has to ask again: the count is unknown for this scope, jobs in the scope
    // `changed`, or time alone may have made a job stuck before the poll after this one
    // (`pollIntervalMs` away).
    bool isDue(bool changed, qint64 pollIntervalMs) const;
    void start();
    void abort();
    // Forgets the count (another server).
    void reset();
    bool isRunning() const { return m_running; }

    // -1 until the server answered for this scope.
    qint64 count() const { return m_count; }
    // The horizon of the last answer and whether a job becomes stuck within it.
    qint64 horizonMs() const { return m_askedHorizonMs; }
    bool isCrossingDue() const { return m_crossingDue; }
    const ApiError &error() const { return m_error; }
    // The requests of the last ask.
    const RequestTraffic &traffic() const { return m_traffic; }

    // The filters of the stuck jobs in `scope` as of `olderThanMs` before the server's now.
    // `neverUpdated`: the jobs without updated_at, judged by created_at; otherwise those with it.
    static QList<QueryFilter> stuckFilters(const QList<QueryFilter> &scope, qint64 olderThanMs, bool neverUpdated);
    // Both parts for a filter's stuck jobs (its status part left out), for collecting their ids.
    static QList<QList<QueryFilter>> stuckQueries(const JobFilter &filter);
    // The filter without its status part: the scope of the status counts and of "stuck".
    static QList<QueryFilter> statusFreeFilters(const JobFilter &filter);
    // "now - 3600s": the server's clock minus a duration, rounded up to whole seconds.
    static QString serverAgo(qint64 ms);

Q_SIGNALS:
    // Once per ask, answered or failed.
    void finished();
    void countChanged(qint64 count);

private:
    JobListReply *send(const QList<QueryFilter> &filters);
    void onReply();
    void settle();
    void fail(const ApiError &error);

    QPointer<JobApiClient> m_client;
    Clock m_clock;
    ReplyGroup m_group;
    QList<QueryFilter> m_scope;
    qint64 m_thresholdMs = 0;
    bool m_running = false;
    RequestTraffic m_traffic;
    ApiError m_error;

    // The requests of one ask.
    QPointer<JobListReply> m_stuckReply;
    QPointer<JobListReply> m_soonReply;
    QPointer<JobListReply> m_neverUpdatedReply;
    QPointer<JobListReply> m_neverUpdatedStuckReply;
    QPointer<JobListReply> m_neverUpdatedSoonReply;
    qint64 m_stuck = 0;
    qint64 m_soon = 0;
    qint64 m_neverUpdated = 0;
    qint64 m_neverUpdatedStuck = 0;
    qint64 m_neverUpdatedSoon = 0;
    int m_pending = 0;

    qint64 m_count = -1;
    qint64 m_horizonMs = kMaxHorizonMs; // of the next ask
    qint64 m_askedHorizonMs = 0;
    qint64 m_askedAtMs = 0;
    bool m_crossingDue = false;
};
