// SPDX-License-Identifier: MIT
// Request bodies written as bytes: the same bytes QJsonDocument writes for the same values, so
// the server reads what it read before, and a string of any characters survives the trip.
#include "api/jobquery.h"
#include "api/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

namespace {
QByteArray qtCompact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

TEST(JsonWriter, WritesValuesAsQtDoes)
{
    const QJsonObject object{
        { QStringLiteral("text"), QStringLiteral("plain ASCII") },
        { QStringLiteral("escapes"),
          QStringLiteral("quote \" backslash \\ tab \t line \n cr \r bell \a nul %1 end").arg(QChar(u'\0')) },
        { QStringLiteral("unicode"), QStringLiteral("Équipe Données · 東京 · emoji \U0001F600 · del \x7f") },
        { QStringLiteral("numbers"), QJsonArray{ 0, -1, 42, 1.5, -0.25, 1e21, 9007199254740992.0, 123456789012.0 } },
        { QStringLiteral("flags"), QJsonArray{ true, false, QJsonValue() } },
        { QStringLiteral("nested"), QJsonObject{ { QStringLiteral("b"), 1 }, { QStringLiteral("a"), QJsonArray{} } } },
        { QStringLiteral("é key"), QJsonObject{} },
    };
    EXPECT_EQ(JsonWriter::compact(object), qtCompact(object));
}

TEST(JsonWriter, AnyStringReadsBackAsItWas)
{
    std::mt19937 rng(11);
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int length = std::uniform_int_distribution<int>(0, 40)(rng);
        for (int i = 0; i < length; ++i) {
            switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
            case 0:
                text += QChar(char16_t(std::uniform_int_distribution<int>(0, 0x7f)(rng)));
                break;
            case 1:
                text += QChar(char16_t(std::uniform_int_distribution<int>(0x80, 0xd7ff)(rng)));
                break;
            case 2:
                text += QString::fromUcs4(U"\U0001F680", 1);
                break;
            default:
                text += QLatin1Char("\"\\\n/"[std::uniform_int_distribution<int>(0, 3)(rng)]);
            }
        }
        JsonWriter json;
        json.strings({ text });
        QJsonParseError error;
        const QJsonDocument read = QJsonDocument::fromJson(json.bytes(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << json.bytes().toStdString();
        EXPECT_EQ(read.array().first().toString(), text);
        EXPECT_EQ(json.bytes(), QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact));
    }
}

TEST(JsonWriter, RequestBodiesAreTheBytesQtWrites)
{
    QStringList ids;
    for (int i = 0; i < 100; ++i)
        ids << QStringLiteral("job-%1").arg(i, 12, 16, QLatin1Char('0'));
    JobListRequest list;
    list.query.filter = { QueryFilter::anyOf(QStringLiteral("job_id"), ids),
                          QueryFilter::statusIn({ JobStatus::Failure, JobStatus::Canceled }),
                          { QStringLiteral("updated_at"), QStringLiteral("datetime_gte"), 1700000000000.0 },
                          QueryFilter::anyOf(QStringLiteral("plugin_id"), {}) };
    list.query.filterOr = { QueryFilter::eq(QStringLiteral("job_id"), QStringLiteral("job-\"quoted\"")) };
    list.query.sort = { { QStringLiteral("created_at"), true }, { QStringLiteral("job_id"), false } };
    list.query.pageStart = 1;
    list.query.pageLimit = 100;
    list.query.only = { QStringLiteral("job_id"), QStringLiteral("updated_at") };
    list.query.keyword = QStringLiteral("Données");
    list.query.minimal = true;
    list.query.countOnly = true;
    list.workspaceId = QStringLiteral("workspace-1");
    list.trustedAccountId = QStringLiteral("ta-1");
    list.pluginId = QStringLiteral("plugin-1");
    list.jobId = QStringLiteral("job-1");
    EXPECT_EQ(list.toBytes(), qtCompact(list.toJson()));
    EXPECT_EQ(list.toJson().value(QStringLiteral("query")).toObject().value(QStringLiteral("filter")).toArray().size(),
              4);
    EXPECT_EQ(JobListRequest().toBytes(), QByteArrayLiteral("{}"));

    JobStatQuery stat
        = JobStatQuery::countBy({ QStringLiteral("workspace_id"), QStringLiteral("status") }, list.query.filter);
    stat.filterOr = list.query.filterOr;
    stat.keyword = QStringLiteral("k");
    stat.pageStart = 2;
    stat.pageLimit = 5;
    EXPECT_EQ(stat.toBytes(), qtCompact(stat.toJson()));
    EXPECT_EQ(JobStatQuery::distinctOf(QStringLiteral("status")).toBytes(),
              qtCompact(JobStatQuery::distinctOf(QStringLiteral("status")).toJson()));
    EXPECT_EQ(JobStatQuery().toBytes(), QByteArrayLiteral("{\"query\":{}}"));
}

TEST(QueryFilter, AListEqualsTheSameListAsAJsonArray)
{
    const QStringList ids{ QStringLiteral("a"), QStringLiteral("b") };
    const QueryFilter listed = QueryFilter::anyOf(QStringLiteral("job_id"), ids);
    const QueryFilter asArray(QStringLiteral("job_id"), QStringLiteral("in"), QJsonArray::fromStringList(ids));
    EXPECT_EQ(listed, asArray);
    EXPECT_EQ(listed.toJson(), asArray.toJson());
    EXPECT_FALSE(listed == QueryFilter::anyOf(QStringLiteral("job_id"), { QStringLiteral("a"), QStringLiteral("c") }));
}
