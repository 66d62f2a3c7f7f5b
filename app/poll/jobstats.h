// SPDX-License-Identifier: MIT
#pragma once

#include "api/jobstatus.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

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

    qint64 count(JobStatus status) const;
    // Jobs whose status is not one the server defines.
    qint64 unknownCount() const;
    static QList<ValueCount> sortedCounts(const QHash<QString, qint64> &counts);
};

Q_DECLARE_METATYPE(JobStats)
