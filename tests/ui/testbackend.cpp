// SPDX-License-Identifier: MIT
#include "testbackend.h"

#include "sandbox/sandboxserver.h"

TestBackend::TestBackend()
    : m_server(std::make_unique<sandbox::SandboxServer>())
{ }

TestBackend::~TestBackend()
{
    m_server->stop();
}

bool TestBackend::start()
{
    sandbox::SandboxOptions options;
    options.initialJobs = 0;
    options.simulate = false;
    return m_server->start(options);
}

ApiEndpoint TestBackend::endpoint() const
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = m_server->baseUrl();
    endpoint.token = m_server->tokenFor(m_role);
    endpoint.timeoutMs = 10000;
    return endpoint;
}

QString TestBackend::workspaceId() const
{
    return m_server->workspaceIds().value(0);
}

void TestBackend::upsert(const Job &job)
{
    QJsonObject json = job.toJson();
    json.insert(QStringLiteral("domain_id"), m_server->domainId());
    m_server->upsertJob(json);
}

void TestBackend::upsert(const std::vector<Job> &jobs)
{
    QList<QJsonObject> list;
    for (const Job &job : jobs) {
        QJsonObject json = job.toJson();
        json.insert(QStringLiteral("domain_id"), m_server->domainId());
        list.append(json);
    }
    m_server->insertJobs(list);
}

void TestBackend::remove(const QString &jobId)
{
    m_server->deleteJobDirect(jobId);
}

bool TestBackend::hasJob(const QString &jobId) const
{
    return m_server->job(jobId).has_value();
}

int TestBackend::jobCount() const
{
    return int(m_server->jobCount());
}

void TestBackend::setLatencyMs(int ms)
{
    sandbox::FaultOptions faults = m_server->faults();
    faults.latencyMs = ms;
    m_server->setFaults(faults);
}

void TestBackend::setErrorRate(double rate, quint32 seed)
{
    sandbox::FaultOptions faults = m_server->faults();
    faults.errorRate = rate;
    faults.seed = seed;
    m_server->setFaults(faults);
}

QStringList TestBackend::deleteRequestIds() const
{
    QStringList ids;
    for (const sandbox::RecordedRequest &r : m_server->requests()) {
        if (r.verb == QLatin1String("delete"))
            ids.append(r.body.toObject().value(QLatin1String("job_id")).toString());
    }
    return ids;
}

QStringList TestBackend::faultedDeleteIds() const
{
    QStringList ids;
    for (const sandbox::RecordedRequest &r : m_server->requests()) {
        if (r.verb == QLatin1String("delete") && r.fault.startsWith(QLatin1String("error")))
            ids.append(r.body.toObject().value(QLatin1String("job_id")).toString());
    }
    return ids;
}

int TestBackend::getRequestCount() const
{
    int n = 0;
    for (const sandbox::RecordedRequest &r : m_server->requests())
        n += r.verb == QLatin1String("get") ? 1 : 0;
    return n;
}

void TestBackend::clearRequests()
{
    m_server->clearRequests();
}
