// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QString>

#include <vector>

namespace jobfactory {

// 2022-06-17T08:00:00.000Z, the API reference's example day.
constexpr qint64 kBaseMs = 1655452800000;

inline QString idFor(int n)
{
    return QStringLiteral("job-%1").arg(n, 12, 16, QLatin1Char('0'));
}

// A finished job with every column filled, distinct per n.
inline Job make(int n, JobStatus status = JobStatus::Success)
{
    Job job;
    job.jobId = idFor(n);
    job.status = status;
    job.domainId = QStringLiteral("domain-58010aa2e451");
    job.workspaceId = n % 5 == 0 ? QStringLiteral("*") : QStringLiteral("workspace-%1").arg(n % 3);
    job.trustedAccountId = QStringLiteral("ta-%1").arg(n % 7, 12, 16, QLatin1Char('0'));
    job.pluginId = QStringLiteral("plugin-collector-%1").arg(n % 4);
    job.resourceGroup = job.workspaceId == QLatin1String("*") ? ResourceGroup::Domain : ResourceGroup::Workspace;
    job.createdAtMs = kBaseMs + qint64(n) * 60000;
    job.updatedAtMs = job.createdAtMs + 1000;
    if (!JobStatuses::isActive(status))
        job.finishedAtMs = job.createdAtMs + 192000;
    if (status == JobStatus::Failure)
        job.errorMessage = QStringLiteral("ERROR_AUTHENTICATION_FAILURE: token expired\nTraceback line %1").arg(n);
    return job;
}

inline std::vector<Job> range(int first, int last, JobStatus status = JobStatus::Success)
{
    std::vector<Job> jobs;
    for (int n = first; n <= last; ++n)
        jobs.push_back(make(n, status));
    return jobs;
}

} // namespace jobfactory
