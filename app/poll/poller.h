// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "model/jobfilter.h"
#include "poll/jobstats.h"
#include "poll/pollstate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class JobApiClient;
class JobApiReply;
class JobLister;

// Keeps the job list fresh: one poll at a time (list every matching job, and count them per
// status, workspace, trusted account and plugin in parallel), then a pause, then the next poll.
// Failures keep the last good snapshot on screen and back off exponentially.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    static constexpr int kDefaultIntervalMs = 10000; // what the web console uses while jobs run
    static constexpr int kDefaultMaxBackoffMs = 5 * 60 * 1000;

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

    // A filter that asks the server something else starts a new generation and polls at once;
    // a change of the client-side parts alone (text) does not.
    void setFilter(const JobFilter &filter);
    const JobFilter &filter() const { return m_filter; }

    // The first poll runs at once.
    void start();
    bool isStarted() const { return m_started; }
    // Stops scheduling; a poll in flight still delivers.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Polls now, also while paused or backing off; ignored while a poll is in flight.
    void refreshNow();
    bool isPolling() const { return m_polling; }

    const PollState &state() const { return m_state; }
    // Bumped when the filter or the endpoint changes: rows of different generations are
    // different data sets, not updates of each other.
    quint64 generation() const { return m_generation; }
    std::shared_ptr<const std::vector<Job>> lastSnapshot() const { return m_snapshot; }

    // The delay before the next poll after `failures` consecutive failures ending in `error`.
    int retryDelay(int failures, const ApiError &error) const;

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const std::vector<Job>> jobs, qint64 serverTotal, bool truncated,
                       quint64 generation);
    void statsReady(const JobStats &stats);
    void stateChanged(const PollState &state);
    void errorOccurred(const ApiError &error);
    void progress(qint64 loaded, qint64 total);

private:
    void poll();
    void restart();
    void abortStats();
    void requestStat(const QString &field, const JobFilter &facetFilter, quint64 seq);
    void onListFinished();
    void maybeComplete();
    void complete();
    void schedule(int delayMs);
    void setPhase(PollState::Phase phase);

    QPointer<JobApiClient> m_client;
    JobLister *m_lister = nullptr;
    QTimer m_timer;
    JobFilter m_filter;
    int m_intervalMs = kDefaultIntervalMs;
    int m_maxBackoffMs = kDefaultMaxBackoffMs;
    double m_jitter = 0.1;

    bool m_started = false;
    bool m_paused = false;
    bool m_polling = false;
    bool m_listDone = false;
    quint64 m_generation = 1;
    quint64 m_pollSeq = 0; // tells the replies of an abandoned poll apart
    QList<QPointer<JobApiReply>> m_statReplies;
    int m_statsPending = 0;
    JobStats m_stats;
    ApiError m_statsError;

    std::shared_ptr<const std::vector<Job>> m_snapshot;
    PollState m_state;
};
