// SPDX-License-Identifier: MIT
#include "jobmonitorsession.h"

#include "api/jobapiclient.h"
#include "model/jobdiffbuilder.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "poll/poller.h"
#include "poll/stuckcounter.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

struct JobMonitorSession::Prepared
{
    JobModelDiff diff;
    JobTransitionTracker::Transitions transitions;
    std::shared_ptr<const std::vector<Job>> jobs;
    qint64 serverTotal = 0;
    bool truncated = false;
    int stuckCount = 0;
    quint64 epoch = 0;
};

JobMonitorSession::JobMonitorSession(QObject *parent)
    : QObject(parent)
    , m_client(new JobApiClient(this))
    , m_poller(new Poller(m_client, this))
    , m_model(new JobTableModel(this))
    , m_proxy(new JobFilterProxyModel(this))
    , m_tracker(std::make_shared<JobTransitionTracker>())
{
    m_proxy->setSourceModel(m_model);
    m_model->setLiveUpdateInterval(1000);
    connect(m_poller, &Poller::snapshotReady, this, &JobMonitorSession::onSnapshot);
    connect(m_poller, &Poller::statsReady, this, [this](const JobStats &stats) {
        m_stats = stats;
        Q_EMIT statsChanged();
    });
    connect(m_poller->stuckCounter(), &StuckCounter::countChanged, this, &JobMonitorSession::stuckCountChanged);
    connect(m_poller, &Poller::errorOccurred, this, [this](const ApiError &error) {
        m_lastError = error;
        Q_EMIT errorChanged(error);
    });
}

JobMonitorSession::~JobMonitorSession() = default;

void JobMonitorSession::setEndpoint(const ApiEndpoint &endpoint, const QString &connectionId)
{
    ++m_epoch;
    m_endpoint = endpoint;
    m_connectionId = connectionId;
    m_pending.reset();
    m_tracker = std::make_shared<JobTransitionTracker>(m_filter.stuckThresholdMs);
    m_model->resetForNewConnection();
    m_stats = {};
    m_serverTotal = 0;
    m_truncated = false;
    m_stuckCount = 0;
    m_hasData = false;
    m_lastError = {};
    Q_EMIT errorChanged(m_lastError);
    Q_EMIT statsChanged();
    Q_EMIT snapshotApplied();
    m_client->setEndpoint(endpoint);
    m_poller->refreshNow();
}

void JobMonitorSession::setFilter(const JobFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool serverPartChanged = filter.serverFilters() != m_filter.serverFilters();
    m_filter = filter;
    m_model->setStuckThresholdMs(filter.stuckThresholdMs);
    // The proxy narrows what is loaded at once; the poller then fetches exactly the new set.
    m_proxy->setFilter(filter);
    if (serverPartChanged) {
        // Jobs that enter the view because the filter widened are not news.
        ++m_epoch;
        m_pending.reset();
        m_tracker = std::make_shared<JobTransitionTracker>(filter.stuckThresholdMs);
        m_poller->setFilter(filter);
    }
}

void JobMonitorSession::removeJobs(const QStringList &ids)
{
    m_model->removeJobs(ids);
    m_poller->forgetJobs(ids);
    Q_EMIT jobsRemoved(ids);
    Q_EMIT snapshotApplied();
}

qint64 JobMonitorSession::stuckCount() const
{
    return m_poller->stuckCounter()->count();
}

QList<QList<QueryFilter>> JobMonitorSession::stuckJobQueries() const
{
    return StuckCounter::stuckQueries(m_filter);
}

void JobMonitorSession::onSnapshot(std::shared_ptr<const std::vector<Job>> jobs, qint64 serverTotal, bool truncated)
{
    m_pending = std::move(jobs);
    m_pendingTotal = serverTotal;
    m_pendingTruncated = truncated;
    m_lastError = {};
    Q_EMIT errorChanged(m_lastError);
    if (!m_preparing)
        startPreparing();
}

void JobMonitorSession::startPreparing()
{
    if (!m_pending)
        return;
    m_preparing = true;
    auto jobs = std::move(m_pending);
    m_pending.reset();
    const JobModelSnapshot base = m_model->snapshot();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 total = m_pendingTotal;
    const bool truncated = m_pendingTruncated;
    const quint64 epoch = m_epoch;
    const qint64 threshold = m_filter.stuckThresholdMs;
    auto tracker = m_tracker;

    auto *watcher = new QFutureWatcher<std::shared_ptr<Prepared>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Prepared>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_preparing = false;
        applyPrepared(watcher->result());
        startPreparing();
    });
    watcher->setFuture(QtConcurrent::run([jobs, base, nowMs, total, truncated, epoch, threshold, tracker] {
        auto p = std::make_shared<Prepared>();
        p->jobs = jobs;
        p->serverTotal = total;
        p->truncated = truncated;
        p->epoch = epoch;
        p->transitions = tracker->update(*jobs, nowMs);
        for (const Job &job : *jobs)
            p->stuckCount += JobFilter::isStuck(job, nowMs, threshold) ? 1 : 0;
        p->diff = JobDiffBuilder::build(base, *jobs);
        return p;
    }));
}

void JobMonitorSession::applyPrepared(const std::shared_ptr<Prepared> &prepared)
{
    if (!prepared || prepared->epoch != m_epoch)
        return; // prepared for another connection or filter
    // The tracker has already moved on with this snapshot, so report its news even if the
    // diff has to be prepared again.
    if (!prepared->transitions.isEmpty())
        Q_EMIT transitionsDetected(prepared->transitions);
    prepared->transitions = {};
    auto result = m_model->applyDiff(std::move(prepared->diff));
    if (result == JobTableModel::ApplyResult::Rejected) {
        // The rows changed under the worker (a local delete); build again from the same data.
        if (!m_pending) {
            m_pending = prepared->jobs;
            m_pendingTotal = prepared->serverTotal;
            m_pendingTruncated = prepared->truncated;
        }
        return;
    }
    m_serverTotal = prepared->serverTotal;
    m_truncated = prepared->truncated;
    m_stuckCount = prepared->stuckCount;
    m_hasData = true;
    Q_EMIT snapshotApplied();
}
