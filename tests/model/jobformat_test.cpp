// SPDX-License-Identifier: MIT
#include "api/jobtime.h"
#include "model/jobformat.h"

#include <gtest/gtest.h>

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

} // namespace
