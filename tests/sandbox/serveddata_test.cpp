// SPDX-License-Identifier: MIT
// Jobs served from a data file the way the gateway prints them: `options` is a protobuf Struct,
// and statuses outside the service's enum are served as they are, for clients to be tried on.
#include "sandboxfixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sandboxtest;
using sandbox::Role;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

const char kJobs[] = R"([
 {"job_id":"job-0000000000e1","status":"ERROR","options":{},"resource_group":"WORKSPACE",
  "domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa","trusted_account_id":"ta-111111111111",
  "created_at":"2024-06-17T01:00:00.000Z","updated_at":"2024-06-17T01:00:05.000Z"},
 {"job_id":"job-0000000000e2","status":"CANCELD","options":{},"resource_group":"WORKSPACE",
  "domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa","trusted_account_id":"ta-111111111111",
  "created_at":"2024-06-17T02:00:00.000Z","updated_at":"2024-06-17T02:00:05.000Z"},
 {"job_id":"job-0000000000e3","status":"SUCCESS",
  "options":{"retries":0,"limit":5,"ratio":0.5,"regions":[1,2.5,"us"],"nested":{"n":-3},"dry_run":false},
  "resource_group":"WORKSPACE","domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa",
  "trusted_account_id":"ta-111111111111","created_at":"2024-06-17T03:00:00.000Z",
  "updated_at":"2024-06-17T03:00:05.000Z","finished_at":"2024-06-17T03:00:05.000Z"}
])";

class SandboxServedData : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        QFile file(s_dir->filePath(QStringLiteral("jobs.json")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kJobs);
        file.close();
        SandboxOptions o;
        o.dataFile = file.fileName();
        o.simulate = false;
        s_server = new SandboxServer;
        QString error;
        ASSERT_TRUE(s_server->start(o, &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
        delete s_dir;
        s_dir = nullptr;
    }
    static HttpClient admin() { return HttpClient(s_server->baseUrl(), s_server->tokenFor(Role::DomainAdmin)); }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline SandboxServer *s_server = nullptr;
};

} // namespace

TEST_F(SandboxServedData, OptionsNumbersComeBackAsDoubles)
{
    const QByteArray options
        = R"("options":{"retries":0.0,"limit":5.0,"ratio":0.5,"regions":[1.0,2.5,"us"],"nested":{"n":-3.0},"dry_run":false})";
    const auto got = admin().get(R"({"job_id":"job-0000000000e3"})");
    ASSERT_EQ(got.status, 200) << got.body.toStdString();
    EXPECT_TRUE(got.body.contains(options)) << got.body.toStdString();
    const auto listed = admin().list(R"({"job_id":"job-0000000000e3"})");
    EXPECT_TRUE(listed.body.contains(options)) << listed.body.toStdString();
    // A projection of one sub key is still a Struct.
    EXPECT_EQ(admin().list(R"({"job_id":"job-0000000000e3","query":{"only":["options.limit"]}})").body,
              R"({"results":[{"status":"PENDING","options":{"limit":5.0},"created_at":"2024-06-17T03:00:00.000Z"}],)"
              R"("total_count":1})");
}

TEST_F(SandboxServedData, StatusesOutsideTheEnumAreServedAsTheyAre)
{
    const auto r = admin().list(R"({"query":{"only":["job_id","status"]}})");
    EXPECT_EQ(r.body,
              R"({"results":[{"job_id":"job-0000000000e3","status":"SUCCESS","created_at":"2024-06-17T03:00:00.000Z"},)"
              R"({"job_id":"job-0000000000e2","status":"CANCELD","created_at":"2024-06-17T02:00:00.000Z"},)"
              R"({"job_id":"job-0000000000e1","status":"ERROR","created_at":"2024-06-17T01:00:00.000Z"}],)"
              R"("total_count":3})");
    // The stored text is what a query compares with.
    EXPECT_EQ(jobIds(admin().list(R"({"query":{"filter":[{"k":"status","v":["ERROR","CANCELD"],"o":"in"}]}})")),
              (QStringList{ QStringLiteral("job-0000000000e2"), QStringLiteral("job-0000000000e1") }));
    EXPECT_EQ(admin().get(R"({"job_id":"job-0000000000e1"})").json().value(QStringLiteral("status")).toString(),
              QStringLiteral("ERROR"));
    // The request message still only takes the enum's names.
    EXPECT_EQ(admin().list(R"({"status":"ERROR"})").status, 500);
}
