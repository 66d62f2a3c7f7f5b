// SPDX-License-Identifier: MIT
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/jobstatreply.h"

#include <QRandomGenerator>

#include <utility>

#include <cmath>

namespace {
const QString kStatus = QStringLiteral("status");
const QString kWorkspace = QStringLiteral("workspace_id");
const QString kTrustedAccount = QStringLiteral("trusted_account_id");
const QString kPlugin = QStringLiteral("plugin_id");
} // namespace

Poller::Poller(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lister(new JobLister(client, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Poller::poll);
    connect(m_lister, &JobLister::finished, this, &Poller::onListFinished);
    connect(m_lister, &JobLister::progress, this, &Poller::progress);
    if (client)
        connect(client, &JobApiClient::endpointChanged, this, &Poller::restart);
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
    m_lister->setMaxJobs(maxJobs);
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
    if (!sameServerQuery)
        restart();
}

void Poller::start()
{
    if (m_started)
        return;
    m_started = true;
    poll();
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
    m_snapshot.reset();
    m_state.stale = false;
    m_state.consecutiveFailures = 0;
    m_state.lastError = {};
    m_state.statsError = {};
    if (m_started)
        poll();
}

void Poller::abortStats()
{
    const QList<QPointer<JobApiReply>> replies = std::exchange(m_statReplies, {});
    for (const QPointer<JobApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void Poller::poll()
{
    if (!m_client)
        return;
    m_timer.stop();
    ++m_pollSeq;
    abortStats();
    m_polling = true;
    m_listDone = false;
    m_statsPending = 0;
    m_stats = {};
    m_statsError = {};

    JobListRequest request;
    request.query.filter = m_filter.serverFilters();
    // Restarting drops a listing of an abandoned poll without a finished() signal.
    m_lister->start(request);

    // Each facet is counted with every filter but its own, so choosing a workspace still shows
    // the other workspaces as choices.
    JobFilter anyStatus = m_filter;
    anyStatus.statuses.clear();
    anyStatus.stuckOnly = false;
    JobFilter anyWorkspace = m_filter;
    anyWorkspace.workspaceId.clear();
    JobFilter anyTrustedAccount = m_filter;
    anyTrustedAccount.trustedAccountId.clear();
    JobFilter anyPlugin = m_filter;
    anyPlugin.pluginId.clear();
    requestStat(kStatus, anyStatus, m_pollSeq);
    requestStat(kWorkspace, anyWorkspace, m_pollSeq);
    requestStat(kTrustedAccount, anyTrustedAccount, m_pollSeq);
    requestStat(kPlugin, anyPlugin, m_pollSeq);

    m_state.nextPollAt = {};
    m_state.nextDelayMs = 0;
    setPhase(PollState::Phase::Polling);
}

void Poller::requestStat(const QString &field, const JobFilter &facetFilter, quint64 seq)
{
    JobStatReply *reply = m_client->stat(JobStatQuery::countBy({ field }, facetFilter.serverFilters()));
    m_statReplies.append(reply);
    ++m_statsPending;
    connect(reply, &JobApiReply::finished, this, [this, reply, field, seq] {
        if (seq != m_pollSeq)
            return;
        --m_statsPending;
        if (reply->isOk()) {
            const QHash<QString, qint64> counts = reply->result().countsBy(field);
            if (field == kStatus)
                m_stats.statusCounts = counts;
            else if (field == kWorkspace)
                m_stats.workspaces = JobStats::sortedCounts(counts);
            else if (field == kTrustedAccount)
                m_stats.trustedAccounts = JobStats::sortedCounts(counts);
            else
                m_stats.plugins = JobStats::sortedCounts(counts);
        } else if (!m_statsError.isError()) {
            m_statsError = reply->error();
        }
        maybeComplete();
    });
}

void Poller::onListFinished()
{
    if (!m_polling)
        return;
    m_listDone = true;
    maybeComplete();
}

void Poller::maybeComplete()
{
    if (m_polling && m_listDone && m_statsPending == 0)
        complete();
}

void Poller::complete()
{
    m_polling = false;
    m_statReplies.clear();
    const ApiError error = m_lister->error();
    if (!error.isError()) {
        const qint64 serverTotal = m_lister->serverTotal();
        const bool truncated = m_lister->truncated();
        auto jobs = std::make_shared<const std::vector<Job>>(m_lister->takeJobs());
        m_snapshot = jobs;
        m_state.lastSuccess = QDateTime::currentDateTime();
        m_state.consecutiveFailures = 0;
        m_state.lastError = {};
        m_state.statsError = m_statsError;
        m_state.stale = false;
        emit snapshotReady(jobs, serverTotal >= 0 ? serverTotal : qint64(jobs->size()), truncated, m_generation);
        if (!m_statsError.isError()) {
            m_stats.total = 0;
            for (qint64 n : std::as_const(m_stats.statusCounts))
                m_stats.total += n;
            m_stats.generation = m_generation;
            emit statsReady(m_stats);
        }
        schedule(m_intervalMs);
    } else if (error.kind == ApiError::Kind::Canceled) {
        // Someone canceled every request of the client (sign-out, shutdown): not the server's
        // fault, so no backoff.
        schedule(m_intervalMs);
    } else {
        ++m_state.consecutiveFailures;
        m_state.lastError = error;
        m_state.stale = m_snapshot != nullptr;
        emit errorOccurred(error);
        schedule(retryDelay(m_state.consecutiveFailures, error));
    }
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
