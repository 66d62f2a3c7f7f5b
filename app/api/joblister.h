// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "job.h"
#include "jobquery.h"
#include "requesttraffic.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <vector>

class JobApiClient;
class JobListReply;

// Lists every job matching a request, page by page, newest first. Stops at the server's
// total_count or at a cap, whichever comes first, so a domain with years of history cannot
// flood the client. One listing at a time; start() again to reuse the object.
class JobLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobLister)

public:
    static constexpr int kDefaultPageLimit = 1000;
    static constexpr int kDefaultMaxJobs = 10000;

    explicit JobLister(JobApiClient *client, QObject *parent = nullptr);
    ~JobLister() override;

    void setPageLimit(int limit);
    int pageLimit() const { return m_pageLimit; }
    void setMaxJobs(int maxJobs);
    int maxJobs() const { return m_maxJobs; }

    // Filters and top-level fields come from `request`; page is managed here. Without a sort
    // the order is created_at descending; job_id is always appended as the last key so rows
    // with equal timestamps keep their place across pages.
    void start(const JobListRequest &request);
    // Finishes the running listing with ApiError::Kind::Canceled.
    void cancel();
    // A listing that failed after loading some pages can go on from the page that failed,
    // keeping what it loaded (rows that moved between pages meanwhile are caught as drift).
    bool canResume() const;
    void resume();
    bool isRunning() const { return m_running; }

    // Results of the last listing, valid after finished().
    const std::vector<Job> &jobs() const { return m_jobs; }
    std::vector<Job> takeJobs();
    const ApiError &error() const { return m_error; }
    bool isOk() const { return !m_running && !m_error.isError(); }
    // total_count as the server last reported it; -1 when the server did not say.
    qint64 serverTotal() const { return m_serverTotal; }
    // The cap stopped the listing before the server ran out of matching jobs.
    bool truncated() const { return m_truncated; }
    // Jobs were created or deleted while paging: rows shifted between pages.
    bool driftDetected() const { return m_drift; }
    int duplicatesDropped() const { return m_duplicates; }
    int pagesFetched() const { return m_pages; }
    // Every page request of the last listing, failed ones included.
    const RequestTraffic &traffic() const { return m_traffic; }

    // The query actually sent for page `start` (1-based) with `limit` rows.
    static JobQuery pagedQuery(const JobQuery &query, int start, int limit);

Q_SIGNALS:
    // `total` is what this listing expects to load: the server's total, capped.
    void progress(qint64 loaded, qint64 total);
    void finished();

private:
    void requestPage();
    void onPage(JobListReply *reply);
    void finish(const ApiError &error);

    QPointer<JobApiClient> m_client;
    QPointer<JobListReply> m_reply;
    JobListRequest m_request;
    int m_pageLimit = kDefaultPageLimit;
    int m_maxJobs = kDefaultMaxJobs;

    std::vector<Job> m_jobs;
    QSet<QString> m_seen;
    ApiError m_error;
    RequestTraffic m_traffic;
    qint64 m_serverTotal = -1;
    qint64 m_rowsReceived = 0; // as the server counts positions, duplicates included
    int m_requestedLimit = 0;
    int m_duplicates = 0;
    int m_pages = 0;
    bool m_running = false;
    bool m_truncated = false;
    bool m_drift = false;
};
