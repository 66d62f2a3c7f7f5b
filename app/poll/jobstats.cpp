// SPDX-License-Identifier: MIT
#include "jobstats.h"

#include <algorithm>

qint64 JobStats::count(JobStatus status) const
{
    return status == JobStatus::Unknown ? unknownCount() : statusCounts.value(JobStatuses::toWire(status));
}

qint64 JobStats::unknownCount() const
{
    qint64 n = 0;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it) {
        if (JobStatuses::fromWire(it.key()) == JobStatus::Unknown)
            n += it.value();
    }
    return n;
}

QList<JobStats::ValueCount> JobStats::sortedCounts(const QHash<QString, qint64> &counts)
{
    QList<ValueCount> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({ it.key(), it.value() });
    std::sort(list.begin(), list.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return list;
}

QList<JobStats::ValueCount> JobStats::addedCounts(const QList<ValueCount> &list, const QHash<QString, qint64> &more)
{
    QHash<QString, qint64> counts = more;
    for (const ValueCount &v : list)
        counts[v.value] += v.count;
    return sortedCounts(counts);
}
