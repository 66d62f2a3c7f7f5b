// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "model/jobfilter.h"
#include "poll/deltapoll.h"
#include "poll/jobstats.h"
#include "poll/jobsyncset.h"
#include "poll/pollstate.h"

#include <QElapsedTimer>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class DomainJobCounter;
class JobApiClient;
class JobApiReply;
class JobLister;
class JobListReply;
class StuckCounter;

// Keeps the job list fresh: one poll at a time, then a pause, then the next poll.
// The first poll, and one every few minutes as a safety net, lists every matching job and
// counts them per status, workspace, trusted account and plugin. In between, delta polls ask
// only for what changed since a watermark taken from the server's updated_at (see DeltaPoll)
// and count again only when something changed. Every poll delivers the complete set, exactly
// what a full listing would show. Failures keep the last good rows on screen and back off
// exponentially.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    static constexpr int kDefaultIntervalMs = 10000; // what the web console uses while jobs run
    static constexpr int kDefaultMaxBackoffMs = 5 * 60 * 1000;
    static constexpr int kDefaultFullRefreshMs = 10 * 60 * 1000;
    // Server workers stamp updated_at with their own clocks and commit a moment later; a change
    // stamped this much before the newest stamp seen is still found.
    static constexpr int kDefaultOverlapMs = 30 * 1000;

    explicit Poller(JobApiClient *client, QObject *parent = nullptr);
    ~Poller() override;

    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    void setMaxBackoff(int ms);
    int maxBackoff() const { return m_maxBackoffMs; }
    // Random shortening of each retry delay, 0..1, so many clients do not retry in step.
    void setJitter(double fraction);
    void setMaxJobs(int maxJobs);
    void setPageLimit(int pageLimit);
    // How often a full listing replaces delta polling, as a safety net.
    void setFullRefreshInterval(int ms);
    int fullRefreshInterval() const { return m_fullRefreshMs; }
    void setDeltaOverlap(int ms);
    int deltaOverlap() const { return m_overlapMs; }
    // Off: every poll is a full listing (what the delta polls are measured against).
    void setDeltaPolling(bool enabled);
    bool isDeltaPolling() const { return m_deltaEnabled; }

    // A filter that asks the server something else starts a new generation and polls at once;
    // a change of the client-side parts alone (text) does not.
    void setFilter(const JobFilter &filter);
    const JobFilter &filter() const { return m_filter; }

    // The first poll runs at once.
    void start();
    bool isStarted() const { return m_started; }
    // Polls no more until started again: drops the poll in flight and the one scheduled. For a
    // connection that cannot be asked anything yet (no token).
    void stop();
    // Stops scheduling; a poll in flight still delivers.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Polls now, also while paused or backing off; ignored while a poll is in flight.
    void refreshNow();
    bool isPolling() const { return m_polling; }
    // The next poll lists everything; now, unless a poll is in flight.
    void refreshFull();
    // Jobs this client deleted: the set forgets them so the next count agrees without a sweep.
    void forgetJobs(const QStringList &ids);

    const PollState &state() const { return m_state; }
    // Bumped when the filter or the endpoint changes: rows of different generations are
    // different data sets, not updates of each other.
    quint64 generation() const { return m_generation; }
    // The jobs the poller keeps current: shared with a table model, never copied.
    const std::shared_ptr<JobSet> &jobSet() const { return m_set.jobs(); }
    // Keeps these jobs current from now on (before start(), or followed by a full listing).
    void setJobSet(std::shared_ptr<JobSet> jobs);
    const JobSyncSet &syncSet() const { return m_set; }
    // The server timestamp delta polls ask from (before the overlap); invalid before a full poll.
    QDateTime watermark() const;

    // The delay before the next poll after `failures` consecutive failures ending in `error`.
    int retryDelay(int failures, const ApiError &error) const;

    // The server's count of stuck jobs, asked as polls find it may have changed.
    StuckCounter *stuckCounter() const { return m_stuck; }
    DomainJobCounter *domainJobCounter() const { return m_domainJobs; }

Q_SIGNALS:
    // A poll succeeded and its changes are in jobSet().
    void jobsUpdated(qint64 serverTotal, bool truncated, quint64 generation);
    void statsReady(const JobStats &stats);
    void stateChanged(const PollState &state);
    void errorOccurred(const ApiError &error);
    void progress(qint64 loaded, qint64 total);

private:
    void poll();
    void startFull();
    void startDelta();
    // Asks the counts of every facet, or of the status facet alone.
    void startStats(bool statusOnly = false);
    void restart();
    void abortStats();
    void requestStat(const QString &field, const JobFilter &facetFilter, quint64 seq);
    void onListFinished();
    void onDeltaFinished();
    void maybeComplete();
    void complete();
    void fail(const ApiError &error);
    bool wantsFull() const;
    // The server filters without status, workspace, trusted account and plugin: the set the
    // facet counts are taken from.
    QList<QueryFilter> facetFreeFilters() const;
    bool facetsChosen() const;
    void schedule(int delayMs);
    void setPhase(PollState::Phase phase);

    QPointer<JobApiClient> m_client;
    JobLister *m_lister = nullptr;
    DeltaPoll *m_delta = nullptr;
    StuckCounter *m_stuck = nullptr;
    DomainJobCounter *m_domainJobs = nullptr;
    QTimer m_timer;
    JobFilter m_filter;
    int m_intervalMs = kDefaultIntervalMs;
    int m_maxBackoffMs = kDefaultMaxBackoffMs;
    double m_jitter = 0.1;
    int m_fullRefreshMs = kDefaultFullRefreshMs;
    int m_overlapMs = kDefaultOverlapMs;
    bool m_deltaEnabled = true;
    bool m_fullRequested = false;

    bool m_started = false;
    bool m_paused = false;
    bool m_polling = false;
    bool m_listDone = false;
    bool m_statsRequested = false;
    bool m_haveStats = false;
    PollKind m_kind = PollKind::Full;
    RequestTraffic m_traffic;
    QPointer<JobListReply> m_markReply; // the newest updated_at, asked next to a full listing
    qint64 m_markMs = 0;
    bool m_markOk = false;
    quint64 m_generation = 1;
    quint64 m_pollSeq = 0; // tells the replies of an abandoned poll apart
    QList<QPointer<JobApiReply>> m_statReplies;
    int m_statsPending = 0;
    JobStats m_stats;
    ApiError m_statsError;

    // The matching jobs as of the last successful poll; delta polls keep it in step.
    JobSyncSet m_set;
    qint64 m_watermarkMs = 0;
    bool m_hasWatermark = false;
    ChangeProbeState m_baseProbe; // the facet counts' wider set, when a facet filter is set
    qint64 m_lastServerTotal = -1;
    QElapsedTimer m_sinceFull;
    PollState m_state;
};
