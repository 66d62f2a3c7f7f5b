// SPDX-License-Identifier: MIT
#include "benchpayload.h"

#include "api/jobtime.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {
constexpr qint64 kStartMs = 1655452815197; // 2022-06-17T08:00:15.197Z

QString hexId(const char *prefix, QRandomGenerator &random)
{
    return QLatin1String(prefix)
        + QStringLiteral("%1").arg(random.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

const QStringList &plugins()
{
    static const QStringList names = {
        QStringLiteral("plugin-aws-cloud-service-inven-collector"),
        QStringLiteral("plugin-aws-ec2-inven-collector"),
        QStringLiteral("plugin-azure-inven-collector"),
        QStringLiteral("plugin-google-cloud-inven-collector"),
        QStringLiteral("plugin-oracle-cloud-inven-collector"),
        QStringLiteral("plugin-aws-trusted-advisor-inven-collector"),
        QStringLiteral("plugin-aws-personal-health-dashboard-inven-collector"),
        QStringLiteral("plugin-kubernetes-inven-collector"),
    };
    return names;
}

const QStringList &errors()
{
    static const QStringList messages = {
        QStringLiteral("ERROR_AUTHENTICATION_FAILURE: Authentication failed. (reason = The security token included in "
                       "the request is expired)"),
        QStringLiteral("ERROR_REQUEST_TIMEOUT: Request timed out. (timeout = 3600)"),
        QStringLiteral("ERROR_QUOTA_EXCEEDED: Quota exceeded for quota metric 'Queries' of service "
                       "'compute.googleapis.com'"),
        QStringLiteral("ERROR_GRPC_CONNECTION: gRPC connection failed.\nendpoint = grpc://inventory:50051"),
        QStringLiteral("ERROR_NOT_FOUND: Trusted secret not found. (key = trusted_secret_id)"),
    };
    return messages;
}

Job makeJob(qint64 createdMs, QRandomGenerator &random, const QStringList &workspaces, const QStringList &accounts)
{
    Job job;
    job.jobId = hexId("job-", random);
    job.domainId = QStringLiteral("domain-58010aa2e451");
    job.workspaceId = workspaces[int(random.bounded(quint32(workspaces.size())))];
    job.resourceGroup = job.workspaceId == QLatin1String("*") ? ResourceGroup::Domain : ResourceGroup::Workspace;
    job.trustedAccountId = accounts[int(random.bounded(quint32(accounts.size())))];
    job.pluginId = plugins()[int(random.bounded(quint32(plugins().size())))];
    job.createdAtMs = createdMs;
    const quint32 roll = random.bounded(100);
    job.status = roll < 85 ? JobStatus::Success
        : roll < 92        ? JobStatus::Failure
        : roll < 95        ? JobStatus::Canceled
        : roll < 98        ? JobStatus::InProgress
                           : JobStatus::Pending;
    job.updatedAtMs = createdMs + qint64(random.bounded(5000));
    if (!job.isActive()) {
        job.finishedAtMs = job.updatedAtMs + qint64(random.bounded(900000));
        job.updatedAtMs = job.finishedAtMs;
    }
    if (job.status == JobStatus::Failure)
        job.errorMessage = errors()[int(random.bounded(quint32(errors().size())))];
    return job;
}

struct Universe
{
    QStringList workspaces;
    QStringList accounts;
};

Universe universe()
{
    QRandomGenerator random(42);
    Universe u;
    u.workspaces = { QStringLiteral("*") };
    for (int i = 0; i < 3; ++i)
        u.workspaces.append(hexId("workspace-", random));
    for (int i = 0; i < 50; ++i)
        u.accounts.append(hexId("ta-", random));
    return u;
}

void appendString(QByteArray &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    out += '"';
    out += key;
    out += "\":\"";
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    out += "\",";
}
} // namespace

namespace BenchPayload {

std::vector<Job> makeJobs(int count, quint32 seed)
{
    const Universe u = universe();
    QRandomGenerator random(seed);
    std::vector<Job> jobs;
    jobs.reserve(size_t(count));
    // Newest first, one job every ~20 s going back in time, as the server lists them.
    for (int i = 0; i < count; ++i)
        jobs.push_back(makeJob(kStartMs - qint64(i) * 20000, random, u.workspaces, u.accounts));
    return jobs;
}

std::vector<Job> nextPoll(const std::vector<Job> &jobs, quint32 seed)
{
    const Universe u = universe();
    QRandomGenerator random(seed);
    std::vector<Job> next;
    next.reserve(jobs.size() + jobs.size() / 100);
    const int changes = qMax(1, int(jobs.size() / 100));
    const int fresh = qMax(1, changes / 5);
    for (int i = 0; i < fresh; ++i)
        next.push_back(makeJob(kStartMs + 60000 + qint64(i) * 1000, random, u.workspaces, u.accounts));
    for (const Job &job : jobs) {
        const quint32 roll = random.bounded(1000);
        if (roll < 2)
            continue; // deleted (0.2% of rows)
        Job copy = job;
        if (roll < 8) { // changed state (0.6% of rows)
            copy.updatedAtMs += 30000;
            if (copy.isActive()) {
                copy.status = JobStatus::Success;
                copy.finishedAtMs = copy.updatedAtMs;
            } else {
                copy.status = JobStatus::Failure;
                copy.errorMessage = errors()[int(roll % quint32(errors().size()))];
            }
        }
        next.push_back(std::move(copy));
    }
    return next;
}

QByteArray toListJson(const std::vector<Job> &jobs)
{
    QByteArray out;
    out.reserve(qsizetype(jobs.size()) * 520 + 64);
    out += "{\"results\":[";
    for (const Job &job : jobs) {
        // Proto field order, default values left out, as the gateway prints JobInfo.
        out += '{';
        appendString(out, "job_id", job.jobId);
        appendString(out, "status", job.statusText());
        out += "\"options\":{},";
        appendString(out, "resource_group", job.resourceGroupText());
        appendString(out, "error_message", job.errorMessage);
        appendString(out, "domain_id", job.domainId);
        appendString(out, "workspace_id", job.workspaceId);
        appendString(out, "trusted_account_id", job.trustedAccountId);
        appendString(out, "plugin_id", job.pluginId);
        appendString(out, "created_at", JobTime::toWire(job.createdAtMs));
        appendString(out, "updated_at", JobTime::toWire(job.updatedAtMs));
        appendString(out, "finished_at", JobTime::toWire(job.finishedAtMs));
        out.chop(1);
        out += "},";
    }
    if (!jobs.empty())
        out.chop(1);
    out += "],\"total_count\":";
    out += QByteArray::number(qint64(jobs.size()));
    out += '}';
    return out;
}

} // namespace BenchPayload
