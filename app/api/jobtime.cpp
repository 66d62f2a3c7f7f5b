// SPDX-License-Identifier: MIT
#include "jobtime.h"

#include <QDate>

namespace {
bool digits(QStringView text, qsizetype pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *value = v;
    return true;
}
} // namespace

namespace JobTime {

bool parse(QStringView text, qint64 *msecsSinceEpoch)
{
    // Hand-written because QDateTime::fromString is an order of magnitude slower, and a poll
    // parses three timestamps per job.
    int year, month, day, hour, minute, second;
    if (text.size() < 20 || !digits(text, 0, 4, &year) || text[4] != QLatin1Char('-') || !digits(text, 5, 2, &month)
        || text[7] != QLatin1Char('-') || !digits(text, 8, 2, &day)
        || (text[10] != QLatin1Char('T') && text[10] != QLatin1Char(' ')) || !digits(text, 11, 2, &hour)
        || text[13] != QLatin1Char(':') || !digits(text, 14, 2, &minute) || text[16] != QLatin1Char(':')
        || !digits(text, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        ++pos;
        int fractionDigits = 0;
        while (pos < text.size() && text[pos].isDigit()) {
            if (fractionDigits < 3)
                millis = millis * 10 + (text[pos].unicode() - '0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0 || fractionDigits > 9)
            return false;
        for (int i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (pos < text.size() && text[pos] == QLatin1Char('Z')) {
        ++pos;
    } else if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
        const int sign = text[pos] == QLatin1Char('-') ? -1 : 1;
        int oh, om;
        if (!digits(text, pos + 1, 2, &oh) || text.size() <= pos + 3 || text[pos + 3] != QLatin1Char(':')
            || !digits(text, pos + 4, 2, &om))
            return false;
        offsetSeconds = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return false;
    }
    if (pos != text.size())
        return false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    *msecsSinceEpoch = secs * 1000 + millis;
    return true;
}

QString toWire(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == kNone)
        return {};
    return toDateTime(msecsSinceEpoch).toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == kNone)
        return {};
    // Qt::UTC rather than QTimeZone::utc(): before Qt 6.5 the latter prints "+00:00" instead of
    // the "Z" the gateway sends, and exports must match the wire form.
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
}

} // namespace JobTime
