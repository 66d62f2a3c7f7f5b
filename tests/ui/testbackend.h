// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiendpoint.h"
#include "api/job.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

class FakeHttpServer;
class FakeJobBackend;

// The server the dialog tests talk to: holds jobs, answers get and delete like the gateway,
// records every request, and can be told to refuse or fail deletes.
class TestBackend
{
public:
    TestBackend();
    ~TestBackend();

    bool start();
    ApiEndpoint endpoint() const;

    void upsert(const Job &job);
    void upsert(const std::vector<Job> &jobs);
    void remove(const QString &jobId);
    bool hasJob(const QString &jobId) const;
    int jobCount() const;

    // Every delete answers 403, as for a WORKSPACE_MEMBER token.
    void setDeletesForbidden(bool forbidden) { m_forbidden = forbidden; }
    // Deletes of this id answer with this HTTP status and an error body; 0 clears.
    void failDeletesOf(const QString &jobId, int httpStatus);
    // Every answer waits this long, so requests are seen in flight.
    void setDelayMs(int ms) { m_delayMs = ms; }

    // job_id of every delete request received, in arrival order.
    QStringList deleteRequestIds() const;
    int getRequestCount() const;
    int maxInFlight() const;
    void clearRequests();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<FakeJobBackend> m_backend;
    QHash<QString, int> m_failures;
    bool m_forbidden = false;
    int m_delayMs = 0;
};
