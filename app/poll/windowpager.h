// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/job.h"
#include "api/joborder.h"
#include "api/jobquery.h"
#include "api/requesttraffic.h"

#include <QObject>
#include <QPointer>

#include <vector>

class JobApiClient;
class JobListReply;

// Lists the page that follows a window's last row in the window's order: "load more" when the
// table is scrolled to its end. The page is found from the edge's own keys, not from an offset,
// so jobs created or deleted since the window was listed can neither repeat a row nor skip one:
// the parts of JobOrder::after() are listed in turn until the page is full.
class WindowPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowPager)

public:
    explicit WindowPager(JobApiClient *client, QObject *parent = nullptr);
    ~WindowPager() override;

    void start(const JobScope &scope, const JobOrder &order, const Job &edge, int limit);
    // Drops the page in flight without finished().
    void abort();
    bool isRunning() const { return m_running; }

    // Valid after finished(): the rows in listing order.
    std::vector<Job> takeJobs() { return std::move(m_jobs); }
    const ApiError &error() const { return m_error; }
    // The server listed nothing more after these rows.
    bool isExhausted() const { return m_exhausted; }
    const RequestTraffic &traffic() const { return m_traffic; }
    // The request for one part, `limit` rows from its start.
    static JobListRequest partRequest(const JobScope &scope, const JobOrder &order, const QList<QueryFilter> &part,
                                      int limit);

Q_SIGNALS:
    void finished();

private:
    void requestPart();
    void onReply(JobListReply *reply);
    void finish(const ApiError &error);

    QPointer<JobApiClient> m_client;
    QPointer<JobListReply> m_reply;
    JobScope m_scope;
    JobOrder m_order;
    QList<QList<QueryFilter>> m_parts;
    int m_part = 0;
    int m_limit = 0;
    int m_asked = 0;
    std::vector<Job> m_jobs;
    ApiError m_error;
    RequestTraffic m_traffic;
    bool m_exhausted = false;
    bool m_running = false;
};
