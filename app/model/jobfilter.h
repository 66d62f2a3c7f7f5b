// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What the user chose to see. Status, workspace, trusted account and plugin are pushed to the
// server; free text and "stuck only" are applied on the client. When more jobs match than the
// app loads, the text goes to the server too (textConditions(), not the server's keyword, which
// only searches job_id and status), and the client's match refines what comes back.
struct JobFilter
{
    static constexpr qint64 kDefaultStuckThresholdMs = 60 * 60 * 1000;

    // Empty: every status. Kept in JobStatuses::kKnown order, then Unknown, which stands for
    // every status the server does not define, and none ("Other").
    QList<JobStatus> statuses;
    QString workspaceId; // empty: every workspace; "*": domain-level jobs only
    QString trustedAccountId;
    QString pluginId;
    QString text; // case-insensitive substring of job id, trusted account, plugin or error message
    bool stuckOnly = false;
    qint64 stuckThresholdMs = kDefaultStuckThresholdMs;

    bool isEmpty() const;
    // Filters for query.filter. The workspace goes through query.filter with eq, not the
    // top-level workspace_id, which the server widens with "*".
    QList<QueryFilter> serverFilters() const;
    bool matchesServerPart(const Job &job) const;
    bool matchesText(const Job &job) const;
    // matchesText as the server asks it, for query.filter_or: a case-insensitive substring
    // ("contain") of the same fields. Empty without text.
    QList<QueryFilter> textConditions() const;
    bool matches(const Job &job, qint64 nowMs) const;
    // PENDING or IN_PROGRESS for longer than the threshold: the server has no reaper, so such
    // jobs stay forever and are the main clean-up target.
    static bool isStuck(const Job &job, qint64 nowMs, qint64 thresholdMs = kDefaultStuckThresholdMs);
    static bool isStuck(JobStatus status, qint64 updatedAtMs, qint64 createdAtMs, qint64 nowMs, qint64 thresholdMs);

    QJsonObject toJson() const;
    static JobFilter fromJson(const QJsonObject &object);

    friend bool operator==(const JobFilter &a, const JobFilter &b);
    friend bool operator!=(const JobFilter &a, const JobFilter &b) { return !(a == b); }
};
