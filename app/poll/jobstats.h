// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobstatus.h"
#include "model/jobfilter.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Server-side counts for the status overview and the filter choices. They come from stat, not
// from the loaded rows, so a capped listing still offers every workspace, trusted account and
// plugin, and each facet is counted with the other filters applied but not its own.
struct JobStats
{
    struct ValueCount
    {
        QString value;
        qint64 count = 0;
        friend bool operator==(const ValueCount &a, const ValueCount &b)
        {
            return a.value == b.value && a.count == b.count;
        }
    };

    // Wire status name -> jobs; unknown statuses ("ERROR", "CANCELD") under their raw text.
    QHash<QString, qint64> statusCounts;
    // Most jobs first, then by value.
    QList<ValueCount> workspaces;
    QList<ValueCount> trustedAccounts;
    QList<ValueCount> plugins;
    // Jobs matching every filter but the status one: the sum of statusCounts; -1 while the
    // status counts are not known.
    qint64 total = -1;
    quint64 generation = 0;

    // The domain-level jobs (workspace "*") that list shows this token but its stat does not
    // count, counted with list and included above: wire status -> jobs, "" for the statuses
    // that are not one the server defines.
    QHash<QString, qint64> domainStatusCounts;
    // Stat leaves domain-level jobs out for this token (a workspace token); the counts above
    // include them, counted with list.
    bool domainJobsAdded = false;
    // Their trusted accounts or plugins were too many to count one by one: the choices cover
    // the first ones.
    bool domainFacetsTruncated = false;

    qint64 count(JobStatus status) const;
    // Jobs whose status is not one the server defines.
    qint64 unknownCount() const;
    static QList<ValueCount> sortedCounts(const QHash<QString, qint64> &counts);

    // The stat fields counted, status first: "status", "workspace_id", "trusted_account_id",
    // "plugin_id".
    static const QStringList &facetFields();
    // `filter` without its own choice for `field`, so choosing a workspace still shows the
    // other workspaces as choices (and the status counts ignore the status and stuck filters).
    static JobFilter facetFilter(const QString &field, const JobFilter &filter);
    // Stores the counts a stat by `field` returned where they belong.
    void setCounts(const QString &field, const QHash<QString, qint64> &counts);
    // Takes `from`'s counts by `field` (the status ones with their domain-level part).
    void copyCounts(const QString &field, const JobStats &from);
    // `list` with `more` added value by value, sorted again.
    static QList<ValueCount> addedCounts(const QList<ValueCount> &list, const QHash<QString, qint64> &more);
};

Q_DECLARE_METATYPE(JobStats)
