// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiendpoint.h"
#include "api/job.h"
#include "sandbox/role.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace sandbox {
class SandboxServer;
}

// The server the dialog tests talk to: the embedded sandbox, empty and without simulation, so
// the jobs are exactly the ones a test puts there. Jobs are stored in the sandbox's domain
// whatever domain they name, so every token of the sandbox sees them.
class TestBackend
{
public:
    TestBackend();
    ~TestBackend();

    bool start();
    // A connection with a token of the current role (domain admin unless set).
    ApiEndpoint endpoint() const;
    void setRole(sandbox::Role role) { m_role = role; }
    // The workspace that workspace-role tokens belong to.
    QString workspaceId() const;

    void upsert(const Job &job);
    void upsert(const std::vector<Job> &jobs);
    void remove(const QString &jobId);
    bool hasJob(const QString &jobId) const;
    int jobCount() const;

    // Every answer waits this long, so requests are seen in flight.
    void setLatencyMs(int ms);
    // This share of requests (0..1) answers 500/503 without being processed.
    void setErrorRate(double rate, quint32 seed = 1);

    // job_id of every delete request received, in arrival order.
    QStringList deleteRequestIds() const;
    // Deletes that got a server error from fault injection.
    QStringList faultedDeleteIds() const;
    int getRequestCount() const;
    void clearRequests();

    sandbox::SandboxServer &server() { return *m_server; }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    sandbox::Role m_role = sandbox::Role::DomainAdmin;
};
