// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/job.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class JobApiClient;
class JobListReply;

// Collects every job the server holds for one or more queries, for a bulk action over more jobs
// than are loaded ("select every stuck job"). Rows carry only what such an action shows and
// summarises: id, status, workspace, trusted account and times. Pages are keyed by job id
// (each asks for ids after the last one seen), so jobs added or deleted meanwhile never shift
// a page and no job that matched throughout is missed or listed twice.
class JobSetCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSetCollector)

public:
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kDefaultMaxJobs = 100000;

    explicit JobSetCollector(JobApiClient *client, QObject *parent = nullptr);
    ~JobSetCollector() override;

    // The fields asked for unless set otherwise: what the delete dialog shows and summarises.
    static QStringList defaultFields();
    // job_id is always asked for.
    void setFields(const QStringList &fields);

    void setPageSize(int rows);
    // Stops there and reports the set as truncated; memory stays bounded whatever the server holds.
    void setMaxJobs(int jobs);
    int maxJobs() const { return m_maxJobs; }

    // Lists each query (its filters ANDed) in full, one after the other; a job matching several
    // is kept once.
    // `filterOr`, when given, is ORed within each query and ANDed with its conditions: a search
    // the server runs over several fields.
    void start(const QList<QList<QueryFilter>> &queries, const QList<QueryFilter> &filterOr = {});
    void abort();
    bool isRunning() const { return m_running; }

    // Newest first, as the table lists them.
    const QList<Job> &jobs() const { return m_jobs; }
    // What the server counted for the queries when their first pages were asked.
    qint64 serverTotal() const { return m_serverTotal; }
    // More matched than maxJobs().
    bool isTruncated() const { return m_truncated; }
    const ApiError &error() const { return m_error; }
    const RequestTraffic &traffic() const { return m_traffic; }

Q_SIGNALS:
    void progress(qint64 collected, qint64 total);
    // Once per start(), complete or failed; not after abort().
    void finished();

private:
    void requestPage();
    void onPage();
    void fail(const ApiError &error);
    void finish();

    QPointer<JobApiClient> m_client;
    ReplyGroup m_group;
    int m_pageSize = kDefaultPageSize;
    QStringList m_fields = defaultFields();
    int m_maxJobs = kDefaultMaxJobs;
    QList<QList<QueryFilter>> m_queries;
    QList<QueryFilter> m_filterOr;
    int m_query = 0;
    QString m_after; // the last id of the current query listed
    bool m_firstPage = true;
    bool m_running = false;
    QList<Job> m_jobs;
    QSet<QString> m_ids;
    qint64 m_serverTotal = 0;
    bool m_truncated = false;
    ApiError m_error;
    RequestTraffic m_traffic;
};
