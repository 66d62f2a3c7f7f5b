// SPDX-License-Identifier: MIT
// Paging through a listing continues from the last row served (keyset) and reuses the total,
// and must still answer exactly what COUNT(*) and LIMIT/OFFSET would: for every sort, with
// NULL sort keys, with a filter, and when the jobs change between two pages.
#include "sandboxfixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace sandboxtest;

namespace {

QStringList idsOf(const HttpResult &r)
{
    QStringList ids;
    for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray())
        ids << v.toObject().value(QStringLiteral("job_id")).toString();
    return ids;
}

class ListingPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.initialJobs = 700;
        options.simulate = false;
        options.seed = 11;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    }
    HttpClient admin() const { return HttpClient(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin)); }

    QByteArray body(const QString &query, int start, int limit) const
    {
        const QString page = limit > 0 ? QStringLiteral(R"("page":{"start":%1,"limit":%2})").arg(start).arg(limit)
                                       : QStringLiteral(R"("page":{"limit":0})");
        return QStringLiteral(R"({%1"query":{%2%3}})")
            .arg(query.startsWith(QLatin1String("status")) ? QStringLiteral(R"("status":"FAILURE",)") : QString(),
                 query.startsWith(QLatin1String("status")) ? QString() : query, page)
            .toUtf8();
    }

    sandbox::SandboxServer server;
};

TEST_F(ListingPages, PagesEqualOneUnpagedListingForEverySort)
{
    const QStringList sorts{
        QString(), // the default: newest first
        QStringLiteral(R"("sort":[{"key":"status"}],)"),
        QStringLiteral(R"("sort":[{"key":"finished_at","desc":true}],)"), // NULLs while running
        QStringLiteral(R"("sort":[{"key":"finished_at"}],)"),
        QStringLiteral(R"("sort":[{"key":"trusted_account_id","desc":true},{"key":"created_at"}],)"),
        QStringLiteral("status"), // a filter: status FAILURE, newest first
    };
    for (const QString &sort : sorts) {
        const HttpResult all = admin().list(body(sort, 1, 0));
        ASSERT_EQ(all.status, 200);
        const QStringList expected = idsOf(all);
        QStringList paged;
        for (int start = 1; start <= expected.size() + 37; start += 37) {
            const HttpResult page = admin().list(body(sort, start, 37));
            ASSERT_EQ(page.json().value(QStringLiteral("total_count")).toInt(), expected.size()) << sort.toStdString();
            const QStringList ids = idsOf(page);
            paged += ids;
            if (ids.size() < 37)
                break;
        }
        EXPECT_EQ(paged, expected) << sort.toStdString();
    }
}

TEST_F(ListingPages, AChangeBetweenPagesAnswersAsOffsetWould)
{
    QStringList first = idsOf(admin().list(body(QString(), 1, 50)));
    ASSERT_EQ(first.size(), 50);
    // A job at the top is deleted and one in the middle disappears: the next page shifts.
    ASSERT_TRUE(server.deleteJobDirect(first.at(3)));
    const QStringList all = idsOf(admin().list(body(QString(), 1, 0)));
    const QStringList second = idsOf(admin().list(body(QString(), 51, 50)));
    EXPECT_EQ(second, all.mid(50, 50));
    EXPECT_EQ(admin().list(body(QString(), 51, 50)).json().value(QStringLiteral("total_count")).toInt(), all.size());
}

} // namespace
