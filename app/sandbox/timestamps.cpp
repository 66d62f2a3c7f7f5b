// SPDX-License-Identifier: MIT
#include "sandbox/timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace sandbox {

QString Timestamps::format(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 Timestamps::nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {

std::optional<qint64> build(int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds)
{
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    if (h == 24 && mi == 0 && s == 0 && ms == 0) {
        // ISO 8601 allows 24:00 as the end of a day.
        return QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
    }
    const QTime time(h, mi, s, ms);
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
}

// Parses "[T| ]HH[:MM[:SS[.fff]]][Z|±HH[:MM]]" (or the basic form without colons).
bool parseTimePart(const QString &t, int *h, int *mi, int *s, int *ms, int *offset)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return false;
    *h = m.captured(1).toInt();
    *mi = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    *s = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString frac = m.captured(4);
    *ms = frac.isEmpty() ? 0 : (frac + QStringLiteral("00")).left(3).toInt();
    const QString tz = m.captured(5);
    *offset = 0;
    if (!tz.isEmpty() && tz != u"Z" && tz != u"z") {
        const int sign = tz.at(0) == u'-' ? -1 : 1;
        const QString digits = tz.mid(1).remove(u':');
        const int oh = digits.left(2).toInt();
        const int om = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (oh > 23 || om > 59)
            return false;
        *offset = sign * (oh * 3600 + om * 60);
    }
    return true;
}

} // namespace

std::optional<qint64> Timestamps::parseIso8601(const QString &text)
{
    static const QRegularExpression dateRe(QStringLiteral(R"(^(\d{4})-?(\d{2})(?:-?(\d{2}))?)"));
    const auto m = dateRe.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    const int d = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    // "YYYY-MM" without day is only valid with the dash; the basic form needs all 8 digits.
    const QString rest = text.mid(m.capturedLength(0));
    if (rest.isEmpty())
        return build(y, mo, d, 0, 0, 0, 0, 0);
    if (m.captured(3).isEmpty())
        return std::nullopt;
    // Any single separator character, then the time.
    int h = 0, mi = 0, s = 0, ms = 0, offset = 0;
    if (!parseTimePart(rest.mid(1), &h, &mi, &s, &ms, &offset))
        return std::nullopt;
    return build(y, mo, d, h, mi, s, ms, offset);
}

std::optional<qint64> Timestamps::parseLoose(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto v = parseIso8601(text))
        return v;
    static const QRegularExpression looseRe(QStringLiteral(
        R"(^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$)"));
    const auto m = looseRe.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int offset = 0;
    const QString tz = m.captured(8);
    if (!tz.isEmpty() && tz != u"Z" && tz != u"UTC") {
        const int sign = tz.at(0) == u'-' ? -1 : 1;
        const QString digits = tz.mid(1).remove(u':');
        offset = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    }
    const QString frac = m.captured(7);
    return build(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                 m.captured(5).toInt(), m.captured(6).toInt(),
                 frac.isEmpty() ? 0 : (frac + QStringLiteral("00")).left(3).toInt(), offset);
}

std::optional<qint64> Timestamps::parseTimediff(const QString &text, qint64 nowMsecs)
{
    // The same pattern as spaceone.core.utils._parse_timediff_from_regex, including its
    // character classes that also accept '|'.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s?(?<base_time>now(\/[dwm])?)\s?(?<operator>[+|-])\s?(?<time_delta_number>\d+)(?<time_delta_unit>[s|m|h|d|w])\s?$)"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMsecs, Qt::UTC);
    auto baseTime = [&](const QString &base) -> std::optional<qint64> {
        const QDateTime today(now.date(), QTime(0, 0), Qt::UTC);
        if (base == u"now")
            return nowMsecs;
        if (base == u"now/d")
            return today.toMSecsSinceEpoch();
        if (base == u"now/w")
            return today.addDays(-(now.date().dayOfWeek() - 1)).toMSecsSinceEpoch();
        if (base == u"now/m")
            return QDateTime(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        return std::nullopt;
    };
    const auto m = re.match(text);
    if (m.hasMatch()) {
        const auto base = baseTime(m.captured(QStringLiteral("base_time")));
        if (!base)
            return std::nullopt;
        bool ok = false;
        const qint64 number = m.captured(QStringLiteral("time_delta_number")).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        const QString unit = m.captured(QStringLiteral("time_delta_unit"));
        qint64 unitMs = 0;
        if (unit == u"s")
            unitMs = 1000;
        else if (unit == u"m")
            unitMs = 60 * 1000;
        else if (unit == u"h")
            unitMs = 3600 * 1000;
        else if (unit == u"d")
            unitMs = 86400 * 1000;
        else if (unit == u"w")
            unitMs = 7 * 86400 * 1000;
        else
            return std::nullopt; // '|' matched the class but has no timedelta unit: ValueError
        const qint64 delta = number * unitMs;
        // Python takes '+' as plus and anything else the class accepts ('-' or '|') as minus.
        return m.captured(QStringLiteral("operator")) == u"+" ? *base + delta : *base - delta;
    }
    return baseTime(text.trimmed());
}

QString Timestamps::formatMongo(qint64 msecsSinceEpoch, const QString &format)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != u'%' || i + 1 >= format.size()) {
            out.append(c);
            continue;
        }
        const QChar f = format.at(++i);
        auto pad = [](int v, int width) { return QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0')); };
        switch (f.unicode()) {
        case 'Y':
            out += pad(d.year(), 4);
            break;
        case 'm':
            out += pad(d.month(), 2);
            break;
        case 'd':
            out += pad(d.day(), 2);
            break;
        case 'H':
            out += pad(t.hour(), 2);
            break;
        case 'M':
            out += pad(t.minute(), 2);
            break;
        case 'S':
            out += pad(t.second(), 2);
            break;
        case 'L':
            out += pad(t.msec(), 3);
            break;
        case 'j':
            out += pad(d.dayOfYear(), 3);
            break;
        case 'w':
            out += QString::number(d.dayOfWeek() % 7 + 1);
            break;
        case 'u':
            out += QString::number(d.dayOfWeek());
            break;
        case 'U': {
            // Week of the year, weeks starting on Sunday (00-53), as strftime %U.
            const int wday = d.dayOfWeek() % 7;
            out += pad((d.dayOfYear() - 1 + 7 - wday) / 7, 2);
            break;
        }
        case 'V': {
            int isoYear = 0;
            out += pad(d.weekNumber(&isoYear), 2);
            break;
        }
        case 'G': {
            int isoYear = 0;
            d.weekNumber(&isoYear);
            out += pad(isoYear, 4);
            break;
        }
        case 'Z':
            out += QStringLiteral("+000");
            break;
        case 'z':
            out += QStringLiteral("+0000");
            break;
        case '%':
            out += u'%';
            break;
        default:
            out += u'%';
            out += f;
        }
    }
    return out;
}

} // namespace sandbox
