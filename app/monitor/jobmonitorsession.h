// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiendpoint.h"
#include "api/apierror.h"
#include "api/jobquery.h"
#include "jobtransitiontracker.h"
#include "model/jobfilter.h"
#include "poll/jobstats.h"
#include "savedjobs.h"

#include <QObject>

#include <memory>
#include <vector>

class JobApiClient;
class JobFilterProxyModel;
class JobTableModel;
class NameDirectory;
class Poller;

// Everything one monitored connection needs, without widgets: the client, the poller, the
// table model and its filter proxy. The poller, the model and the transition tracker share one
// JobSet: a poll that changes k jobs changes k rows, in O(k log n), and nothing walks every job.
// The model is reset only when the connection changes.
class JobMonitorSession final : public QObject
{
    Q_OBJECT
public:
    explicit JobMonitorSession(QObject *parent = nullptr);
    ~JobMonitorSession() override;

    JobApiClient *client() const { return m_client; }
    Poller *poller() const { return m_poller; }
    JobTableModel *model() const { return m_model; }
    JobFilterProxyModel *proxy() const { return m_proxy; }
    // Names of the workspaces, trusted accounts and plugins of the jobs and the filter choices.
    NameDirectory *names() const { return m_names; }

    // Switches to another server: the one model reset, rows of two servers never mix.
    void setEndpoint(const ApiEndpoint &endpoint, const QString &connectionId);
    QString connectionId() const { return m_connectionId; }
    bool hasEndpoint() const { return m_endpoint.baseUrl.isValid(); }
    // The connection has no token: nothing is polled until one is set.
    bool needsToken() const;

    void setFilter(const JobFilter &filter);
    const JobFilter &filter() const { return m_filter; }

    const JobStats &stats() const { return m_stats; }
    // The server has counted this connection's jobs (stats() is not just empty).
    bool hasStats() const { return m_hasStats; }
    qint64 serverTotal() const { return m_serverTotal; }
    bool isTruncated() const { return m_truncated; }
    // Stuck jobs on the server for every filter but the status one (-1 until it answered), and
    // how many of those are loaded.
    qint64 stuckCount() const;
    int loadedStuckCount() const { return m_stuckCount; }
    // More jobs match than the window holds: sort and search go to the server, and the table
    // loads more as it is scrolled to its end (see Poller).
    bool isWindowed() const;
    // The jobs matching the filters, search aside; -1 before the first poll.
    qint64 baseTotal() const;
    bool searchesOnServer() const;
    bool isFetchingMore() const;
    bool hasData() const { return m_hasData; }
    // The last poll failed: what is shown is the last good data.
    bool isStale() const { return m_lastError.isError(); }
    const ApiError &lastError() const { return m_lastError; }

    // Rows to paint before the server has answered: the jobs `saved.connectionId` showed when the
    // app last closed, with the filter they were listed with (which must be the one set). Refused
    // once live data is shown or another connection is made. The first poll of that connection
    // replaces them row by row; connecting elsewhere drops them.
    bool showSavedJobs(const SavedJobs &saved);
    // What is shown are saved jobs, from savedJobsTime(), not yet this run's server's.
    bool isShowingSavedJobs() const { return m_savedAtMs > 0; }
    qint64 savedJobsTime() const { return m_savedAtMs; }
    // The jobs shown now (at most SavedJobs::kMaxJobs, in row order), the filter and the names,
    // to be shown at the next start; empty unless a poll of this run succeeded.
    SavedJobs jobsToSave() const;

    // Rows the user deleted leave the table at once.
    void removeJobs(const QStringList &ids);
    // The list queries whose jobs are the server's stuck ones, as the stuck count counts them.
    QList<QList<QueryFilter>> stuckJobQueries() const;
    // The list queries whose jobs are every job the filters (and a search on the server) match
    // on the server; empty while free text is matched here, on the loaded rows only.
    QList<QList<QueryFilter>> matchingJobQueries() const;
    // The search the server matches beside those queries (their filter_or); empty when the
    // search is not the server's.
    QList<QueryFilter> matchingJobSearch() const;
    // How many jobs the filters (and a search on the server) match on the server; -1 when no
    // count says (free text matched here, or "stuck" together with statuses or a search).
    qint64 matchingTotal() const;

Q_SIGNALS:
    void snapshotApplied(); // rows, totals and stuck count changed
    void statsChanged();
    void stuckCountChanged();
    // Jobs this client deleted (loaded or not).
    void jobsRemoved(const QStringList &ids);
    void errorChanged(const ApiError &error); // Kind::None when recovered
    void transitionsDetected(const JobTransitionTracker::Transitions &transitions);
    // The mode, or the loading of a page after the window, changed.
    void windowChanged();
    void fetchMoreFailed(const ApiError &error);

private:
    void setLastError(const ApiError &error);
    void dropSavedJobs();
    void onJobsUpdated(qint64 serverTotal, bool truncated);
    void onSortChanged(int column, Qt::SortOrder order);
    void onWindowedChanged(bool windowed);
    // The table shows a window in the server's order exactly when it is one.
    void applyServerOrder();
    // A search on the server also finds the jobs whose workspace, account or plugin names match.
    QList<QueryFilter> namedIdConditions(const QString &text) const;
    void requestFacetNames();

    JobApiClient *m_client;
    Poller *m_poller;
    JobTableModel *m_model;
    JobFilterProxyModel *m_proxy;
    NameDirectory *m_names;
    ApiEndpoint m_endpoint;
    QString m_connectionId;
    JobFilter m_filter;
    JobStats m_stats;
    ApiError m_lastError;
    std::unique_ptr<JobTransitionTracker> m_tracker;
    qint64 m_serverTotal = 0;
    bool m_truncated = false;
    int m_stuckCount = 0;
    bool m_hasData = false;
    qint64 m_lastGoodPollMs = 0; // desktop clock, when a poll last succeeded
    qint64 m_savedAtMs = 0; // shown jobs are saved ones from then; 0: none
    QString m_savedConnectionId;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_hasStats = false;
    quint64 m_totalGeneration = 0; // the poller's generation m_serverTotal answers
};
