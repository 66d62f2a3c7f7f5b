// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/joborder.h"
#include "model/jobfilter.h"
#include "poll/deltapoll.h"
#include "poll/jobstats.h"
#include "poll/jobsyncset.h"
#include "poll/pollstate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class DomainJobCounter;
class JobApiClient;
class TimerSource;
class JobApiReply;
class JobLister;
class JobListReply;
class StuckCounter;
class WindowPager;

// Keeps the job list fresh: one poll at a time, then a pause, then the next poll.
// The first poll, and one every few minutes as a safety net, lists every matching job and
// counts them per status, workspace, trusted account and plugin. In between, delta polls ask
// only for what changed since a watermark taken from the server's updated_at (see DeltaPoll)
// and count again only when something changed. Every poll delivers the complete set, exactly
// what a full listing would show. Failures keep the last good rows on screen and back off
// exponentially.
//
// The server's total for the filters picks one of two modes. Complete: every matching job is
// loaded, and the table sorts and searches them itself. Windowed: more match than the window
// holds (windowSize()), so the poller keeps the first rows of the server's own order current
// (listOrder()), sends the search text to the server, and lists the next page after the
// window's last row on demand (fetchMore()). A change of mode reloads the rows once.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)

public:
    static constexpr int kDefaultIntervalMs = 10000; // what the web console uses while jobs run
    // Requests are retried within a poll (see RequestPolicy), so a failed poll means a lasting
    // problem; still, the next attempt must come soon enough that data is not stale for long.
    static constexpr int kDefaultMaxBackoffMs = 2 * 60 * 1000;
    static constexpr int kAuthBackoffMs = 5 * 60 * 1000;
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
    // How many jobs may match before the poller keeps a window of them rather than all.
    void setWindowSize(int rows);
    int windowSize() const { return m_windowSize; }
    void setMaxJobs(int maxJobs) { setWindowSize(maxJobs); }
    void setPageLimit(int pageLimit);
    int pageLimit() const;
    // The order a window is listed and kept in (the table's sort, where the server can sort by
    // that column). Changing it reloads a window; complete rows need nothing.
    void setListOrder(const JobOrder &order);
    const JobOrder &listOrder() const { return m_listOrder; }
    // Extra conditions a windowed search ORs with its own, such as the ids whose names
    // contain the text; asked each time the search goes to the server.
    using SearchExpansion = std::function<QList<QueryFilter>(const QString &text)>;
    void setSearchExpansion(SearchExpansion expansion);
    // The search conditions changed meanwhile (names became known): a windowed search asks
    // again.
    void refreshSearch();
    // How often a full listing replaces delta polling, as a safety net.
    void setFullRefreshInterval(int ms);
    int fullRefreshInterval() const { return m_fullRefreshMs; }
    void setDeltaOverlap(int ms);
    int deltaOverlap() const { return m_overlapMs; }
    // Off: every poll is a full listing (what the delta polls are measured against).
    void setDeltaPolling(bool enabled);
    bool isDeltaPolling() const { return m_deltaEnabled; }

    // A filter that asks the server something else starts a new generation and polls at once;
    // a change of the client-side parts alone (text, while complete) does not.
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
    // Polls now, also while paused or backing off. A poll in flight is abandoned for a fresh one:
    // it may be stuck behind a slow or failing server, and the user asked for fresh data now.
    void refreshNow();
    bool isPolling() const { return m_polling; }
    // A next poll waits on a timer: with none and no poll in flight, nothing polls until asked.
    bool isScheduled() const { return !m_timer.isNull(); }
    // The next poll lists everything; now, unless a poll is in flight.
    void refreshFull();
    // Jobs this client deleted: the set forgets them so the next count agrees without a sweep.
    void forgetJobs(const QStringList &ids);

    const PollState &state() const { return m_state; }
    // Bumped when the filter or the endpoint changes: rows of different generations are
    // different data sets, not updates of each other.
    quint64 generation() const { return m_generation; }
    // More jobs match the filters than the window holds: see the class comment.
    bool isWindowed() const { return m_windowed; }
    // The jobs matching the filters, search aside; -1 before the first poll.
    qint64 baseTotal() const { return m_baseTotal; }
    // The jobs matching what the rows were listed for (the search included, when it went to the
    // server); -1 before the first poll.
    qint64 serverTotal() const { return m_lastServerTotal; }
    // The scope the rows are listed for: the filters, and the search while windowed.
    JobScope scope() const;
    bool searchesOnServer() const { return m_windowed && !m_filter.text.isEmpty(); }

    // Rows after the window's last one can be listed (Qt's canFetchMore/fetchMore idiom).
    bool canFetchMore() const;
    // Lists the next page after the window; waits for a poll in flight.
    void fetchMore();
    bool isFetchingMore() const { return m_paging || m_moreWanted; }

    // The jobs the poller keeps current: shared with a table model, never copied.
    const std::shared_ptr<JobSet> &jobSet() const { return m_set.jobs(); }
    // Keeps these jobs current from now on (before start(), or followed by a full listing).
    void setJobSet(std::shared_ptr<JobSet> jobs);
    const JobSyncSet &syncSet() const { return m_set; }
    // The server timestamp delta polls ask from (before the overlap); invalid before a full poll.
    QDateTime watermark() const;

    // The delay before the next poll after `failures` consecutive failures ending in `error`:
    // one interval after the first, doubling from there up to the maximum backoff.
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
    // The mode changed; jobsUpdated() follows with the rows of the new one.
    void windowedChanged(bool windowed);
    void fetchingMoreChanged(bool fetching);
    // A page after the window could not be listed; the rows stay, and scrolling asks again.
    void fetchMoreFailed(const ApiError &error);

private:
    void poll();
    void startFull();
    void startDelta();
    // Asks the counts of every facet, or of the status facet alone.
    void startStats(bool statusOnly = false);
    // The rows answer a different question now. The counts do not depend on the search or the
    // order: `keepCounts` keeps them for another of either (see restart()).
    void restart(bool keepCounts = false);
    // Drops the page in flight and the one asked for: the window's edge answers nothing now.
    void dropPaging();
    void abortStats();
    void requestStat(const QString &field, const JobFilter &facetFilter, quint64 seq);
    // Takes what this poll's stat requests returned into the last known counts and says whether
    // any count was new.
    bool takeStats();
    void onListFinished();
    void onDeltaFinished();
    void startBaseCount();
    void startPage();
    void onPageFinished();
    // After a full listing: the mode its total calls for. False when the listing was made for
    // the other mode and must be made again.
    bool settleMode(qint64 listedTotal, bool listedWithSearch);
    void setWindowed(bool windowed);
    // Takes the rows of a full listing; false when the poll failed or lists again.
    bool applyFullListing();
    void maybeComplete();
    void complete();
    void fail(const ApiError &error);
    bool wantsFull() const;
    // The client's, so one test clock moves the poll timer and the full-refresh interval alike.
    TimerSource *timers() const;
    // The server filters without status, workspace, trusted account and plugin: the set the
    // facet counts are taken from.
    QList<QueryFilter> facetFreeFilters() const;
    bool facetsChosen() const;
    // Delta polls watch the facet counts' wider set: a facet is chosen, the rows are a server
    // search, or the counts were kept across a new listing and may have missed changes since.
    bool watchesWiderSet() const;
    void schedule(int delayMs);
    void setPhase(PollState::Phase phase);

    QPointer<JobApiClient> m_client;
    JobLister *m_lister = nullptr;
    DeltaPoll *m_delta = nullptr;
    WindowPager *m_pager = nullptr;
    StuckCounter *m_stuck = nullptr;
    DomainJobCounter *m_domainJobs = nullptr;
    QPointer<QObject> m_timer; // the next poll, from the client's timer source
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
    bool m_haveStats = false; // every facet counted since the last change that could move them
    bool m_keepCounts = false; // this generation's first listing reuses the counts of the last
    bool m_countsUnchecked = false; // changes since the kept counts are not probed yet
    bool m_resumeListing = false; // the last full listing failed halfway: go on from there
    bool m_resumedWithoutMark = false; // ... and no mark was taken before its first page
    PollKind m_kind = PollKind::Full;
    RequestTraffic m_traffic;
    QPointer<JobListReply> m_markReply; // the newest updated_at, asked next to a full listing
    qint64 m_markMs = 0;
    bool m_markOk = false;
    quint64 m_generation = 1;
    quint64 m_pollSeq = 0; // tells the replies of an abandoned poll apart
    QList<QPointer<JobApiReply>> m_statReplies;
    int m_statsPending = 0;
    ApiError m_statsError;
    // What this poll's stat requests returned, field -> counts, before domain-level jobs are added.
    QHash<QString, QHash<QString, qint64>> m_roundCounts;
    bool m_domainJobsSettled = false; // this poll's domain-level count ended, well or not
    // The last known counts. Each facet keeps its own until a request for it succeeds, so a
    // failure never zeroes a known count.
    JobStats m_stats;
    bool m_statusCountsKnown = false;

    // The matching jobs as of the last successful poll; delta polls keep it in step.
    JobSyncSet m_set;
    int m_windowSize;
    int m_windowRows; // what a window holds: the window size, or more once pages were added
    JobOrder m_listOrder;
    SearchExpansion m_searchExpansion;
    bool m_windowed = false;
    JobScope m_listedScope; // what the rows were listed for
    bool m_listedWithSearch = false;
    bool m_relisted = false; // this poll already listed again for the other mode
    qint64 m_baseTotal = -1;
    QPointer<JobListReply> m_baseCountReply; // the filters' total beside a server search
    qint64 m_baseCount = -1;
    bool m_paging = false;
    bool m_moreWanted = false; // fetchMore() came while a poll was in flight
    bool m_pollWanted = false; // a poll came due while a page was in flight
    bool m_pagesExhausted = false; // the last page found nothing more; until the next poll
    qint64 m_watermarkMs = 0;
    bool m_hasWatermark = false;
    ChangeProbeState m_baseProbe; // the facet counts' wider set, when a facet filter is set
    qint64 m_lastServerTotal = -1;
    // The client's timer source's time of the last full listing; -1 before the first. A clock
    // that went back makes the next poll a full listing rather than postponing it.
    qint64 m_lastFullAtMs = -1;
    PollState m_state;
};
