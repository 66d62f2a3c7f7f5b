// SPDX-License-Identifier: MIT
#include "jobformat.h"

#include "api/jobtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <chrono>
#include <limits>

namespace {
// Every paint of the table formats the times of the rows in view, and QDateTime works out the
// local offset of each one through the C library. Offsets change a few times a year, so they
// are remembered per quarter-hour: a quarter-hour whose first and last millisecond have the
// same offset has it throughout (no zone changes twice within one). Where they differ, each
// instant asks QDateTime itself.
constexpr qint64 kSpanMs = 15 * 60 * 1000;
constexpr int kMixed = std::numeric_limits<int>::min();
// A change of the machine's time zone shows within a minute.
constexpr auto kOffsetsLifetime = std::chrono::minutes(1);
constexpr int kMaxSpans = 8192;

struct LocalOffsets
{
    QHash<qint64, int> bySpan; // seconds east of UTC, or kMixed
    std::chrono::steady_clock::time_point since = std::chrono::steady_clock::now();
};

LocalOffsets &localOffsets()
{
    thread_local LocalOffsets offsets;
    return offsets;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int offsetOfSpan(qint64 span)
{
    LocalOffsets &offsets = localOffsets();
    const auto now = std::chrono::steady_clock::now();
    if (now - offsets.since > kOffsetsLifetime || offsets.bySpan.size() >= kMaxSpans) {
        offsets.bySpan.clear();
        offsets.since = now;
    }
    const auto it = offsets.bySpan.constFind(span);
    if (it != offsets.bySpan.constEnd())
        return it.value();
    const int first = QDateTime::fromMSecsSinceEpoch(span * kSpanMs).offsetFromUtc();
    const int last = QDateTime::fromMSecsSinceEpoch(span * kSpanMs + kSpanMs - 1).offsetFromUtc();
    const int offset = first == last ? first : kMixed;
    offsets.bySpan.insert(span, offset);
    return offset;
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

void putDigits(QChar *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + char16_t(value % 10));
        value /= 10;
    }
}
} // namespace

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
    const auto exact
        = [ms] { return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    const int offset = offsetOfSpan(floorDiv(ms, kSpanMs));
    if (offset == kMixed)
        return exact();
    const qint64 localSeconds = floorDiv(ms, 1000) + offset;
    const qint64 days = floorDiv(localSeconds, 86400);
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999)
        return exact();
    const qint64 secondOfDay = localSeconds - days * 86400;
    QString text(19, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    out[7] = u'-';
    putDigits(out + 8, day, 2);
    out[10] = u' ';
    putDigits(out + 11, secondOfDay / 3600, 2);
    out[13] = u':';
    putDigits(out + 14, secondOfDay / 60 % 60, 2);
    out[16] = u':';
    putDigits(out + 17, secondOfDay % 60, 2);
    return text;
}

void forgetLocalOffsets()
{
    localOffsets().bySpan.clear();
}

QString utcDateTime(qint64 ms)
{
    if (ms == JobTime::kNone)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
}

} // namespace JobFormat
