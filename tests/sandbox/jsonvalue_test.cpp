// SPDX-License-Identifier: MIT
// The sandbox's own JSON and time handling, which must print and parse like Python.
#include "sandbox/jsonvalue.h"
#include "sandbox/timestamps.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using sandbox::JsonValue;
using sandbox::Timestamps;

TEST(SandboxJsonValue, FloatsPrintLikePython)
{
    const std::pair<double, const char *> cases[] = {
        { 42.0, "42.0" },
        { 0.0, "0.0" },
        { -0.0, "-0.0" },
        { 0.1, "0.1" },
        { 3.14, "3.14" },
        { 1e16, "1e+16" },
        { 1.5e16, "1.5e+16" },
        { 1e15, "1000000000000000.0" },
        { 0.0001, "0.0001" },
        { 0.00001, "1e-05" },
        { 1.5e-05, "1.5e-05" },
        { 123456789.125, "123456789.125" },
        { 1e22, "1e+22" },
        { -2.5, "-2.5" },
        { 1.0 / 3, "0.3333333333333333" },
    };
    for (const auto &[value, text] : cases)
        EXPECT_EQ(JsonValue::pythonFloatRepr(value), QString::fromLatin1(text)) << text;
    EXPECT_EQ(JsonValue(12.0).toJson(), "12.0");
    EXPECT_EQ(JsonValue(qint64(12)).toJson(), "12");
}

TEST(SandboxJsonValue, ParsesLikeJsonLoads)
{
    JsonValue v;
    ASSERT_TRUE(JsonValue::parse(R"({"b":1,"a":1.0,"c":[true,null,"x"],"b":2})", &v));
    ASSERT_TRUE(v.isObject());
    ASSERT_EQ(v.toObject().size(), 3u);
    EXPECT_EQ(v.toObject()[0].first, QStringLiteral("b")); // first position, last value
    EXPECT_TRUE(v.value(QStringLiteral("b")).isInt());
    EXPECT_EQ(v.value(QStringLiteral("b")).toInt(), 2);
    EXPECT_TRUE(v.value(QStringLiteral("a")).isDouble());
    EXPECT_EQ(v.toJson(), R"({"b":2,"a":1.0,"c":[true,null,"x"]})");
    EXPECT_FALSE(JsonValue::parse("", &v));
    EXPECT_FALSE(JsonValue::parse("{", &v));
    EXPECT_FALSE(JsonValue::parse("01", &v));
    EXPECT_FALSE(JsonValue::parse("\"a\nb\"", &v)); // control character in a string
    EXPECT_FALSE(JsonValue::parse("\xff", &v));
    EXPECT_TRUE(JsonValue::parse("\xEF\xBB\xBF{}", &v)); // a UTF-8 BOM is accepted from bytes
    EXPECT_TRUE(JsonValue::parse("NaN", &v));
    EXPECT_TRUE(std::isnan(v.toDouble()));
    EXPECT_TRUE(JsonValue::parse(R"("\u00e9\ud83d\ude00")", &v));
    EXPECT_EQ(v.toJson(), "\"\xc3\xa9\xf0\x9f\x98\x80\""); // ensure_ascii=False
}

TEST(SandboxJsonValue, ReprLikePython)
{
    JsonValue v;
    ASSERT_TRUE(JsonValue::parse(R"({"k":"it's","v":[1,2.0,true,null,{"x":"\"q\""}],"o":"a\\b"})", &v));
    EXPECT_EQ(v.pyRepr(), QStringLiteral(R"({'k': "it's", 'v': [1, 2.0, True, None, {'x': '"q"'}], 'o': 'a\\b'})"));
    EXPECT_EQ(JsonValue(QStringLiteral("x")).pyStr(), QStringLiteral("x"));
    EXPECT_EQ(JsonValue(QStringLiteral("x")).pyRepr(), QStringLiteral("'x'"));
    EXPECT_EQ(JsonValue::dateTime(Timestamps::parseIso8601(QStringLiteral("2022-06-17T08:00:15.197Z")).value()).pyStr(),
              QStringLiteral("2022-06-17 08:00:15.197000"));
}

TEST(SandboxTimestamps, IsoFormatsAndParsing)
{
    const qint64 ms = Timestamps::parseIso8601(QStringLiteral("2022-06-17T08:00:15.197Z")).value();
    EXPECT_EQ(Timestamps::format(ms), QStringLiteral("2022-06-17T08:00:15.197Z"));
    EXPECT_EQ(Timestamps::format(Timestamps::parseIso8601(QStringLiteral("2022-06-17T17:00:15+09:00")).value()),
              QStringLiteral("2022-06-17T08:00:15.000Z"));
    EXPECT_EQ(Timestamps::format(Timestamps::parseIso8601(QStringLiteral("2022-06-17")).value()),
              QStringLiteral("2022-06-17T00:00:00.000Z"));
    EXPECT_EQ(Timestamps::format(Timestamps::parseIso8601(QStringLiteral("20220617T080015.123456")).value()),
              QStringLiteral("2022-06-17T08:00:15.123Z"));
    EXPECT_FALSE(Timestamps::parseIso8601(QStringLiteral("yesterday")).has_value());
    EXPECT_FALSE(Timestamps::parseIso8601(QStringLiteral("2022-13-01")).has_value());
    EXPECT_EQ(Timestamps::format(Timestamps::parseLoose(QStringLiteral("2022/06/17 08:00")).value()),
              QStringLiteral("2022-06-17T08:00:00.000Z"));
}

TEST(SandboxTimestamps, TimediffLikeSpaceOneCore)
{
    const qint64 now = QDateTime(QDate(2024, 6, 19), QTime(15, 30, 45), Qt::UTC).toMSecsSinceEpoch(); // a Wednesday
    auto at = [now](const char *text) {
        const auto v = Timestamps::parseTimediff(QString::fromLatin1(text), now);
        return v ? Timestamps::format(*v) : QStringLiteral("invalid");
    };
    EXPECT_EQ(at("now"), QStringLiteral("2024-06-19T15:30:45.000Z"));
    EXPECT_EQ(at("now/d"), QStringLiteral("2024-06-19T00:00:00.000Z"));
    EXPECT_EQ(at("now/w"), QStringLiteral("2024-06-17T00:00:00.000Z"));
    EXPECT_EQ(at("now/m"), QStringLiteral("2024-06-01T00:00:00.000Z"));
    EXPECT_EQ(at("now/d - 7d"), QStringLiteral("2024-06-12T00:00:00.000Z"));
    EXPECT_EQ(at("now+2h"), QStringLiteral("2024-06-19T17:30:45.000Z"));
    EXPECT_EQ(at("now - 30m"), QStringLiteral("2024-06-19T15:00:45.000Z"));
    EXPECT_EQ(at("now-1w"), QStringLiteral("2024-06-12T15:30:45.000Z"));
    EXPECT_EQ(at("now-10s"), QStringLiteral("2024-06-19T15:30:35.000Z"));
    EXPECT_EQ(at(" now "), QStringLiteral("2024-06-19T15:30:45.000Z"));
    EXPECT_EQ(at("now - 1x"), QStringLiteral("invalid"));
    EXPECT_EQ(at("today"), QStringLiteral("invalid"));
    EXPECT_EQ(Timestamps::formatMongo(Timestamps::parseIso8601(QStringLiteral("2024-06-09T08:05:03.042Z")).value(),
                                      QStringLiteral("%Y-%m-%d %H:%M:%S.%L %j %U")),
              QStringLiteral("2024-06-09 08:05:03.042 161 23"));
}

// A request's numbers may be anything: an integer out of range saturates instead of being an
// undefined cast (a stat page of {"limit": 2e55} found it).
TEST(SandboxJsonValue, HugeNumbersSaturateAsIntegers)
{
    EXPECT_EQ(JsonValue(2e55).toInt(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(JsonValue(-2e55).toInt(), std::numeric_limits<qint64>::min());
    EXPECT_EQ(JsonValue(std::numeric_limits<double>::infinity()).toInt(), std::numeric_limits<qint64>::max());
    EXPECT_EQ(JsonValue(std::nan("")).toInt(), 0);
    EXPECT_EQ(JsonValue(-12.7).toInt(), -12);
}
