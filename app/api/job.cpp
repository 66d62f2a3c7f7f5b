// SPDX-License-Identifier: MIT
#include "job.h"

QString Job::statusText() const
{
    return status == JobStatus::Unknown ? rawStatus : JobStatuses::toWire(status);
}

QString Job::resourceGroupText() const
{
    return resourceGroup == ResourceGroup::Unknown ? rawResourceGroup : ResourceGroups::toWire(resourceGroup);
}

QString Job::statusLabel() const
{
    if (status == JobStatus::Unknown)
        return rawStatus.isEmpty() ? JobStatuses::label(status) : rawStatus;
    return JobStatuses::label(status);
}

qint64 Job::durationMs(qint64 nowMs) const
{
    if (createdAtMs == JobTime::kNone)
        return -1;
    if (finishedAtMs != JobTime::kNone)
        return qMax<qint64>(0, finishedAtMs - createdAtMs);
    if (isActive())
        return qMax<qint64>(0, nowMs - createdAtMs);
    return -1;
}

QJsonObject Job::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("job_id", jobId);
    put("status", statusText());
    o.insert(QLatin1String("options"), options);
    put("resource_group", resourceGroupText());
    put("error_message", errorMessage);
    put("domain_id", domainId);
    put("workspace_id", workspaceId);
    put("trusted_account_id", trustedAccountId);
    put("plugin_id", pluginId);
    put("created_at", JobTime::toWire(createdAtMs));
    put("updated_at", JobTime::toWire(updatedAtMs));
    put("finished_at", JobTime::toWire(finishedAtMs));
    return o;
}

bool operator==(const Job &a, const Job &b)
{
    return a.jobId == b.jobId && a.status == b.status && a.rawStatus == b.rawStatus
        && a.resourceGroup == b.resourceGroup && a.rawResourceGroup == b.rawResourceGroup
        && a.errorMessage == b.errorMessage && a.domainId == b.domainId && a.workspaceId == b.workspaceId
        && a.trustedAccountId == b.trustedAccountId && a.pluginId == b.pluginId && a.createdAtMs == b.createdAtMs
        && a.updatedAtMs == b.updatedAtMs && a.finishedAtMs == b.finishedAtMs && a.options == b.options;
}
