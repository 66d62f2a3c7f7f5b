// SPDX-License-Identifier: MIT
#pragma once

#include "jobstatus.h"
#include "jobtime.h"
#include "resourcegroup.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One run of a collector plugin, as identity's JobInfo describes it. A plain value: the model
// keeps thousands of these, so timestamps are integers and the repeated ids (domain, workspace,
// trusted account, plugin) are meant to share one string buffer (see StringPool).
struct Job
{
    QString jobId;
    QString errorMessage;
    QString domainId;
    QString workspaceId; // "*" for a domain-level job
    QString trustedAccountId;
    QString pluginId;
    // The text as received when status or resource group is not one the server defines.
    QString rawStatus;
    QString rawResourceGroup;
    QJsonObject options;
    qint64 createdAtMs = JobTime::kNone;
    qint64 updatedAtMs = JobTime::kNone;
    qint64 finishedAtMs = JobTime::kNone;
    JobStatus status = JobStatus::Unknown;
    ResourceGroup resourceGroup = ResourceGroup::None;

    bool isActive() const { return JobStatuses::isActive(status); }
    bool isDomainLevel() const { return workspaceId == QLatin1String("*"); }
    // The wire name, or the raw text for an unknown status.
    QString statusText() const;
    QString resourceGroupText() const;
    // Human label: "In progress", or the raw text for an unknown status.
    QString statusLabel() const;

    QDateTime createdAt() const { return JobTime::toDateTime(createdAtMs); }
    QDateTime updatedAt() const { return JobTime::toDateTime(updatedAtMs); }
    QDateTime finishedAt() const { return JobTime::toDateTime(finishedAtMs); }
    // Run time in milliseconds: until finished_at, or until `nowMs` while the job is active.
    // -1 when it cannot be told.
    qint64 durationMs(qint64 nowMs) const;

    // The JobInfo JSON the gateway would send for this job, default-valued fields left out.
    QJsonObject toJson() const;

    friend bool operator==(const Job &a, const Job &b);
    friend bool operator!=(const Job &a, const Job &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Job)
