// SPDX-License-Identifier: MIT
#include "jobformat.h"

#include "api/jobtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace JobFormat {

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 totalSeconds = ms / 1000;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = totalSeconds % 86400 / 3600;
    const qint64 minutes = totalSeconds % 3600 / 60;
    const qint64 seconds = totalSeconds % 60;
    // Two units at most: a column of durations is scanned, not read.
    if (days > 0)
        return QStringLiteral("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return QStringLiteral("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QStringLiteral("%1m %2s").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(seconds);
}

QString relativeTime(qint64 thenMs, qint64 nowMs)
{
    if (thenMs == JobTime::kNone)
        return {};
    const qint64 delta = nowMs - thenMs;
    const bool future = delta < 0;
    const qint64 seconds = (future ? -delta : delta) / 1000;
    if (seconds < 45)
        return QCoreApplication::translate("JobFormat", "just now");
    const int minutes = int(qMin<qint64>((seconds + 30) / 60, std::numeric_limits<int>::max()));
    const int hours = int(qMin<qint64>((seconds + 1800) / 3600, std::numeric_limits<int>::max()));
    const int days = int(qMin<qint64>((seconds + 43200) / 86400, std::numeric_limits<int>::max()));
    if (future) {
        if (minutes < 60)
            return QCoreApplication::translate("JobFormat", "in %1 min").arg(minutes);
        if (hours < 24)
            return QCoreApplication::translate("JobFormat", "in %1 h").arg(hours);
        return days == 1 ? QCoreApplication::translate("JobFormat", "in 1 day")
                         : QCoreApplication::translate("JobFormat", "in %1 days").arg(days);
    }
    if (minutes < 60)
        return QCoreApplication::translate("JobFormat", "%1 min ago").arg(minutes);
    if (hours < 24)
        return QCoreApplication::translate("JobFormat", "%1 h ago").arg(hours);
    // Spelled out rather than "%n day(s)": without a loaded translation Qt prints the "(s)".
    return days == 1 ? QCoreApplication::translate("JobFormat", "1 day ago")
                     : QCoreApplication::translate("JobFormat", "%1 days ago").arg(days);
}

QString localDateTime(qint64 ms)
{
    if (ms == JobTime::kNone)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString utcDateTime(qint64 ms)
{
    if (ms == JobTime::kNone)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
}

} // namespace JobFormat
