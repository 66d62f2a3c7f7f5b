// SPDX-License-Identifier: MIT
#include "testbackend.h"

#include "fakehttpserver.h"
#include "fakejobbackend.h"

TestBackend::TestBackend()
    : m_server(std::make_unique<FakeHttpServer>())
    , m_backend(std::make_unique<FakeJobBackend>())
{
    m_server->setHandler([this](const RecordedRequest &request) {
        FakeResponse response;
        const QString id = request.json().value(QLatin1String("job_id")).toString();
        if (request.verb() == QLatin1String("delete") && m_forbidden) {
            response = FakeResponse::json(
                403, R"({"detail":{"code":"ERROR_PERMISSION_DENIED","message":"Permission denied."}})");
        } else if (request.verb() == QLatin1String("delete") && m_failures.value(id) > 0) {
            response = FakeResponse::json(m_failures.value(id),
                                          R"({"detail":{"code":"ERROR_INTERNAL_API","message":" Database is busy."}})");
        } else {
            response = m_backend->handle(request);
        }
        response.delayMs = m_delayMs;
        return response;
    });
}

TestBackend::~TestBackend() = default;

bool TestBackend::start()
{
    return m_server->listen();
}

ApiEndpoint TestBackend::endpoint() const
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = m_server->url();
    endpoint.token = QStringLiteral("test-token");
    endpoint.timeoutMs = 10000;
    return endpoint;
}

void TestBackend::upsert(const Job &job)
{
    const QJsonObject json = job.toJson();
    for (QJsonObject &existing : m_backend->jobs) {
        if (existing.value(QLatin1String("job_id")).toString() == job.jobId) {
            existing = json;
            return;
        }
    }
    m_backend->jobs.append(json);
}

void TestBackend::upsert(const std::vector<Job> &jobs)
{
    for (const Job &job : jobs)
        upsert(job);
}

void TestBackend::remove(const QString &jobId)
{
    m_backend->jobs.removeIf(
        [&](const QJsonObject &o) { return o.value(QLatin1String("job_id")).toString() == jobId; });
}

bool TestBackend::hasJob(const QString &jobId) const
{
    for (const QJsonObject &o : m_backend->jobs) {
        if (o.value(QLatin1String("job_id")).toString() == jobId)
            return true;
    }
    return false;
}

int TestBackend::jobCount() const
{
    return int(m_backend->jobs.size());
}

void TestBackend::failDeletesOf(const QString &jobId, int httpStatus)
{
    if (httpStatus > 0)
        m_failures.insert(jobId, httpStatus);
    else
        m_failures.remove(jobId);
}

QStringList TestBackend::deleteRequestIds() const
{
    QStringList ids;
    for (const RecordedRequest &r : m_server->requests()) {
        if (r.verb() == QLatin1String("delete"))
            ids.append(r.json().value(QLatin1String("job_id")).toString());
    }
    return ids;
}

int TestBackend::getRequestCount() const
{
    int n = 0;
    for (const RecordedRequest &r : m_server->requests())
        n += r.verb() == QLatin1String("get") ? 1 : 0;
    return n;
}

int TestBackend::maxInFlight() const
{
    return m_server->maxInFlight();
}

void TestBackend::clearRequests()
{
    m_server->clearRequests();
}
