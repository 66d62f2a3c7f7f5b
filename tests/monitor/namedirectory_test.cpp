// SPDX-License-Identifier: MIT
// The names of workspaces, trusted accounts and plugins, looked up in the sandbox's directory over
// real HTTP: batches and coalescing counted in the sandbox's request log, misses and refused
// kinds that cost no request until the refresh, both path styles, and a server without the
// repository service. The refresh clock is stepped by hand; nothing sleeps.
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "relay.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "api/requestpolicy.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seededsandbox.h"

#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

using Kind = NameDirectory::Kind;

// One client and its directory, on a clock the test moves.
struct Rig
{
    Rig(const QUrl &baseUrl, const QString &token, PathStyle style = PathStyle::Console)
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = baseUrl;
        endpoint.token = token;
        endpoint.pathStyle = style;
        endpoint.timeoutMs = 30000;
        client.setEndpoint(endpoint);
        directory.setClock([this] { return now; });
    }

    // Lets the queued ids go out and waits for their answers.
    bool settle()
    {
        return waitUntil([this] { return !directory.isBusy(); });
    }

    JobApiClient client;
    NameDirectory directory{ &client };
    qint64 now = 1000000;
};

class NameDirectoryTest : public sandboxtest::SeededSandboxTest
{
protected:
    void SetUp() override { s_server->clearRequests(); }

    static QString adminToken() { return s_server->tokenFor(sandbox::Role::DomainAdmin); }
    // The directory requests the sandbox received, by path.
    static QList<sandbox::RecordedRequest> requestsTo(const QString &path)
    {
        QList<sandbox::RecordedRequest> out;
        for (const sandbox::RecordedRequest &r : s_server->requests()) {
            if (r.path == path)
                out.append(r);
        }
        return out;
    }
    static int directoryRequests()
    {
        int n = 0;
        for (const sandbox::RecordedRequest &r : s_server->requests())
            n += r.path.contains(QLatin1String("/job/")) ? 0 : 1;
        return n;
    }
    // The values of one field over every job.
    static QStringList jobValues(const QString &key)
    {
        QSet<QString> values;
        for (const QString &id : s_server->jobIds())
            values.insert(s_server->job(id)->value(key).toString());
        values.remove(QString());
        QStringList out(values.begin(), values.end());
        out.sort();
        return out;
    }
};

TEST_F(NameDirectoryTest, AsksTwoHundredFiftyIdsInThreeBatchesAndMissesCostNothingLater)
{
    Rig rig(s_server->baseUrl(), adminToken());
    QStringList ids = s_server->trustedAccountIds();
    for (int i = 0; ids.size() < 250; ++i)
        ids.append(QStringLiteral("ta-unknown%1").arg(i, 4, 10, QLatin1Char('0')));
    QSignalSpy changed(&rig.directory, &NameDirectory::namesChanged);

    // Three callers in one turn, overlapping.
    rig.directory.request(Kind::TrustedAccount, ids.mid(0, 120));
    rig.directory.request(Kind::TrustedAccount, ids.mid(100));
    rig.directory.request(Kind::TrustedAccount, ids.mid(0, 50));
    ASSERT_TRUE(rig.settle());

    const QList<sandbox::RecordedRequest> sent = requestsTo(QStringLiteral("/identity/trusted-account/list"));
    ASSERT_EQ(sent.size(), 3);
    EXPECT_EQ(rig.directory.traffic().requests, 3);
    QSet<QString> asked;
    for (const sandbox::RecordedRequest &r : sent) {
        EXPECT_EQ(r.status, 200);
        const QJsonObject query = r.body.toObject().value(QStringLiteral("query")).toObject();
        const QJsonObject filter = query.value(QStringLiteral("filter")).toArray().at(0).toObject();
        EXPECT_EQ(filter.value(QStringLiteral("k")).toString(), QStringLiteral("trusted_account_id"));
        EXPECT_EQ(filter.value(QStringLiteral("o")).toString(), QStringLiteral("in"));
        const QJsonArray values = filter.value(QStringLiteral("v")).toArray();
        EXPECT_LE(values.size(), NameDirectory::kBatchSize);
        for (const QJsonValue &v : values)
            asked.insert(v.toString());
        EXPECT_EQ(query.value(QStringLiteral("only")).toArray(),
                  QJsonArray({ "trusted_account_id", "name", "provider" }));
    }
    EXPECT_EQ(asked.size(), 250);

    int named = 0;
    for (const QString &id : ids) {
        if (!rig.directory.name(Kind::TrustedAccount, id).isEmpty()) {
            ++named;
            EXPECT_FALSE(rig.directory.provider(id).isEmpty()) << id.toStdString();
        } else {
            EXPECT_TRUE(rig.directory.isMiss(Kind::TrustedAccount, id)) << id.toStdString();
        }
    }
    EXPECT_EQ(named, s_server->trustedAccountIds().size() - 1); // all but the deleted one
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.at(0).at(0).value<Kind>(), Kind::TrustedAccount);

    // The next polls ask for the same ids: names and misses alike are answered at home.
    for (int poll = 0; poll < 3; ++poll) {
        rig.directory.request(Kind::TrustedAccount, ids);
        ASSERT_TRUE(rig.settle());
    }
    EXPECT_EQ(requestsTo(QStringLiteral("/identity/trusted-account/list")).size(), 3);
    EXPECT_TRUE(rig.directory.unavailableReason(Kind::TrustedAccount).isEmpty());
}

TEST_F(NameDirectoryTest, SameIdsAskedManyTimesInOneTurnMakeOneRequest)
{
    Rig rig(s_server->baseUrl(), adminToken());
    for (int i = 0; i < 5; ++i) {
        rig.directory.request(Kind::Workspace, s_server->workspaceIds());
        rig.directory.request(Kind::Workspace, { NameDirectory::kDomainWorkspace });
    }
    ASSERT_TRUE(rig.settle());
    const QList<sandbox::RecordedRequest> sent = requestsTo(QStringLiteral("/identity/workspace/list"));
    ASSERT_EQ(sent.size(), 1);
    const QJsonArray values = sent.at(0)
                                  .body.toObject()
                                  .value(QStringLiteral("query"))
                                  .toObject()
                                  .value(QStringLiteral("filter"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("v"))
                                  .toArray();
    EXPECT_FALSE(values.contains(QStringLiteral("*"))); // the domain is no workspace to look up
    EXPECT_EQ(values.size(), s_server->workspaceIds().size());
    for (const QString &id : s_server->workspaceIds())
        EXPECT_FALSE(rig.directory.name(Kind::Workspace, id).isEmpty()) << id.toStdString();
    EXPECT_TRUE(rig.directory.name(Kind::Workspace, NameDirectory::kDomainWorkspace).isEmpty());
}

TEST_F(NameDirectoryTest, RefreshesOnlyAfterTenMinutesAndThenAsksMissesAgain)
{
    Rig rig(s_server->baseUrl(), adminToken());
    const QStringList ids{ s_server->trustedAccountIds().value(0), QStringLiteral("ta-neverheardof") };
    rig.directory.request(Kind::TrustedAccount, ids);
    ASSERT_TRUE(rig.settle());
    ASSERT_EQ(directoryRequests(), 1);
    ASSERT_TRUE(rig.directory.isMiss(Kind::TrustedAccount, ids.at(1)));

    rig.now += NameDirectory::kRefreshIntervalMs - 1;
    rig.directory.request(Kind::TrustedAccount, ids);
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(directoryRequests(), 1);

    rig.now += 1;
    rig.directory.request(Kind::TrustedAccount, { ids.at(0) });
    ASSERT_TRUE(rig.settle());
    const QList<sandbox::RecordedRequest> sent = requestsTo(QStringLiteral("/identity/trusted-account/list"));
    ASSERT_EQ(sent.size(), 2);
    // Everything asked so far is asked again, the miss included, in one batch.
    EXPECT_EQ(sent.at(1).body.toObject().value(QStringLiteral("query")).toObject().value(QStringLiteral("filter")),
              sent.at(0).body.toObject().value(QStringLiteral("query")).toObject().value(QStringLiteral("filter")));
    EXPECT_TRUE(rig.directory.isMiss(Kind::TrustedAccount, ids.at(1)));
    EXPECT_FALSE(rig.directory.name(Kind::TrustedAccount, ids.at(0)).isEmpty());

    // The next refresh is ten minutes after this one, not after the first.
    rig.now += NameDirectory::kRefreshIntervalMs - 1;
    rig.directory.request(Kind::TrustedAccount, ids);
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(directoryRequests(), 2);
}

TEST_F(NameDirectoryTest, TheDeletedAccountThatJobsStillNameIsAMiss)
{
    Rig rig(s_server->baseUrl(), adminToken());
    const QStringList used = jobValues(QStringLiteral("trusted_account_id"));
    rig.directory.request(Kind::TrustedAccount, used);
    ASSERT_TRUE(rig.settle());
    QStringList misses;
    for (const QString &id : used) {
        if (rig.directory.isMiss(Kind::TrustedAccount, id))
            misses.append(id);
        else
            EXPECT_FALSE(rig.directory.name(Kind::TrustedAccount, id).isEmpty()) << id.toStdString();
    }
    ASSERT_EQ(misses.size(), 1);
    EXPECT_TRUE(s_server->trustedAccountIds().contains(misses.at(0)));
    EXPECT_TRUE(rig.directory.name(Kind::TrustedAccount, misses.at(0)).isEmpty());

    rig.directory.request(Kind::TrustedAccount, misses);
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(directoryRequests(), 1);
}

TEST_F(NameDirectoryTest, WorkspaceMemberIsRefusedWorkspacesButNamesItsAccounts)
{
    const QString ws = s_server->workspaceIds().value(0);
    Rig rig(s_server->baseUrl(), s_server->tokenFor(sandbox::Role::WorkspaceMember, ws));
    QSignalSpy availability(&rig.directory, &NameDirectory::availabilityChanged);
    rig.directory.request(Kind::Workspace, { ws, NameDirectory::kDomainWorkspace });
    rig.directory.request(Kind::TrustedAccount, s_server->trustedAccountIds());
    ASSERT_TRUE(rig.settle());

    EXPECT_TRUE(rig.directory.name(Kind::Workspace, ws).isEmpty());
    const QString reason = rig.directory.unavailableReason(Kind::Workspace);
    EXPECT_TRUE(reason.contains(QLatin1String("permission denied"))) << reason.toStdString();
    EXPECT_TRUE(reason.startsWith(QLatin1String("Workspaces:"))) << reason.toStdString();
    ASSERT_EQ(availability.size(), 1);
    EXPECT_EQ(availability.at(0).at(0).value<Kind>(), Kind::Workspace);
    EXPECT_TRUE(rig.directory.unavailableReason(Kind::TrustedAccount).isEmpty());
    int named = 0;
    for (const QString &id : s_server->trustedAccountIds())
        named += rig.directory.name(Kind::TrustedAccount, id).isEmpty() ? 0 : 1;
    EXPECT_GT(named, 0);

    // Refused until the refresh: polls do not ask again.
    rig.directory.request(Kind::Workspace, { ws });
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(requestsTo(QStringLiteral("/identity/workspace/list")).size(), 1);
    rig.now += NameDirectory::kRefreshIntervalMs;
    rig.directory.request(Kind::Workspace, { ws });
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(requestsTo(QStringLiteral("/identity/workspace/list")).size(), 2);
    EXPECT_FALSE(rig.directory.unavailableReason(Kind::Workspace).isEmpty());
}

TEST_F(NameDirectoryTest, SeedPathStyleNamesEveryKind)
{
    Rig rig(s_server->baseUrl(), adminToken(), PathStyle::V2);
    const QStringList plugins = jobValues(QStringLiteral("plugin_id"));
    ASSERT_FALSE(plugins.isEmpty());
    rig.directory.request(Kind::Workspace, s_server->workspaceIds());
    rig.directory.request(Kind::TrustedAccount, s_server->trustedAccountIds().mid(0, 3));
    rig.directory.request(Kind::Plugin, plugins);
    ASSERT_TRUE(rig.settle());

    EXPECT_EQ(requestsTo(QStringLiteral("/identity/v2/workspace/list")).size(), 1);
    EXPECT_EQ(requestsTo(QStringLiteral("/identity/v2/trusted-account/list")).size(), 1);
    EXPECT_EQ(requestsTo(QStringLiteral("/repository/v1/plugin/list")).size(), 1);
    EXPECT_EQ(directoryRequests(), 3);
    EXPECT_FALSE(rig.directory.name(Kind::Workspace, s_server->workspaceIds().value(0)).isEmpty());
    EXPECT_FALSE(rig.directory.name(Kind::TrustedAccount, s_server->trustedAccountIds().value(0)).isEmpty());
    for (const QString &id : plugins)
        EXPECT_FALSE(rig.directory.name(Kind::Plugin, id).isEmpty()) << id.toStdString();
}

TEST_F(NameDirectoryTest, ServerWithoutTheRepositoryLeavesPluginsUnnamedWithAReason)
{
    // A gateway whose OpenAPI files lack the repository: FastAPI's bare 404 for its paths.
    FakeHttpServer front;
    const quint16 port = s_server->port();
    front.setHandler([port](const RecordedRequest &request) {
        if (request.path.startsWith("/repository/"))
            return FakeResponse::json(404, R"({"detail":"Not Found"})");
        return relayTo(port, request);
    });
    ASSERT_TRUE(front.listen());
    Rig rig(front.url(), adminToken());
    const QStringList plugins = jobValues(QStringLiteral("plugin_id"));
    rig.directory.request(Kind::Plugin, plugins);
    rig.directory.request(Kind::Workspace, s_server->workspaceIds());
    ASSERT_TRUE(rig.settle());

    EXPECT_TRUE(rig.directory.name(Kind::Plugin, plugins.value(0)).isEmpty());
    EXPECT_FALSE(rig.directory.isMiss(Kind::Plugin, plugins.value(0)));
    const QString reason = rig.directory.unavailableReason(Kind::Plugin);
    EXPECT_TRUE(reason.startsWith(QLatin1String("Plugins:"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QLatin1String("no such path"))) << reason.toStdString();
    EXPECT_FALSE(rig.directory.name(Kind::Workspace, s_server->workspaceIds().value(0)).isEmpty());

    const auto repositoryRequests = [&front] {
        int n = 0;
        for (const RecordedRequest &r : front.requests())
            n += r.path.startsWith("/repository/") ? 1 : 0;
        return n;
    };
    EXPECT_EQ(repositoryRequests(), 1); // a missing path is not retried
    rig.directory.request(Kind::Plugin, plugins);
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(repositoryRequests(), 1);
}

TEST_F(NameDirectoryTest, FailingKindsWaitForTheRefreshAndThenRecover)
{
    // Trusted accounts answer 503 and plugins never answer, until the gateway recovers.
    FakeHttpServer front;
    const quint16 port = s_server->port();
    bool broken = true;
    front.setHandler([port, &broken](const RecordedRequest &request) {
        if (broken && request.path.startsWith("/identity/trusted-account/"))
            return FakeResponse::json(
                503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":"Server is unavailable."}})");
        if (broken && request.path.startsWith("/repository/"))
            return FakeResponse::ofAction(FakeResponse::Action::Hang);
        return relayTo(port, request);
    });
    ASSERT_TRUE(front.listen());
    Rig rig(front.url(), adminToken());
    ApiEndpoint endpoint = rig.client.endpoint();
    endpoint.timeoutMs = 300;
    rig.client.setEndpoint(endpoint);
    rig.client.setRequestPolicy(RequestPolicy::singleAttempt());
    const QString account = s_server->trustedAccountIds().value(0);
    const QStringList plugins = jobValues(QStringLiteral("plugin_id"));
    rig.directory.request(Kind::TrustedAccount, { account });
    rig.directory.request(Kind::Plugin, plugins);
    rig.directory.request(Kind::Workspace, s_server->workspaceIds());
    ASSERT_TRUE(rig.settle());

    const QString accountReason = rig.directory.unavailableReason(Kind::TrustedAccount);
    EXPECT_TRUE(accountReason.startsWith(QLatin1String("Trusted accounts:"))) << accountReason.toStdString();
    EXPECT_TRUE(accountReason.contains(QLatin1String("503"))) << accountReason.toStdString();
    const QString pluginReason = rig.directory.unavailableReason(Kind::Plugin);
    EXPECT_TRUE(pluginReason.contains(QLatin1String("in time"))) << pluginReason.toStdString();
    EXPECT_FALSE(rig.directory.isMiss(Kind::TrustedAccount, account));
    EXPECT_FALSE(rig.directory.name(Kind::Workspace, s_server->workspaceIds().value(0)).isEmpty());
    const int sent = int(front.requests().size());
    EXPECT_EQ(sent, 3);

    broken = false;
    rig.directory.request(Kind::TrustedAccount, { account });
    rig.directory.request(Kind::Plugin, plugins);
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(front.requests().size(), sent); // not before the refresh

    QSignalSpy availability(&rig.directory, &NameDirectory::availabilityChanged);
    rig.now += NameDirectory::kRefreshIntervalMs;
    rig.directory.request(Kind::TrustedAccount, { account });
    ASSERT_TRUE(rig.settle());
    EXPECT_EQ(availability.size(), 2);
    EXPECT_TRUE(rig.directory.unavailableReason(Kind::TrustedAccount).isEmpty());
    EXPECT_TRUE(rig.directory.unavailableReason(Kind::Plugin).isEmpty());
    EXPECT_FALSE(rig.directory.name(Kind::TrustedAccount, account).isEmpty());
    EXPECT_FALSE(rig.directory.name(Kind::Plugin, plugins.value(0)).isEmpty());
}

TEST_F(NameDirectoryTest, AnotherEndpointForgetsNamesMissesAndReasons)
{
    const QString ws = s_server->workspaceIds().value(0);
    Rig rig(s_server->baseUrl(), s_server->tokenFor(sandbox::Role::WorkspaceOwner, ws));
    rig.directory.request(Kind::Workspace, { ws });
    ASSERT_TRUE(rig.settle());
    ASSERT_FALSE(rig.directory.unavailableReason(Kind::Workspace).isEmpty());

    ApiEndpoint admin = rig.client.endpoint();
    admin.token = adminToken();
    rig.client.setEndpoint(admin);
    EXPECT_TRUE(rig.directory.unavailableReason(Kind::Workspace).isEmpty());
    rig.directory.request(Kind::Workspace, { ws });
    ASSERT_TRUE(rig.settle());
    EXPECT_FALSE(rig.directory.name(Kind::Workspace, ws).isEmpty());
}

} // namespace
