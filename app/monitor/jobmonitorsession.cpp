// SPDX-License-Identifier: MIT
#include "jobmonitorsession.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "poll/poller.h"
#include "poll/stuckcounter.h"

#include <QDateTime>
#include <QJsonArray>

JobMonitorSession::JobMonitorSession(QObject *parent)
    : QObject(parent)
    , m_client(new JobApiClient(this))
    , m_poller(new Poller(m_client, this))
    , m_model(new JobTableModel(this))
    , m_proxy(new JobFilterProxyModel(this))
    , m_names(new NameDirectory(m_client, this))
    , m_tracker(std::make_unique<JobTransitionTracker>(m_model->jobSet()))
{
    m_poller->setJobSet(m_model->jobSet());
    m_proxy->setSourceModel(m_model);
    m_model->setNameDirectory(m_names);
    m_model->setLiveUpdateInterval(1000);
    m_poller->setSearchExpansion([this](const QString &text) { return namedIdConditions(text); });
    connect(m_names, &NameDirectory::namesChanged, m_poller, &Poller::refreshSearch);
    connect(m_poller, &Poller::jobsUpdated, this, [this](qint64 total, bool truncated, quint64 generation) {
        m_totalGeneration = generation;
        onJobsUpdated(total, truncated);
    });
    connect(m_poller, &Poller::statsReady, this, [this](const JobStats &stats) {
        m_stats = stats;
        m_hasStats = true;
        requestFacetNames();
        Q_EMIT statsChanged();
    });
    connect(m_poller->stuckCounter(), &StuckCounter::countChanged, this, &JobMonitorSession::stuckCountChanged);
    connect(m_poller, &Poller::errorOccurred, this, &JobMonitorSession::setLastError);
    connect(m_proxy, &JobFilterProxyModel::sortChanged, this, &JobMonitorSession::onSortChanged);
    connect(m_poller, &Poller::windowedChanged, this, &JobMonitorSession::onWindowedChanged);
    connect(m_poller, &Poller::fetchingMoreChanged, this, [this] {
        m_model->setMoreOnServer(m_poller->canFetchMore());
        Q_EMIT windowChanged();
    });
    connect(m_poller, &Poller::fetchMoreFailed, this, &JobMonitorSession::fetchMoreFailed);
    connect(m_model, &JobTableModel::moreRequested, m_poller, &Poller::fetchMore);
}

JobMonitorSession::~JobMonitorSession() = default;

void JobMonitorSession::setEndpoint(const ApiEndpoint &endpoint, const QString &connectionId)
{
    // Saved rows of this very connection stay until its first poll replaces them row by row.
    const bool keepSaved = isShowingSavedJobs() && connectionId == m_savedConnectionId;
    m_endpoint = endpoint;
    m_connectionId = connectionId;
    if (!keepSaved) {
        dropSavedJobs();
        m_model->resetForNewConnection();
    }
    // Also when saved rows stay: what changed while the app was closed is not news.
    m_tracker->reset();
    m_stats = {};
    m_hasStats = false;
    m_serverTotal = 0;
    m_truncated = false;
    m_stuckCount = 0;
    m_hasData = false;
    m_lastError = {};
    // A server always wants a token: without one nothing is sent (the answer would only be a
    // 401 that says less than "no token"); the window asks for one instead.
    if (needsToken())
        m_poller->stop();
    Q_EMIT errorChanged(m_lastError);
    Q_EMIT statsChanged();
    Q_EMIT snapshotApplied();
    m_client->setEndpoint(endpoint); // a started poller polls the new server at once
    if (keepSaved)
        m_model->requestNamesAgain(); // the directory forgot what was asked before the endpoint
    if (!needsToken() && !m_poller->isPolling())
        m_poller->refreshNow();
}

bool JobMonitorSession::showSavedJobs(const SavedJobs &saved)
{
    if (m_hasData || saved.isEmpty() || saved.connectionId.isEmpty() || saved.savedAtMs <= 0
        || (hasEndpoint() && saved.connectionId != m_connectionId) || JobFilter::fromJson(saved.filter) != m_filter)
        return false;
    const size_t count = std::min(saved.jobs.size(), size_t(SavedJobs::kMaxJobs));
    m_model->jobSet()->replaceAll(std::vector<Job>(saved.jobs.begin(), saved.jobs.begin() + qsizetype(count)));
    m_names->remember(NameDirectory::Kind::Workspace, saved.workspaceNames);
    m_names->remember(NameDirectory::Kind::TrustedAccount, saved.trustedAccountNames);
    m_names->remember(NameDirectory::Kind::Plugin, saved.pluginNames);
    m_savedAtMs = saved.savedAtMs;
    m_savedConnectionId = saved.connectionId;
    Q_EMIT snapshotApplied();
    return true;
}

void JobMonitorSession::dropSavedJobs()
{
    m_savedAtMs = 0;
    m_savedConnectionId.clear();
    m_names->forgetRemembered();
}

SavedJobs JobMonitorSession::jobsToSave() const
{
    SavedJobs saved;
    if (!m_hasData || m_connectionId.isEmpty())
        return saved;
    saved.connectionId = m_connectionId;
    saved.filter = m_filter.toJson();
    saved.savedAtMs = m_lastGoodPollMs;
    const JobSet &set = *m_model->jobSet();
    const int count = std::min(set.size(), SavedJobs::kMaxJobs);
    saved.jobs.reserve(size_t(count));
    auto keepName = [this](NameDirectory::Kind kind, const QString &id, QHash<QString, SavedJobs::Name> *names) {
        if (id.isEmpty() || names->contains(id))
            return;
        const NameDirectory::Name entry = m_names->entry(kind, id);
        if (!entry.name.isEmpty())
            names->insert(id, { entry.name, kind == NameDirectory::Kind::TrustedAccount ? entry.provider : QString() });
    };
    for (int row = 0; row < count; ++row) {
        Job job = set.job(set.slotAt(row));
        keepName(NameDirectory::Kind::Workspace, job.workspaceId, &saved.workspaceNames);
        keepName(NameDirectory::Kind::TrustedAccount, job.trustedAccountId, &saved.trustedAccountNames);
        keepName(NameDirectory::Kind::Plugin, job.pluginId, &saved.pluginNames);
        saved.jobs.push_back(std::move(job));
    }
    return saved;
}

bool JobMonitorSession::needsToken() const
{
    return hasEndpoint() && m_endpoint.token.trimmed().isEmpty();
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
    m_tracker->setStuckThresholdMs(filter.stuckThresholdMs);
    // Jobs that enter the view because the filter widened are not news.
    if (serverPartChanged)
        m_tracker->reset();
    // Always: the server's stuck count follows the threshold too, a window searches on the server,
    // and the poller itself tells which changes ask the server something new.
    m_poller->setFilter(filter);
}

bool JobMonitorSession::isWindowed() const
{
    return m_poller->isWindowed();
}

qint64 JobMonitorSession::baseTotal() const
{
    return m_poller->baseTotal();
}

bool JobMonitorSession::searchesOnServer() const
{
    return m_poller->searchesOnServer();
}

bool JobMonitorSession::isFetchingMore() const
{
    return m_poller->isFetchingMore();
}

void JobMonitorSession::onSortChanged(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    // A column the server cannot sort by is sorted here, within a window of the default order.
    m_poller->setListOrder(JobTableModel::serverOrderFor(column, order).value_or(JobOrder()));
    applyServerOrder();
}

void JobMonitorSession::onWindowedChanged(bool windowed)
{
    m_model->setWindowed(windowed);
    applyServerOrder();
    m_model->setMoreOnServer(m_poller->canFetchMore());
    Q_EMIT windowChanged();
}

void JobMonitorSession::applyServerOrder()
{
    m_proxy->setServerOrder(m_poller->isWindowed() ? JobTableModel::serverOrderFor(m_sortColumn, m_sortOrder)
                                                   : std::nullopt);
}

void JobMonitorSession::removeJobs(const QStringList &ids)
{
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

QList<QList<QueryFilter>> JobMonitorSession::matchingJobQueries() const
{
    if (!m_filter.text.isEmpty() && !searchesOnServer())
        return {};
    if (!m_filter.stuckOnly)
        return { m_filter.serverFilters() };
    // The listing narrows "stuck" to the active statuses; the stuck conditions narrow it further.
    const QList<QueryFilter> listed = m_filter.serverFilters();
    return { StuckCounter::stuckFilters(listed, m_filter.stuckThresholdMs, false),
             StuckCounter::stuckFilters(listed, m_filter.stuckThresholdMs, true) };
}

QList<QueryFilter> JobMonitorSession::namedIdConditions(const QString &text) const
{
    static const std::pair<NameDirectory::Kind, const char *> kFields[] = {
        { NameDirectory::Kind::Workspace, "workspace_id" },
        { NameDirectory::Kind::TrustedAccount, "trusted_account_id" },
        { NameDirectory::Kind::Plugin, "plugin_id" },
    };
    QList<QueryFilter> conditions;
    for (const auto &[kind, field] : kFields) {
        const QStringList ids = m_model->names().idsNamed(kind, text);
        if (!ids.isEmpty())
            conditions.append({ QString::fromLatin1(field), QStringLiteral("in"), QJsonArray::fromStringList(ids) });
    }
    return conditions;
}

void JobMonitorSession::requestFacetNames()
{
    // The choices offer ids no loaded job may have; a search by name should find them too.
    const auto idsOf = [](const QList<JobStats::ValueCount> &counts) {
        QStringList ids;
        ids.reserve(counts.size());
        for (const JobStats::ValueCount &count : counts)
            ids.append(count.value);
        return ids;
    };
    m_names->request(NameDirectory::Kind::Workspace, idsOf(m_stats.workspaces));
    m_names->request(NameDirectory::Kind::TrustedAccount, idsOf(m_stats.trustedAccounts));
    m_names->request(NameDirectory::Kind::Plugin, idsOf(m_stats.plugins));
}

QList<QueryFilter> JobMonitorSession::matchingJobSearch() const
{
    return searchesOnServer() ? m_poller->scope().filterOr : QList<QueryFilter>{};
}

qint64 JobMonitorSession::matchingTotal() const
{
    // Until the poller answered for these filters, the totals are the old filters'. Free text
    // matched here, on the loaded rows, has no count on the server.
    const bool searching = !m_filter.text.isEmpty();
    if ((searching && !searchesOnServer()) || !m_hasData || m_totalGeneration != m_poller->generation())
        return -1;
    if (!m_filter.stuckOnly)
        return m_serverTotal;
    // The Stuck count is the server's for the filters alone: it knows no search.
    return m_filter.statuses.isEmpty() && !searching ? stuckCount() : -1;
}

// Every good poll says "no error" again; only a change is news for the window.
void JobMonitorSession::setLastError(const ApiError &error)
{
    if (!error.isError() && !m_lastError.isError())
        return;
    m_lastError = error;
    Q_EMIT errorChanged(m_lastError);
}

void JobMonitorSession::onJobsUpdated(qint64 serverTotal, bool truncated)
{
    setLastError({});
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const JobTransitionTracker::Transitions transitions = m_tracker->take(nowMs);
    if (!transitions.isEmpty())
        Q_EMIT transitionsDetected(transitions);
    m_serverTotal = serverTotal;
    m_truncated = truncated;
    m_model->setMoreOnServer(m_poller->canFetchMore());
    m_stuckCount = m_tracker->stuckCount(nowMs);
    m_hasData = true;
    m_lastGoodPollMs = nowMs;
    m_savedAtMs = 0; // the rows are this server's now
    m_savedConnectionId.clear();
    Q_EMIT snapshotApplied();
}
