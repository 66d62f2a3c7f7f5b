// SPDX-License-Identifier: MIT
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joblistreply.h"
#include "api/jobstatreply.h"
#include "api/jobtime.h"
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
    m_timer.setSingleShot(true);
    connect(m_pager, &WindowPager::finished, this, &Poller::onPageFinished);
    connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
    connect(m_lister, &JobLister::finished, this, &Poller::onListFinished);
    connect(m_lister, &JobLister::progress, this, &Poller::progress);
    connect(m_delta, &DeltaPoll::finished, this, &Poller::onDeltaFinished);
    connect(m_stuck, &StuckCounter::finished, this, [this] {
        m_traffic.add(m_stuck->traffic());
        maybeComplete();
    });
    connect(m_domainJobs, &DomainJobCounter::finished, this, [this] {
        m_traffic.add(m_domainJobs->traffic());
        maybeComplete();
    });
    if (client) {
        connect(client, &JobApiClient::endpointChanged, m_stuck, &StuckCounter::reset);
        connect(client, &JobApiClient::endpointChanged, m_domainJobs, &DomainJobCounter::reset);
        connect(client, &JobApiClient::endpointChanged, this, [this] { restart(); });
    }
    m_stuck->setScope(m_filter);
    m_state.generation = m_generation;
}

Poller::~Poller()
{
    abortStats();
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
    m_timer.stop();
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
    }
    m_lastServerTotal = -1;
    m_state.stale = false;
    m_state.consecutiveFailures = 0;
    m_state.lastError = {};
    if (m_started)
        poll();
}

bool Poller::wantsFull() const
{
    return !m_deltaEnabled || m_fullRequested || !m_set.isValid() || !m_sinceFull.isValid()
        || m_sinceFull.elapsed() >= m_fullRefreshMs;
}

void Poller::poll()
{
    if (!m_client)
        return;
    m_timer.stop();
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
    m_polling = true;
    m_listDone = false;
    m_statsRequested = false;
    m_statsPending = 0;
    m_statsError = {};
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

void Poller::startFull()
{
    m_kind = PollKind::Full;
    m_listDone = false;
    m_markOk = false;
    m_listedWithSearch = searchesOnServer();
    m_listedScope = scope();
    JobListRequest request;
    request.query = m_listedScope.query();
    request.query.sort = m_listOrder.sortKeys();
    // A window keeps the rows the user paged to; a complete listing stops at the window size,
    // which is what tells the two modes apart.
    m_lister->setMaxJobs(m_windowed ? qMax(m_windowSize, m_windowRows) : m_windowSize);
    // Restarting drops a listing of an abandoned poll without a finished() signal.
    m_lister->start(request);

    // A listing made again for the other mode within the same poll counts nothing anew.
    if (!m_statsRequested && !m_keepCounts) {
        m_stuck->start();
        startStats();
    }
    if (m_listedWithSearch)
        startBaseCount();
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    if (!m_deltaEnabled)
        return;
    // The newest updated_at as the listing starts is where the next delta poll begins: a job
    // that changes while the pages arrive is stamped later (within the overlap) and found then.
    JobListRequest mark;
    mark.query = m_listedScope.query();
    // job_id too: every row needs one to decode, and the server adds only the ordering keys.
    mark.query.only = QStringList{ QStringLiteral("job_id"), QStringLiteral("updated_at") };
    mark.query.sort = { { QStringLiteral("updated_at"), true } };
    mark.query.pageStart = 1;
    mark.query.pageLimit = 1;
    JobListReply *reply = m_client->list(mark);
    m_markReply = reply;
    const quint64 seq = m_pollSeq;
    connect(reply, &JobApiReply::finished, this, [this, reply, seq] {
        if (seq != m_pollSeq || reply != m_markReply)
            return;
        m_markReply = nullptr;
        m_traffic.add(reply);
        if (reply->isOk() && !reply->page().jobs.empty()) {
            const qint64 stamp = reply->page().jobs.front().updatedAtMs;
            m_markOk = stamp != JobTime::kNone;
            m_markMs = stamp;
        }
        maybeComplete();
    });
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

void Poller::onListFinished()
{
    if (!m_polling || m_kind != PollKind::Full)
        return;
    m_listDone = true;
    m_traffic.add(m_lister->traffic());
    maybeComplete();
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

bool Poller::applyFullListing()
{
    const ApiError error = m_lister->error();
    if (error.isError()) {
        m_statReplies.clear();
        fail(error);
        return false;
    }
    std::vector<Job> jobs = m_lister->takeJobs();
    const qint64 listedTotal = m_lister->serverTotal() >= 0 ? m_lister->serverTotal() : qint64(jobs.size());
    if (!settleMode(listedTotal, m_listedWithSearch)) {
        m_listDone = false;
        startFull();
        return false;
    }
    qint64 newest = JobTime::kNone;
    for (const Job &job : jobs)
        newest = qMax(newest, job.updatedAtMs);
    m_lastServerTotal = listedTotal;
    m_state.lastChanges = int(jobs.size());
    m_state.sweepRangesCounted = 0;
    m_state.sweepRangesListed = 0;
    // A window is kept in the order it was listed in; rows that are all there in the
    // server's default, which the sweeps of the delta polls count by.
    m_set.setOrder(m_lister->truncated() ? m_listOrder : JobOrder());
    m_set.reset(std::move(jobs), m_lister->maxJobs(), m_lister->truncated());
    // Without the mark (an empty list, or a server that sent no updated_at) the newest
    // stamp listed is the next best server time.
    m_hasWatermark = m_markOk || newest != JobTime::kNone;
    m_watermarkMs = m_markOk ? m_markMs : newest;
    if (!m_keepCounts)
        m_baseProbe = {}; // the counts are asked beside this listing
    m_fullRequested = false;
    m_sinceFull.start();
    m_state.lastFullRefresh = QDateTime::currentDateTime();
    return true;
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
    m_statReplies.clear();
    m_state.lastKind = m_kind;
    m_state.lastTraffic = m_traffic;
    m_state.lastSuccess = QDateTime::currentDateTime();
    m_state.consecutiveFailures = 0;
    m_state.lastError = {};
    if (m_statsRequested && !m_statsError.isError() && m_domainJobs->error().isError())
        m_statsError = m_domainJobs->error();
    if (m_statsRequested)
        m_state.statsError = m_statsError;
    if (m_stuck->error().isError() && m_stuck->error().kind != ApiError::Kind::Canceled)
        m_state.statsError = m_stuck->error();
    m_state.stale = false;
    if (m_kind != PollKind::Full)
        m_set.pollCompleted();
    emit jobsUpdated(m_lastServerTotal, m_set.isTruncated(), m_generation);
    if (m_statsRequested && !m_statsError.isError()) {
        m_domainJobs->applyTo(&m_stats);
        m_stats.total = 0;
        for (qint64 n : std::as_const(m_stats.statusCounts))
            m_stats.total += n;
        m_stats.generation = m_generation;
        m_haveStats = true;
        emit statsReady(m_stats);
    } else if (m_statsRequested) {
        m_haveStats = false; // ask again next poll
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
