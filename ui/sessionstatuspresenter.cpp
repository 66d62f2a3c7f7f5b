// SPDX-License-Identifier: MIT
#include "sessionstatuspresenter.h"

#include "api/apierror.h"
#include "emptystateoverlay.h"
#include "errorbanner.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "pollstatusbar.h"

#include <QDateTime>
#include <QLocale>

SessionStatusPresenter::SessionStatusPresenter(JobMonitorSession *session, const QAbstractItemModel *shown,
                                               PollStatusBar *statusBar, ErrorBanner *banner,
                                               EmptyStateOverlay *emptyState)
    : m_session(session)
    , m_shown(shown)
    , m_statusBar(statusBar)
    , m_banner(banner)
    , m_emptyState(emptyState)
{ }

void SessionStatusPresenter::showPollState()
{
    const bool saved = m_session->isShowingSavedJobs();
    if (saved) {
        PollStatusBar::RowCounts counts;
        counts.shown = m_shown->rowCount();
        counts.loaded = m_session->model()->rowCount();
        counts.saved = true;
        m_statusBar->setCounts(counts);
    } else if (m_session->hasData()) {
        PollStatusBar::RowCounts counts;
        counts.shown = m_shown->rowCount();
        counts.loaded = m_session->model()->rowCount();
        counts.matching = m_session->serverTotal();
        counts.total = m_session->baseTotal();
        counts.windowed = m_session->isWindowed();
        counts.searchOnServer = m_session->searchesOnServer();
        counts.fetchingMore = m_session->isFetchingMore();
        counts.windowSize = m_session->poller()->windowSize();
        counts.pageSize = m_session->poller()->pageLimit();
        m_statusBar->setCounts(counts);
    } else {
        m_statusBar->clearCounts();
    }
    PollStatusBar::State state = PollStatusBar::State::Connecting;
    if (!m_session->hasEndpoint())
        // A held connection (the built-in sandbox starting) is on its way, not absent.
        state = m_pendingConnection.isEmpty() ? PollStatusBar::State::NotConnected : PollStatusBar::State::Connecting;
    else if (m_session->needsToken())
        state = PollStatusBar::State::NoToken;
    else if (m_session->poller()->isPaused())
        state = PollStatusBar::State::Paused;
    else if (m_session->isStale())
        state = PollStatusBar::State::Error;
    else if (m_session->hasData())
        state = PollStatusBar::State::Connected;
    m_statusBar->setSavedAt(saved ? m_session->savedJobsTime() : 0);
    m_statusBar->setConnection(m_simulated ? tr("%1 (simulated jobs)").arg(m_connectionName) : m_connectionName, state);
    if (m_session->hasData() && !m_session->isStale())
        m_statusBar->setLastUpdate(QDateTime::currentMSecsSinceEpoch());
    else if (!m_session->hasData())
        m_statusBar->setLastUpdate(0);
    m_statusBar->setStale(m_session->isStale() && m_session->hasData());
    m_statusBar->setLastPoll(m_session->hasData() ? m_session->poller()->state() : PollState(),
                             m_session->poller()->fullRefreshInterval());
}

void SessionStatusPresenter::showError(const ApiError &error)
{
    if (!error.isError()) {
        m_banner->hide();
        m_statusBar->setNextRetry(0);
        return;
    }
    QString advice;
    QString action;
    if (error.isAuthentication()) {
        // The server's own 401 and an expired token already say to get a new token.
        if (error.fromIntermediary)
            advice = tr("The token expired or is invalid. Enter a new token or API key for this connection.");
        action = tr("Open Connections…");
    } else if (error.isPermission()) {
        advice = tr("Your role may not list jobs here. Ask a domain admin or workspace owner for access.");
    } else if (error.isUnknownPath()) {
        advice = tr("The server has no Job API at this path. Check the URL and the path style of the connection.");
        action = tr("Open Connections…");
    } else {
        action = tr("Retry Now");
    }
    const QDateTime nextPoll = m_session->poller()->state().nextPollAt;
    const qint64 retryAt = nextPoll.isValid() ? nextPoll.toMSecsSinceEpoch() : 0;
    m_statusBar->setNextRetry(retryAt);
    QString text = error.humanMessage();
    if (!advice.isEmpty())
        text = advice + QLatin1Char(' ') + text;
    if (error.attempts > 1)
        text += QLatin1Char(' ') + tr("(Tried %n times.)", nullptr, error.attempts);
    if (m_session->hasData())
        text += QLatin1Char(' ') + tr("The table shows the last good data.");
    else if (m_session->isShowingSavedJobs())
        text += QLatin1Char(' ') + tr("The table shows the jobs saved when the app last closed.");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (retryAt > now)
        text += QLatin1Char(' ') + tr("Retrying in %n s.", nullptr, int((retryAt - now + 999) / 1000));
    m_banner->showMessage(text, error.isTransient() ? ErrorBanner::Severity::Warning : ErrorBanner::Severity::Error);
    m_banner->setActionText(action);
}

void SessionStatusPresenter::showEmptyState()
{
    if (m_shown->rowCount() > 0) {
        m_emptyState->hide();
        return;
    }
    const ApiError &error = m_session->lastError();
    if (!m_session->hasEndpoint() && !m_pendingConnection.isEmpty()) {
        m_emptyState->showState(m_pendingConnection, tr("The jobs appear as soon as it answers."));
    } else if (!m_session->hasEndpoint()) {
        m_emptyState->showState(tr("Not connected"), tr("Choose or add a SpaceONE connection to see its jobs."),
                                tr("Open Connections…"));
    } else if (m_session->needsToken()) {
        m_emptyState->showState(
            tr("A token is needed"),
            m_missingTokenReason.isEmpty()
                ? tr("No token is saved for %1. Add a token or API key in Connections.").arg(m_connectionName)
                : m_missingTokenReason,
            tr("Open Connections…"));
    } else if (!m_session->hasData()) {
        if (m_session->isStale())
            m_emptyState->showState(error.title(), error.humanMessage(),
                                    error.isAuthentication() || error.isUnknownPath() ? tr("Open Connections…")
                                                                                      : tr("Retry Now"));
        else
            m_emptyState->showState(tr("Loading jobs…"), tr("Fetching the job list from %1.").arg(m_connectionName));
    } else if (m_session->searchesOnServer()) {
        m_emptyState->showState(tr("No job matches \"%1\"").arg(m_session->filter().text),
                                tr("The server searched the job id, trusted account, plugin and error message of all "
                                   "%1 jobs that match the filters.")
                                    .arg(QLocale().toString(m_session->baseTotal())),
                                tr("Clear All Filters"));
    } else if (!m_session->filter().isEmpty()) {
        m_emptyState->showState(
            tr("No jobs match these filters"),
            tr("%n job(s) are loaded, but none match the current filters.", nullptr, m_session->model()->rowCount()),
            tr("Clear All Filters"));
    } else {
        m_emptyState->showState(tr("No jobs yet"),
                                tr("This connection has no collection jobs. New jobs appear here as collectors run."));
    }
}

QString SessionStatusPresenter::deleteBlockedReason(const QString &own) const
{
    if (!own.isEmpty() || !m_session->isShowingSavedJobs())
        return own;
    return tr("These are the jobs saved when the app last closed. Delete once the server has listed them.");
}

SessionStatusPresenter::Remedy SessionStatusPresenter::bannerRemedy() const
{
    const ApiError &error = m_session->lastError();
    return error.isAuthentication() || error.isUnknownPath() ? Remedy::OpenConnections : Remedy::Retry;
}

SessionStatusPresenter::Remedy SessionStatusPresenter::emptyStateRemedy() const
{
    const ApiError &error = m_session->lastError();
    if (m_session->hasEndpoint() && !m_session->hasData() && m_session->isStale() && !error.isAuthentication()
        && !error.isUnknownPath())
        return Remedy::Retry;
    if (!m_session->hasEndpoint() || m_session->needsToken() || !m_session->hasData() || m_session->filter().isEmpty())
        return Remedy::OpenConnections;
    return Remedy::ClearFilters;
}
