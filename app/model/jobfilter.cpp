// SPDX-License-Identifier: MIT
#include "jobfilter.h"

#include <QJsonArray>

#include <algorithm>

namespace {
// How "Other" (JobStatus::Unknown) is saved in the settings.
const QString kOtherName = QStringLiteral("OTHER");

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool containsText(const QString &haystack, const QString &needle)
{
    // Ids and most error messages are ASCII: a plain scan with ASCII case folding is several
    // times faster than the general Unicode case-insensitive search, which takes over as soon
    // as either side has a character where the two could disagree.
    const qsizetype needleSize = needle.size();
    if (needleSize == 0)
        return true;
    const qsizetype last = haystack.size() - needleSize;
    if (last < 0)
        return false;
    if (!isAscii(needle))
        return haystack.contains(needle, Qt::CaseInsensitive);
    const char16_t *h = reinterpret_cast<const char16_t *>(haystack.constData());
    const char16_t *n = reinterpret_cast<const char16_t *>(needle.constData());
    const char16_t first = asciiLower(n[0]);
    for (qsizetype i = 0; i <= last; ++i) {
        const char16_t c = h[i];
        if (c >= 0x80)
            return haystack.contains(needle, Qt::CaseInsensitive);
        if (asciiLower(c) != first)
            continue;
        qsizetype k = 1;
        while (k < needleSize && h[i + k] < 0x80 && asciiLower(h[i + k]) == asciiLower(n[k]))
            ++k;
        if (k == needleSize)
            return true;
        if (h[i + k] >= 0x80)
            return haystack.contains(needle, Qt::CaseInsensitive);
    }
    return false;
}
} // namespace

bool JobFilter::isEmpty() const
{
    return statuses.isEmpty() && workspaceId.isEmpty() && trustedAccountId.isEmpty() && pluginId.isEmpty()
        && text.isEmpty() && !stuckOnly;
}

QList<QueryFilter> JobFilter::serverFilters() const
{
    QList<QueryFilter> filters;
    QList<JobStatus> wanted = statuses;
    if (stuckOnly) {
        // Only active jobs can be stuck: narrow the download to them.
        wanted.erase(
            std::remove_if(wanted.begin(), wanted.end(), [](JobStatus s) { return !JobStatuses::isActive(s); }),
            wanted.end());
        if (wanted.isEmpty() && statuses.isEmpty())
            wanted = { JobStatus::Pending, JobStatus::InProgress };
    }
    if (wanted.contains(JobStatus::Unknown)) {
        // "Other": every status the server does not define, and none. Stated as what it is
        // not, so that known statuses chosen with it still match.
        QStringList excluded;
        for (JobStatus known : JobStatuses::kKnown) {
            if (!wanted.contains(known))
                excluded.append(JobStatuses::toWire(known));
        }
        filters.append({ QStringLiteral("status"), QStringLiteral("not_in"), QJsonArray::fromStringList(excluded) });
    } else if (!wanted.isEmpty() || !statuses.isEmpty()) {
        filters.append(QueryFilter::statusIn(wanted));
    }
    if (!workspaceId.isEmpty())
        filters.append(QueryFilter::eq(QStringLiteral("workspace_id"), workspaceId));
    if (!trustedAccountId.isEmpty())
        filters.append(QueryFilter::eq(QStringLiteral("trusted_account_id"), trustedAccountId));
    if (!pluginId.isEmpty())
        filters.append(QueryFilter::eq(QStringLiteral("plugin_id"), pluginId));
    return filters;
}

bool JobFilter::matchesServerPart(const Job &job) const
{
    if (!statuses.isEmpty() && !statuses.contains(job.status))
        return false;
    if (!workspaceId.isEmpty() && job.workspaceId != workspaceId)
        return false;
    if (!trustedAccountId.isEmpty() && job.trustedAccountId != trustedAccountId)
        return false;
    if (!pluginId.isEmpty() && job.pluginId != pluginId)
        return false;
    return true;
}

bool JobFilter::matchesText(const Job &job) const
{
    if (text.isEmpty())
        return true;
    return containsText(job.jobId, text) || containsText(job.trustedAccountId, text) || containsText(job.pluginId, text)
        || containsText(job.errorMessage, text);
}

QList<QueryFilter> JobFilter::textConditions() const
{
    if (text.isEmpty())
        return {};
    QList<QueryFilter> conditions;
    for (const char *field : { "job_id", "trusted_account_id", "plugin_id", "error_message" })
        conditions.append({ QString::fromLatin1(field), QStringLiteral("contain"), text });
    return conditions;
}

bool JobFilter::matches(const Job &job, qint64 nowMs) const
{
    return matchesServerPart(job) && matchesText(job) && (!stuckOnly || isStuck(job, nowMs, stuckThresholdMs));
}

bool JobFilter::isStuck(const Job &job, qint64 nowMs, qint64 thresholdMs)
{
    return isStuck(job.status, job.updatedAtMs, job.createdAtMs, nowMs, thresholdMs);
}

bool JobFilter::isStuck(JobStatus status, qint64 updatedAtMs, qint64 createdAtMs, qint64 nowMs, qint64 thresholdMs)
{
    if (!JobStatuses::isActive(status))
        return false;
    // updated_at moves on every state change, so a job that just went IN_PROGRESS after a
    // long queue is not stuck yet.
    const qint64 since = updatedAtMs != JobTime::kNone ? updatedAtMs : createdAtMs;
    return since != JobTime::kNone && nowMs - since > thresholdMs;
}

QJsonObject JobFilter::toJson() const
{
    QJsonArray names;
    for (JobStatus s : statuses)
        names.append(s == JobStatus::Unknown ? kOtherName : JobStatuses::toWire(s));
    QJsonObject o;
    o.insert(QLatin1String("statuses"), names);
    o.insert(QLatin1String("workspace_id"), workspaceId);
    o.insert(QLatin1String("trusted_account_id"), trustedAccountId);
    o.insert(QLatin1String("plugin_id"), pluginId);
    o.insert(QLatin1String("text"), text);
    o.insert(QLatin1String("stuck_only"), stuckOnly);
    o.insert(QLatin1String("stuck_threshold_ms"), double(stuckThresholdMs));
    return o;
}

JobFilter JobFilter::fromJson(const QJsonObject &o)
{
    JobFilter f;
    const QJsonArray names = o.value(QLatin1String("statuses")).toArray();
    for (JobStatus known : JobStatuses::kKnown) {
        for (const QJsonValue &n : names) {
            if (JobStatuses::fromWire(n.toString()) == known) {
                f.statuses.append(known);
                break;
            }
        }
    }
    if (names.contains(QJsonValue(kOtherName)))
        f.statuses.append(JobStatus::Unknown);
    f.workspaceId = o.value(QLatin1String("workspace_id")).toString();
    f.trustedAccountId = o.value(QLatin1String("trusted_account_id")).toString();
    f.pluginId = o.value(QLatin1String("plugin_id")).toString();
    f.text = o.value(QLatin1String("text")).toString();
    f.stuckOnly = o.value(QLatin1String("stuck_only")).toBool();
    const double threshold = o.value(QLatin1String("stuck_threshold_ms")).toDouble();
    // Saved settings are edited by hand now and then: a threshold past a year is not one.
    constexpr double kYearMs = 366.0 * 24 * 3600 * 1000;
    if (threshold > 0)
        f.stuckThresholdMs = qint64(std::min(threshold, kYearMs));
    return f;
}

bool operator==(const JobFilter &a, const JobFilter &b)
{
    return a.statuses == b.statuses && a.workspaceId == b.workspaceId && a.trustedAccountId == b.trustedAccountId
        && a.pluginId == b.pluginId && a.text == b.text && a.stuckOnly == b.stuckOnly
        && a.stuckThresholdMs == b.stuckThresholdMs;
}
