// SPDX-License-Identifier: MIT
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"
#include "api/timersource.h"
#include "poll/domainjobcounter.h"
#include "poll/stuckcounter.h"
#include "poll/windowpager.h"

#include <utility>

namespace {
// How many polls may still list a job deleted here before it is shown again: enough for
// replies already in flight, few enough that a delete the server refused does not hide a job.
constexpr int kForgetPolls = 3;
} // namespace

Poller::Poller(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lister(new JobLister(client, this))
    , m_delta(new DeltaPoll(client, this))
    , m_pager(new WindowPager(client, this))
    , m_stuck(new StuckCounter(client, this))
    , m_domainJobs(new DomainJobCounter(client, this))
    , m_windowSize(JobLister::kDefaultMaxJobs)
    , m_windowRows(JobLister::kDefaultMaxJobs)
{
    connect(m_pager, &WindowPager::finished, this, &Poller::onPageFinished);
    connect(m_lister, &JobLister::finished, this, &Poller::onListFinished);
    connect(m_lister, &JobLister::progress, this, &Poller::progress);
    connect(m_delta, &DeltaPoll::finished, this, &Poller::onDeltaFinished);
    connect(m_stuck, &StuckCounter::finished, this, [this] {
        m_traffic.add(m_stuck->traffic());
        maybeComplete();
    });
    connect(m_domainJobs, &DomainJobCounter::finished, this, [this] {
        m_domainJobsSettled = true;
        m_traffic.add(m_domainJobs->traffic());
        maybeComplete();
    });
    if (client) {
        connect(client, &JobApiClient::endpointChanged, m_stuck, &StuckCounter::reset);
        connect(client, &JobApiClient::endpointChanged, m_domainJobs, &DomainJobCounter::reset);
        connect(client, &JobApiClient::endpointChanged, this, [this] { restart(); });
    }
    // One clock for the poll timer, the full-refresh interval and the stuck count's horizon.
    m_stuck->setClock([this] { return timers()->nowMs(); });
    m_stuck->setScope(m_filter);
    m_state.generation = m_generation;
}

Poller::~Poller()
{
    ++m_pollSeq; // the aborted replies finish no poll
    abortStats();
}

TimerSource *Poller::timers() const
{
    return m_client ? m_client->timerSource() : TimerSource::system();
}

void Poller::setFullRefreshInterval(int ms)
{
    m_fullRefreshMs = qMax(1, ms);
}

void Poller::setDeltaOverlap(int ms)
{
    m_overlapMs = qMax(0, ms);
}

void Poller::setDeltaPolling(bool enabled)
{
    m_deltaEnabled = enabled;
}

void Poller::setJobSet(std::shared_ptr<JobSet> jobs)
{
    m_set.setJobs(std::move(jobs));
    m_fullRequested = true;
}

QDateTime Poller::watermark() const
{
    return m_hasWatermark ? JobTime::toDateTime(m_watermarkMs) : QDateTime();
}

void Poller::forgetJobs(const QStringList &ids)
{
    m_set.jobs()->forget(ids, kForgetPolls);
}

void Poller::refreshFull()
{
    m_fullRequested = true;
    m_resumeListing = false;
    refreshNow();
}

void Poller::setPageLimit(int pageLimit)
{
    m_lister->setPageLimit(pageLimit);
}

void Poller::setFilter(const JobFilter &filter)
{
    if (filter == m_filter)
        return;
    // Free text is matched on the client: typing in the search box must not re-download.
    const bool sameServerQuery = filter.serverFilters() == m_filter.serverFilters()
        && filter.statuses == m_filter.statuses && filter.workspaceId == m_filter.workspaceId
        && filter.trustedAccountId == m_filter.trustedAccountId && filter.pluginId == m_filter.pluginId;
    // A window's search runs on the server: new text is a new listing.
    const bool sameSearch = filter.text == m_filter.text || !m_windowed;
    m_filter = filter;
    m_stuck->setScope(filter);
    if (!sameServerQuery)
        restart();
    else if (!sameSearch)
        restart(true);
    else if (m_stuck->count() < 0 && !m_stuck->isRunning() && m_started && !m_paused)
        // Another threshold: the chip waits for this answer, not for the next poll. A poll under
        // way waits for it too before it completes.
        m_stuck->start();
}

void Poller::stop()
{
    m_started = false;
    m_polling = false;
    delete m_timer.data();
    m_lister->cancel();
    m_delta->abort();
    abortStats();
    m_stuck->abort();
    m_domainJobs->abort();
    dropPaging();
    if (m_baseCountReply) {
        m_baseCountReply->abort();
        m_baseCountReply = nullptr;
    }
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    m_state.nextPollAt = {};
    m_state.nextDelayMs = 0;
    setPhase(m_paused ? PollState::Phase::Paused : PollState::Phase::Idle);
}

void Poller::dropPaging()
{
    m_pager->abort();
    const bool wasFetching = m_paging || m_moreWanted;
    m_paging = false;
    m_moreWanted = false;
    m_pollWanted = false;
    if (wasFetching)
        emit fetchingMoreChanged(false);
}

void Poller::restart(bool keepCounts)
{
    // Only finished counts are kept: a poll in flight may be counting anew.
    keepCounts = keepCounts && m_haveStats && !(m_polling && m_statsRequested) && !m_stuck->isRunning()
        && !m_domainJobs->isRunning();
    // A delta in flight may have taken changes of the wider set that it now cannot report.
    if (keepCounts && m_polling && m_kind != PollKind::Full)
        m_baseProbe = {};
    m_keepCounts = keepCounts;
    m_countsUnchecked = keepCounts;
    ++m_generation;
    m_state.generation = m_generation;
    // The old rows answer a different question now.
    m_delta->abort();
    dropPaging();
    m_pagesExhausted = false;
    m_windowRows = m_windowSize;
    m_baseTotal = -1;
    m_set.invalidate();
    m_hasWatermark = false;
    if (!keepCounts) {
        m_baseProbe = {};
        m_haveStats = false;
        m_state.statsError = {};
        // Counts of the old filter describe other jobs: unknown until this filter's arrive.
        m_stats = {};
        m_statusCountsKnown = false;
    }
    m_resumeListing = false; // the pages of a failed listing answer the old question
    m_lastServerTotal = -1;
    m_state.stale = false;
    m_state.consecutiveFailures = 0;
    m_state.lastError = {};
    if (m_started)
        poll();
}

bool Poller::wantsFull() const
{
    if (!m_deltaEnabled || m_fullRequested || !m_set.isValid() || m_lastFullAtMs < 0)
        return true;
    const qint64 sinceFull = timers()->nowMs() - m_lastFullAtMs;
    return sinceFull < 0 || sinceFull >= m_fullRefreshMs;
}

void Poller::poll()
{
    if (!m_client)
        return;
    delete m_timer.data();
    if (m_paging) {
        // A page lands first: a poll that moved the edge under it would cut it off.
        m_pollWanted = true;
        return;
    }
    ++m_pollSeq;
    abortStats();
    m_delta->abort();
    m_stuck->abort();
    m_domainJobs->abort();
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    m_polling = true;
    m_listDone = false;
    m_statsRequested = false;
    m_statsPending = 0;
    m_statsError = {};
    m_roundCounts.clear();
    m_domainJobsSettled = false;
    m_traffic = {};
    m_relisted = false;
    if (m_baseCountReply) {
        m_baseCountReply->abort();
        m_baseCountReply = nullptr;
    }
    if (wantsFull())
        startFull();
    else
        startDelta();
    m_state.nextPollAt = {};
    m_state.nextDelayMs = 0;
    setPhase(PollState::Phase::Polling);
}

void Poller::startDelta()
{
    m_kind = PollKind::Delta;
    // With a facet chosen, the facet counts cover jobs outside the list; watch that wider set
    // too, so its counts are asked again only when it changed.
    m_delta->start(m_listedScope, &m_set, m_watermarkMs, m_hasWatermark, m_overlapMs, facetFreeFilters(),
                   watchesWiderSet() ? &m_baseProbe : nullptr);
    if (m_listedWithSearch)
        startBaseCount();
}

void Poller::onDeltaFinished()
{
    if (!m_polling || m_kind == PollKind::Full)
        return;
    const DeltaPoll::Result &r = m_delta->result();
    m_traffic.add(r.traffic);
    if (r.error.isError()) {
        fail(r.error);
        return;
    }
    if (r.needsFull) {
        startFull();
        return;
    }
    m_kind = r.kind;
    m_set.enforceCap();
    m_watermarkMs = r.watermarkMs;
    m_hasWatermark = r.hasWatermark;
    m_state.lastChanges = r.changed + r.removed;
    m_state.sweepRangesCounted = r.sweepRangesCounted;
    m_state.sweepRangesListed = r.sweepRangesListed;
    const bool totalChanged = r.serverTotal != m_lastServerTotal;
    m_lastServerTotal = r.serverTotal;
    m_listDone = true;
    const bool wider = watchesWiderSet();
    m_countsUnchecked = false;
    if (!m_haveStats || (wider && r.baseChanged)) {
        startStats();
    } else if (!wider) {
        // The facet counts cover exactly the listed jobs, so the delta says which can differ.
        // The server updates only status, options, error_message and the times of a job, so
        // most changes touch the status counts alone.
        if (r.membershipChanged || r.facetKeyChanged || totalChanged)
            startStats();
        else if (r.statusChanged)
            startStats(true);
    }
    // Stuck counts jobs of every status but the listed ones too: the wider set's changes count.
    // A count already running began after this poll's delta was asked: it sees those changes.
    if (!m_stuck->isRunning()
        && m_stuck->isDue(r.changed + r.removed > 0 || totalChanged || r.baseChanged, m_intervalMs))
        m_stuck->start();
    maybeComplete();
}

void Poller::maybeComplete()
{
    if (m_polling && m_listDone && m_statsPending == 0 && !m_markReply && !m_baseCountReply && !m_stuck->isRunning()
        && !m_domainJobs->isRunning())
        complete();
}

void Poller::fail(const ApiError &error)
{
    m_polling = false;
    abortStats();
    m_delta->abort();
    m_stuck->abort();
    m_domainJobs->abort();
    if (m_baseCountReply) {
        m_baseCountReply->abort();
        m_baseCountReply = nullptr;
    }
    if (m_moreWanted) {
        m_moreWanted = false;
        emit fetchingMoreChanged(false);
    }
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    // A delta that failed halfway may have merged rows the next poll then cannot tell apart
    // from unchanged ones: count everything again once it succeeds.
    m_haveStats = false;
    m_keepCounts = false;
    // Counts this poll did get are news; the others keep their last known values.
    if (takeStats())
        emit statsReady(m_stats);
    // A full listing that failed after some pages goes on from there next time.
    m_resumeListing = m_kind == PollKind::Full && m_lister->canResume();
    if (error.kind == ApiError::Kind::Canceled) {
        // Someone canceled every request of the client (sign-out, shutdown): not the server's
        // fault, so no backoff.
        schedule(m_intervalMs);
        return;
    }
    ++m_state.consecutiveFailures;
    m_state.lastError = error;
    m_state.stale = m_set.isValid();
    emit errorOccurred(error);
    schedule(retryDelay(m_state.consecutiveFailures, error));
}

void Poller::complete()
{
    if (m_kind == PollKind::Full && !applyFullListing())
        return;
    if (m_kind != PollKind::Full) {
        const qint64 base = m_listedWithSearch ? m_baseCount : m_lastServerTotal;
        if (base >= 0)
            m_baseTotal = base;
        if (base >= 0 && (base > m_windowSize) != m_windowed) {
            // Jobs were created past the window size, or deleted below it: the rows of the
            // other mode are listed now, in this same poll.
            setWindowed(base > m_windowSize);
            startFull();
            return;
        }
    }
    m_polling = false;
    m_keepCounts = false;
    m_pagesExhausted = false;
    m_state.lastKind = m_kind;
    m_state.lastTraffic = m_traffic;
    m_state.lastSuccess = QDateTime::fromMSecsSinceEpoch(timers()->nowMs(), Qt::UTC);
    m_state.consecutiveFailures = 0;
    m_state.lastError = {};
    const bool statsTaken = m_statsRequested && takeStats();
    if (m_statsRequested)
        m_state.statsError = m_statsError;
    if (m_stuck->error().isError() && m_stuck->error().kind != ApiError::Kind::Canceled)
        m_state.statsError = m_stuck->error();
    m_state.stale = false;
    if (m_kind != PollKind::Full)
        m_set.pollCompleted();
    emit jobsUpdated(m_lastServerTotal, m_set.isTruncated(), m_generation);
    if (m_statsRequested) {
        // Facets that failed keep their last counts and are asked again next poll.
        m_haveStats = !m_statsError.isError();
        if (statsTaken)
            emit statsReady(m_stats);
    }
    schedule(m_intervalMs);
    if (m_moreWanted) {
        m_moreWanted = false;
        if (canFetchMore())
            startPage();
        else
            emit fetchingMoreChanged(false);
    }
}
