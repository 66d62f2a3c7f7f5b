// SPDX-License-Identifier: MIT
#include "api/jobtime.h"
#include "model/jobformat.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <ctime>

namespace {

TEST(JobFormat, Duration)
{
    EXPECT_EQ(JobFormat::duration(-1), QString());
    EXPECT_EQ(JobFormat::duration(0), QStringLiteral("0s"));
    EXPECT_EQ(JobFormat::duration(45999), QStringLiteral("45s"));
    EXPECT_EQ(JobFormat::duration(192000), QStringLiteral("3m 12s"));
    EXPECT_EQ(JobFormat::duration(60000), QStringLiteral("1m 00s"));
    EXPECT_EQ(JobFormat::duration((2 * 3600 + 5 * 60 + 9) * 1000LL), QStringLiteral("2h 05m"));
    EXPECT_EQ(JobFormat::duration((3 * 86400 + 4 * 3600) * 1000LL), QStringLiteral("3d 4h"));
}

TEST(JobFormat, RelativeTime)
{
    const qint64 now = 1655452800000;
    EXPECT_EQ(JobFormat::relativeTime(JobTime::kNone, now), QString());
    EXPECT_EQ(JobFormat::relativeTime(now - 10000, now), QStringLiteral("just now"));
    EXPECT_EQ(JobFormat::relativeTime(now - 5 * 60000, now), QStringLiteral("5 min ago"));
    EXPECT_EQ(JobFormat::relativeTime(now - 3 * 3600000, now), QStringLiteral("3 h ago"));
    EXPECT_EQ(JobFormat::relativeTime(now - 86400000, now), QStringLiteral("1 day ago"));
    EXPECT_EQ(JobFormat::relativeTime(now - 2 * 86400000, now), QStringLiteral("2 days ago"));
    EXPECT_EQ(JobFormat::relativeTime(now + 5 * 60000, now), QStringLiteral("in 5 min"));
}

TEST(JobFormat, Times)
{
    qint64 ms = 0;
    ASSERT_TRUE(JobTime::parse(u"2022-06-17T08:00:15.197Z", &ms));
    EXPECT_EQ(JobFormat::utcDateTime(ms), QStringLiteral("2022-06-17 08:00:15.197 UTC"));
    EXPECT_EQ(JobFormat::localDateTime(ms), QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"));
    EXPECT_EQ(JobFormat::localDateTime(JobTime::kNone), QString());
}

// The table's local times are formatted from remembered offsets: they must read exactly as
// QDateTime's, around every offset change and far from them. POSIX zone strings need no zone
// database; the last one changes at odd seconds, so its changes fall inside a quarter-hour.
class LocalTimeZones : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = qgetenv("TZ");
        m_had = qEnvironmentVariableIsSet("TZ");
    }
    void TearDown() override
    {
        if (m_had)
            qputenv("TZ", m_saved);
        else
            qunsetenv("TZ");
        tzset();
        JobFormat::forgetLocalOffsets();
    }
    static void useZone(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
        JobFormat::forgetLocalOffsets();
    }
    static QString expected(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }

private:
    QByteArray m_saved;
    bool m_had = false;
};

TEST_F(LocalTimeZones, ReadAsQDateTimeAroundEveryOffsetChangeAndFarFromThem)
{
    const char *zones[] = {
        "UTC0",
        "CET-1CEST,M3.5.0,M10.5.0/3",
        "EST5EDT,M3.2.0,M11.1.0",
        "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", // half an hour of daylight saving
        "<+0545>-5:45", // a quarter-hour offset, no change
        "AAA3BBB,M3.2.0/2:07:11,M11.1.0/1:59:59", // changes at odd seconds
    };
    const int years[] = { 1965, 1995, 2025, 2037 };
    QRandomGenerator random(20261206);
    for (const char *zone : zones) {
        SCOPED_TRACE(zone);
        useZone(zone);
        int changes = 0;
        for (int year : years) {
            const qint64 from = QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            const qint64 to = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            const qint64 step = 15 * 60 * 1000;
            int before = QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc();
            for (qint64 t = from + step; t <= to; t += step) {
                const int offset = QDateTime::fromMSecsSinceEpoch(t).offsetFromUtc();
                if (offset == before)
                    continue;
                // The exact millisecond of the change, then both sides of it.
                qint64 lo = t - step;
                qint64 hi = t;
                while (hi - lo > 1) {
                    const qint64 mid = lo + (hi - lo) / 2;
                    (QDateTime::fromMSecsSinceEpoch(mid).offsetFromUtc() == before ? lo : hi) = mid;
                }
                for (qint64 d : { -step, -1001LL, -1000LL, -1LL, 0LL, 1LL, 999LL, 1000LL, step })
                    ASSERT_EQ(JobFormat::localDateTime(hi + d), expected(hi + d)) << "change at " << hi << " + " << d;
                if (year >= 1970)
                    ++changes;
                before = offset;
            }
            for (int i = 0; i < 2000; ++i) {
                const qint64 t = from + qint64(random.bounded(double(to - from)));
                ASSERT_EQ(JobFormat::localDateTime(t), expected(t)) << t;
            }
        }
        // The zones with daylight saving changed twice a year (before 1970 Qt may apply none:
        // those years are compared, not counted).
        if (QByteArray(zone).contains(',')) {
            EXPECT_EQ(changes, 2 * (int(std::size(years)) - 1));
        }
    }
}

TEST_F(LocalTimeZones, FarDatesAndTheEpochReadAsQDateTime)
{
    useZone("CET-1CEST,M3.5.0,M10.5.0/3");
    for (qint64 ms : { qint64(0), qint64(-1), qint64(-1000), qint64(-1001), qint64(951782400000), // 2000-02-29
                       qint64(-62135596800000), // 0001-01-01 UTC
                       qint64(253402300799000), // 9999-12-31 23:59:59 UTC
                       qint64(253402300800000) }) // past 9999 local
        EXPECT_EQ(JobFormat::localDateTime(ms), expected(ms)) << ms;
}

} // namespace
