// SPDX-License-Identifier: MIT
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joblistreply.h"
#include "api/jobstatreply.h"
#include "api/jobtime.h"
#include "poll/domainjobcounter.h"
#include "poll/stuckcounter.h"

#include <QRandomGenerator>

#include <utility>

#include <cmath>

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
    , m_stuck(new StuckCounter(client, this))
    , m_domainJobs(new DomainJobCounter(client, this))
{
    m_timer.setSingleShot(true);
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
        connect(client, &JobApiClient::endpointChanged, this, &Poller::restart);
    }
    m_stuck->setScope(m_filter);
    m_state.generation = m_generation;
}

Poller::~Poller()
{
    abortStats();
}

void Poller::setInterval(int ms)
{
    m_intervalMs = qMax(1, ms);
    if (m_timer.isActive() && m_state.consecutiveFailures == 0)
        schedule(m_intervalMs);
}

void Poller::setMaxBackoff(int ms)
{
    m_maxBackoffMs = qMax(1, ms);
}

void Poller::setJitter(double fraction)
{
    m_jitter = qBound(0.0, fraction, 1.0);
}

void Poller::setMaxJobs(int maxJobs)
{
    const int before = m_lister->maxJobs();
    m_lister->setMaxJobs(maxJobs);
    if (m_lister->maxJobs() != before)
        m_fullRequested = true; // the window a delta keeps has another size now
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
    m_filter = filter;
    m_stuck->setScope(filter);
    if (!sameServerQuery)
        restart();
    else if (m_stuck->count() < 0 && !m_stuck->isRunning() && m_started && !m_paused)
        // Another threshold: the chip waits for this answer, not for the next poll. A poll under
        // way waits for it too before it completes.
        m_stuck->start();
}

void Poller::start()
{
    if (m_started)
        return;
    m_started = true;
    poll();
}

void Poller::stop()
{
    m_started = false;
    m_polling = false;
    m_timer.stop();
    m_lister->cancel();
    m_delta->abort();
    abortStats();
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    m_state.nextPollAt = {};
    m_state.nextDelayMs = 0;
    setPhase(m_paused ? PollState::Phase::Paused : PollState::Phase::Idle);
}

void Poller::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_timer.stop();
    m_state.nextPollAt = {};
    m_state.nextDelayMs = 0;
    setPhase(PollState::Phase::Paused);
}

void Poller::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_started)
        setPhase(PollState::Phase::Idle);
    else if (m_polling)
        setPhase(PollState::Phase::Polling);
    else
        poll();
}

void Poller::refreshNow()
{
    if (!m_started) {
        start();
        return;
    }
    if (!m_polling)
        poll();
}

int Poller::retryDelay(int failures, const ApiError &error) const
{
    // Retrying cannot fix a rejected token or a missing permission; the user has to act, and
    // hammering the server with a bad token only fills its logs.
    if (error.isAuthentication() || error.isPermission())
        return m_maxBackoffMs;
    double delay = double(m_intervalMs) * std::pow(2.0, qBound(0, failures, 30));
    delay = qMin(delay, double(m_maxBackoffMs));
    if (m_jitter > 0)
        delay *= 1.0 - m_jitter * QRandomGenerator::global()->generateDouble();
    return qMax(1, int(delay));
}

void Poller::restart()
{
    ++m_generation;
    m_state.generation = m_generation;
    // The old rows answer a different question now.
    m_delta->abort();
    m_set.invalidate();
    m_hasWatermark = false;
    m_baseProbe = {};
    m_haveStats = false;
    m_lastServerTotal = -1;
    m_state.stale = false;
    m_state.consecutiveFailures = 0;
    m_state.lastError = {};
    m_state.statsError = {};
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
    JobListRequest request;
    request.query.filter = m_filter.serverFilters();
    // Restarting drops a listing of an abandoned poll without a finished() signal.
    m_lister->start(request);

    m_stuck->start();
    startStats();
    if (!m_deltaEnabled)
        return;
    // The newest updated_at as the listing starts is where the next delta poll begins: a job
    // that changes while the pages arrive is stamped later (within the overlap) and found then.
    JobListRequest mark;
    mark.query.filter = request.query.filter;
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
    m_delta->start(m_filter.serverFilters(), &m_set, m_watermarkMs, m_hasWatermark, m_overlapMs, facetFreeFilters(),
                   facetsChosen() ? &m_baseProbe : nullptr);
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
    const bool wider = facetsChosen();
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
    if (m_polling && m_listDone && m_statsPending == 0 && !m_markReply && !m_stuck->isRunning()
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
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    // A delta that failed halfway may have merged rows the next poll then cannot tell apart
    // from unchanged ones: count everything again once it succeeds.
    m_haveStats = false;
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
    if (m_kind == PollKind::Full) {
        const ApiError error = m_lister->error();
        if (error.isError()) {
            m_statReplies.clear();
            fail(error);
            return;
        }
        std::vector<Job> jobs = m_lister->takeJobs();
        qint64 newest = JobTime::kNone;
        for (const Job &job : jobs)
            newest = qMax(newest, job.updatedAtMs);
        m_lastServerTotal = m_lister->serverTotal() >= 0 ? m_lister->serverTotal() : qint64(jobs.size());
        m_state.lastChanges = int(jobs.size());
        m_state.sweepRangesCounted = 0;
        m_state.sweepRangesListed = 0;
        m_set.reset(std::move(jobs), m_lister->maxJobs(), m_lister->truncated());
        // Without the mark (an empty list, or a server that sent no updated_at) the newest
        // stamp listed is the next best server time.
        m_hasWatermark = m_markOk || newest != JobTime::kNone;
        m_watermarkMs = m_markOk ? m_markMs : newest;
        m_baseProbe = {};
        m_fullRequested = false;
        m_sinceFull.start();
        m_state.lastFullRefresh = QDateTime::currentDateTime();
    }
    m_polling = false;
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
}

void Poller::schedule(int delayMs)
{
    if (m_paused) {
        m_state.nextPollAt = {};
        m_state.nextDelayMs = 0;
        setPhase(PollState::Phase::Paused);
        return;
    }
    m_state.nextDelayMs = delayMs;
    m_state.nextPollAt = QDateTime::currentDateTime().addMSecs(delayMs);
    m_timer.start(delayMs);
    setPhase(m_state.lastError.isError() ? PollState::Phase::Error : PollState::Phase::Idle);
}

void Poller::setPhase(PollState::Phase phase)
{
    m_state.phase = phase;
    emit stateChanged(m_state);
}
