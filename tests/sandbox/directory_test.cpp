// SPDX-License-Identifier: MIT
// The directory calls that put names on the ids of jobs (workspaces, trusted accounts,
// plugins) and the sync call that runs an account again, over real HTTP: both path styles,
// `only` and `in` filters, the role rules with their 403 and 404 bodies, names that agree with
// the ids the jobs use, and a synced job that the simulation then runs.
#include "sandboxfixture.h"
#include "seededsandbox.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace sandboxtest;

namespace {

const QString kWorkspaceList = QStringLiteral("/identity/workspace/list");
const QString kAccountList = QStringLiteral("/identity/trusted-account/list");
const QString kSync = QStringLiteral("/identity/trusted-account/sync");
const QString kPluginList = QStringLiteral("/repository/plugin/list");

QJsonArray resultsOf(const HttpResult &r)
{
    return r.json().value(QStringLiteral("results")).toArray();
}

QStringList valuesOf(const HttpResult &r, const QString &key)
{
    QStringList values;
    for (const QJsonValue &v : resultsOf(r))
        values << v.toObject().value(key).toString();
    return values;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QByteArray idFilter(const QString &key, const QStringList &ids, const QString &only)
{
    return QStringLiteral(R"({"query":{"filter":[{"k":"%1","v":["%2"],"o":"in"}],"only":[%3]}})")
        .arg(key, ids.join(QStringLiteral("\",\"")), only)
        .toUtf8();
}

class Directory : public SeededSandboxTest
{
protected:
    static HttpClient client(sandbox::Role role, const QString &workspaceId = {})
    {
        return HttpClient(s_server->baseUrl(), s_server->tokenFor(role, workspaceId));
    }
    static HttpClient admin() { return client(sandbox::Role::DomainAdmin); }
    static QString firstWorkspace() { return s_server->workspaceIds().value(0); }

    // Every listed account, as the domain admin sees them.
    static QJsonArray accounts() { return resultsOf(admin().post(kAccountList, "{}")); }
    // The job ids of the whole history.
    static QStringList jobValues(const QString &key)
    {
        const HttpResult r = admin().list(QStringLiteral(R"({"query":{"only":["%1"]}})").arg(key).toUtf8());
        return valuesOf(r, key);
    }
};

TEST_F(Directory, WorkspaceListAnswersBothPathStylesWithEveryWorkspace)
{
    const HttpResult plain = admin().post(kWorkspaceList, "{}");
    const HttpResult seed = admin().post(QStringLiteral("/identity/v2/workspace/list"), "{}");
    ASSERT_EQ(plain.status, 200) << plain.text().toStdString();
    EXPECT_EQ(plain.body, seed.body);
    EXPECT_EQ(setOf(valuesOf(plain, QStringLiteral("workspace_id"))), setOf(s_server->workspaceIds()));
    EXPECT_EQ(plain.json().value(QStringLiteral("total_count")).toInt(), s_server->workspaceIds().size());
    bool nonAscii = false;
    for (const QJsonValue &v : resultsOf(plain)) {
        const QJsonObject w = v.toObject();
        EXPECT_FALSE(w.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_TRUE(QStringList({ "ENABLED", "DISABLED" }).contains(w.value(QStringLiteral("state")).toString()));
        EXPECT_FALSE(w.value(QStringLiteral("created_at")).toString().isEmpty());
        for (const QChar c : w.value(QStringLiteral("name")).toString())
            nonAscii = nonAscii || c.unicode() > 127;
    }
    EXPECT_TRUE(nonAscii);
}

TEST_F(Directory, WorkspaceListFiltersByIdAndKeepsOnlyTheFieldsAskedFor)
{
    const QStringList wanted{ s_server->workspaceIds().at(0), s_server->workspaceIds().at(2) };
    const HttpResult r = admin().post(
        kWorkspaceList, idFilter(QStringLiteral("workspace_id"), wanted, QStringLiteral(R"("workspace_id","name")")));
    ASSERT_EQ(r.status, 200) << r.text().toStdString();
    EXPECT_EQ(setOf(valuesOf(r, QStringLiteral("workspace_id"))), setOf(wanted));
    EXPECT_EQ(r.json().value(QStringLiteral("total_count")).toInt(), 2);
    for (const QJsonValue &v : resultsOf(r))
        EXPECT_EQ(v.toObject().keys(), QStringList({ "name", "workspace_id" }));

    const HttpResult page = admin().post(
        kWorkspaceList,
        QStringLiteral(R"({"query":{"filter":[{"k":"workspace_id","v":"%1","o":"eq"}],"page":{"limit":1}}})")
            .arg(wanted.at(1))
            .toUtf8());
    EXPECT_EQ(valuesOf(page, QStringLiteral("workspace_id")), QStringList{ wanted.at(1) });
}

TEST_F(Directory, WorkspaceListIsForDomainAdminsOnly)
{
    for (const sandbox::Role role : { sandbox::Role::WorkspaceOwner, sandbox::Role::WorkspaceMember }) {
        const HttpResult r = client(role, firstWorkspace()).post(kWorkspaceList, "{}");
        EXPECT_TRUE(isError(r, 403, "ERROR_PERMISSION_DENIED", QStringLiteral("Permission denied.")));
    }
    EXPECT_TRUE(isError(HttpClient(s_server->baseUrl()).post(kWorkspaceList, "{}"), 401, "ERROR_AUTHENTICATE_FAILURE",
                        QStringLiteral("Authenticate failure. (message =  Authenticate failure. (message = empty token "
                                       "provided.))")));
}

TEST_F(Directory, TrustedAccountListAnswersBothPathStyles)
{
    const HttpResult plain = admin().post(kAccountList, "{}");
    const HttpResult seed = admin().post(QStringLiteral("/identity/v2/trusted-account/list"), "{}");
    ASSERT_EQ(plain.status, 200) << plain.text().toStdString();
    EXPECT_EQ(plain.body, seed.body);
    for (const QJsonValue &v : resultsOf(plain)) {
        const QJsonObject a = v.toObject();
        const QString group = a.value(QStringLiteral("resource_group")).toString();
        const QString ws = a.value(QStringLiteral("workspace_id")).toString();
        EXPECT_FALSE(a.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_FALSE(a.value(QStringLiteral("provider")).toString().isEmpty());
        EXPECT_FALSE(a.value(QStringLiteral("created_at")).toString().isEmpty());
        EXPECT_TRUE(group == u"DOMAIN" ? ws == u"*" : s_server->workspaceIds().contains(ws)) << ws.toStdString();
    }
}

TEST_F(Directory, TrustedAccountNamesRepeatAcrossWorkspaces)
{
    QHash<QString, QSet<QString>> workspacesByName;
    for (const QJsonValue &v : accounts()) {
        const QJsonObject a = v.toObject();
        workspacesByName[a.value(QStringLiteral("name")).toString()].insert(
            a.value(QStringLiteral("workspace_id")).toString());
    }
    bool duplicate = false;
    for (const QSet<QString> &workspaces : std::as_const(workspacesByName))
        duplicate = duplicate || workspaces.size() > 1;
    EXPECT_TRUE(duplicate);
}

TEST_F(Directory, NamesCoverTheJobsIdsButTheDeletedAccount)
{
    const QSet<QString> listed
        = setOf(valuesOf(admin().post(kAccountList, "{}"), QStringLiteral("trusted_account_id")));
    const QSet<QString> used = setOf(jobValues(QStringLiteral("trusted_account_id")));
    const QSet<QString> unlisted = used - listed;
    ASSERT_EQ(unlisted.size(), 1); // the deleted account, still referenced by its old jobs
    EXPECT_TRUE(setOf(s_server->trustedAccountIds()).contains(*unlisted.begin()));

    QSet<QString> workspaces = setOf(s_server->workspaceIds());
    workspaces.insert(QStringLiteral("*"));
    EXPECT_TRUE(setOf(jobValues(QStringLiteral("workspace_id"))).subtract(workspaces).isEmpty());
    const QSet<QString> plugins = setOf(valuesOf(admin().post(kPluginList, "{}"), QStringLiteral("plugin_id")));
    EXPECT_TRUE(setOf(jobValues(QStringLiteral("plugin_id"))).subtract(plugins).isEmpty());
}

TEST_F(Directory, WorkspaceTokensSeeTheirWorkspaceAndTheDomainAccounts)
{
    const QString ws = firstWorkspace();
    QSet<QString> expected;
    for (const QJsonValue &v : accounts()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("workspace_id")).toString() == ws
            || a.value(QStringLiteral("workspace_id")).toString() == u"*")
            expected.insert(a.value(QStringLiteral("trusted_account_id")).toString());
    }
    ASSERT_FALSE(expected.isEmpty());
    for (const sandbox::Role role : { sandbox::Role::WorkspaceOwner, sandbox::Role::WorkspaceMember }) {
        const HttpResult r = client(role, ws).post(kAccountList, "{}");
        ASSERT_EQ(r.status, 200) << r.text().toStdString();
        EXPECT_EQ(setOf(valuesOf(r, QStringLiteral("trusted_account_id"))), expected);
    }
}

TEST_F(Directory, TrustedAccountListFiltersByIdAndKeepsOnlyTheFieldsAskedFor)
{
    const QStringList all = valuesOf(admin().post(kAccountList, "{}"), QStringLiteral("trusted_account_id"));
    ASSERT_GE(all.size(), 3);
    const QStringList wanted{ all.at(0), all.at(2) };
    const HttpResult r = admin().post(
        QStringLiteral("/identity/v2/trusted-account/list"),
        idFilter(QStringLiteral("trusted_account_id"), wanted, QStringLiteral(R"("trusted_account_id","name")")));
    ASSERT_EQ(r.status, 200) << r.text().toStdString();
    EXPECT_EQ(setOf(valuesOf(r, QStringLiteral("trusted_account_id"))), setOf(wanted));
    for (const QJsonValue &v : resultsOf(r))
        EXPECT_EQ(v.toObject().keys(), QStringList({ "name", "trusted_account_id" }));
}

TEST_F(Directory, PluginListAnswersAnyRoleInBothPathStyles)
{
    const HttpResult plain = admin().post(kPluginList, "{}");
    ASSERT_EQ(plain.status, 200) << plain.text().toStdString();
    const HttpResult seed = client(sandbox::Role::WorkspaceMember, firstWorkspace())
                                .post(QStringLiteral("/repository/v1/plugin/list"), "{}");
    EXPECT_EQ(plain.body, seed.body);
    for (const QJsonValue &v : resultsOf(plain)) {
        const QJsonObject p = v.toObject();
        for (const char *key : { "plugin_id", "name", "image", "provider" })
            EXPECT_FALSE(p.value(QLatin1String(key)).toString().isEmpty()) << key;
    }
    const QStringList ids = valuesOf(plain, QStringLiteral("plugin_id"));
    const HttpResult one = admin().post(
        kPluginList, idFilter(QStringLiteral("plugin_id"), { ids.last() }, QStringLiteral(R"("plugin_id")")));
    ASSERT_EQ(resultsOf(one).size(), 1);
    EXPECT_EQ(resultsOf(one).at(0).toObject().keys(), QStringList({ "name", "plugin_id" })); // + the ordering key
}

TEST_F(Directory, ListsCheckTheirMessagesAndQueries)
{
    const HttpResult unknown = admin().post(kAccountList, R"({"bogus":1})");
    EXPECT_EQ(unknown.status, 500);
    EXPECT_EQ(unknown.json().value(QStringLiteral("detail")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("ERROR_UNKNOWN"));
    const HttpResult badOnly = admin().post(kWorkspaceList, R"({"query":{"only":["bogus"]}})");
    EXPECT_EQ(badOnly.status, 500);
    EXPECT_EQ(badOnly.json().value(QStringLiteral("detail")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("ERROR_DB_QUERY"));
    EXPECT_EQ(admin().post(kPluginList, "[]").status, 500);
    const HttpResult notList = admin().post(kWorkspaceList, R"({"query":{"filter":[{"k":"name","v":"x","o":"in"}]}})");
    EXPECT_EQ(notList.status, 400) << notList.text().toStdString();
}

TEST_F(Directory, ListsCheckConditionsAndPageLikeTheJobList)
{
    // The same condition fails the same way on a directory list and on the job list.
    for (const char *condition : { R"({"k":"name","v":"x","o":"match"})", R"({"k":"name","v":"x","o":"like"})",
                                   R"({"k":"name","v":[],"o":"contain_in"})", R"({"k":"","v":"x","o":"eq"})" }) {
        const QByteArray body = QStringLiteral(R"({"query":{"filter":[%1]}})").arg(QLatin1String(condition)).toUtf8();
        const HttpResult directory = admin().post(kWorkspaceList, body);
        EXPECT_NE(directory.status, 200) << condition;
        EXPECT_EQ(directory.status, admin().list(body).status) << condition;
        EXPECT_EQ(directory.body, admin().list(body).body) << condition;
    }
    const HttpResult time = admin().post(
        kWorkspaceList, R"({"query":{"filter":[{"k":"created_at","v":"2024-01-01T00:00:00Z","o":"datetime_gt"}]}})");
    EXPECT_EQ(time.status, 500);
    EXPECT_TRUE(time.text().contains(QStringLiteral("not supported by the sandbox"))) << time.text().toStdString();

    // regex_in: any of the patterns.
    auto names = [](const HttpResult &r) { return setOf(valuesOf(r, QStringLiteral("name"))); };
    const HttpResult either
        = admin().post(kAccountList, R"({"query":{"filter":[{"k":"name","v":["données","^prod"],"o":"regex_in"}]}})");
    ASSERT_EQ(either.status, 200) << either.text().toStdString();
    const QSet<QString> expected
        = names(admin().post(kAccountList, R"({"query":{"filter":[{"k":"name","v":"données","o":"regex"}]}})"))
        | names(admin().post(kAccountList, R"({"query":{"filter":[{"k":"name","v":"^prod","o":"regex"}]}})"));
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(names(either), expected);

    // The page window: start is 1-based, below 1 counts as 1, no limit is every row.
    const QStringList all = valuesOf(admin().post(kAccountList, "{}"), QStringLiteral("trusted_account_id"));
    ASSERT_GE(all.size(), 4);
    EXPECT_EQ(valuesOf(admin().post(kAccountList, R"({"query":{"page":{"start":2,"limit":2}}})"),
                       QStringLiteral("trusted_account_id")),
              all.mid(1, 2));
    EXPECT_EQ(valuesOf(admin().post(kAccountList, R"({"query":{"page":{"start":0,"limit":1}}})"),
                       QStringLiteral("trusted_account_id")),
              all.mid(0, 1));
    EXPECT_EQ(
        valuesOf(admin().post(kAccountList, R"({"query":{"page":{"start":3}}})"), QStringLiteral("trusted_account_id")),
        all);
    EXPECT_EQ(admin().post(kAccountList, R"({"query":{"page":{"start":100000,"limit":5}}})").json().keys(),
              QStringList{ QStringLiteral("total_count") });
}

TEST_F(Directory, NamesAreFoundByKeywordAndContainWhateverTheirCase)
{
    const HttpResult byKeyword = admin().post(kAccountList, R"({"query":{"keyword":"DONNÉES"}})");
    const HttpResult byContain
        = admin().post(kAccountList, R"({"query":{"filter":[{"k":"name","v":"données","o":"contain"}]}})");
    ASSERT_EQ(byContain.status, 200) << byContain.text().toStdString();
    const QStringList names = valuesOf(byContain, QStringLiteral("name"));
    ASSERT_FALSE(names.isEmpty());
    for (const QString &name : names)
        EXPECT_TRUE(name.contains(QStringLiteral("Données"))) << name.toStdString();
    EXPECT_EQ(byKeyword.body, byContain.body);
}

TEST_F(Directory, SyncFollowsTheRoleRules)
{
    const QString ws = firstWorkspace();
    QString domainAccount;
    for (const QJsonValue &v : accounts()) {
        if (v.toObject().value(QStringLiteral("resource_group")).toString() == u"DOMAIN")
            domainAccount = v.toObject().value(QStringLiteral("trusted_account_id")).toString();
    }
    ASSERT_FALSE(domainAccount.isEmpty());
    const QByteArray body = QStringLiteral(R"({"trusted_account_id":"%1"})").arg(domainAccount).toUtf8();

    EXPECT_TRUE(isError(client(sandbox::Role::WorkspaceMember, ws).post(kSync, body), 403, "ERROR_PERMISSION_DENIED",
                        QStringLiteral("Permission denied.")));
    EXPECT_TRUE(isError(client(sandbox::Role::WorkspaceOwner, ws).post(kSync, body), 404, "ERROR_NOT_FOUND",
                        QStringLiteral(" Resource cannot be found or access is denied. (('trusted_account_id', "
                                       "'domain_id', 'workspace_id') = ('%1', '%2', '%3'))")
                            .arg(domainAccount, s_server->domainId(), ws)));
    EXPECT_TRUE(isError(admin().post(kSync, "{}"), 400, "ERROR_REQUIRED_PARAMETER",
                        QStringLiteral(" Required parameter. (key = trusted_account_id)")));
    EXPECT_TRUE(isError(admin().post(kSync, R"({"trusted_account_id":"ta-000000000000"})"), 404, "ERROR_NOT_FOUND",
                        QStringLiteral(" Resource cannot be found or access is denied. (('trusted_account_id', "
                                       "'domain_id') = ('ta-000000000000', '%1'))")
                            .arg(s_server->domainId())));
}

TEST_F(Directory, SyncOfTheDeletedAccountIsNotFound)
{
    const QSet<QString> listed
        = setOf(valuesOf(admin().post(kAccountList, "{}"), QStringLiteral("trusted_account_id")));
    const QSet<QString> unlisted = setOf(jobValues(QStringLiteral("trusted_account_id"))) - listed;
    ASSERT_EQ(unlisted.size(), 1);
    const QString deleted = *unlisted.begin();
    const qint64 jobs = s_server->jobCount();
    EXPECT_TRUE(isError(admin().post(kSync, QStringLiteral(R"({"trusted_account_id":"%1"})").arg(deleted).toUtf8()),
                        404, "ERROR_NOT_FOUND",
                        QStringLiteral(" Resource cannot be found or access is denied. (('trusted_account_id', "
                                       "'domain_id') = ('%1', '%2'))")
                            .arg(deleted, s_server->domainId())));
    EXPECT_EQ(s_server->jobCount(), jobs);
}

// A fresh world per test: the synced job's life is the only thing going on.
class DirectorySync : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.seed = 7;
        options.initialJobs = 300;
        options.simulate = false;
        options.jobsPerMinute = 0;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    }
    HttpClient client(sandbox::Role role) const
    {
        return HttpClient(server.baseUrl(), server.tokenFor(role, server.workspaceIds().value(0)));
    }
    // A listed account of the first workspace with no job running.
    QString idleAccount() const
    {
        const HttpClient owner = client(sandbox::Role::WorkspaceOwner);
        const QStringList running
            = valuesOf(owner.list(R"({"status":"IN_PROGRESS","query":{"only":["trusted_account_id"]}})"),
                       QStringLiteral("trusted_account_id"));
        for (const QJsonValue &v : resultsOf(owner.post(kAccountList, "{}"))) {
            const QJsonObject a = v.toObject();
            const QString id = a.value(QStringLiteral("trusted_account_id")).toString();
            if (a.value(QStringLiteral("workspace_id")).toString() == server.workspaceIds().value(0)
                && !running.contains(id))
                return id;
        }
        return {};
    }

    sandbox::SandboxServer server;
};

TEST_F(DirectorySync, CreatesOnePendingJobThatTheSimulationRuns)
{
    const QString account = idleAccount();
    ASSERT_FALSE(account.isEmpty());
    const qint64 before = server.jobCount();
    const HttpResult r = client(sandbox::Role::WorkspaceOwner)
                             .post(QStringLiteral("/identity/v2/trusted-account/sync"),
                                   QStringLiteral(R"({"trusted_account_id":"%1"})").arg(account).toUtf8());
    ASSERT_EQ(r.status, 200) << r.text().toStdString();
    const QJsonObject job = r.json();
    const QString jobId = job.value(QStringLiteral("job_id")).toString();
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    EXPECT_EQ(job.value(QStringLiteral("trusted_account_id")).toString(), account);
    EXPECT_EQ(job.value(QStringLiteral("workspace_id")).toString(), server.workspaceIds().value(0));
    EXPECT_EQ(server.jobCount(), before + 1);

    const HttpResult listed
        = client(sandbox::Role::DomainAdmin).list(QStringLiteral(R"({"job_id":"%1"})").arg(jobId).toUtf8());
    ASSERT_EQ(resultsOf(listed).size(), 1);
    EXPECT_EQ(resultsOf(listed).at(0).toObject(), job);

    server.stepSimulation(10);
    EXPECT_NE(server.job(jobId)->value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
}

TEST_F(DirectorySync, AdminSyncsAnyAccountOnTheFirstPath)
{
    const QString account = idleAccount();
    ASSERT_FALSE(account.isEmpty());
    const HttpResult r = client(sandbox::Role::DomainAdmin)
                             .post(kSync, QStringLiteral(R"({"trusted_account_id":"%1"})").arg(account).toUtf8());
    ASSERT_EQ(r.status, 200) << r.text().toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    EXPECT_TRUE(server.job(r.json().value(QStringLiteral("job_id")).toString()).has_value());
}

TEST(DirectoryOfServedData, NamesTheDataIdsAndSyncsIntoAPendingJob)
{
    sandbox::SandboxServer server;
    QString error;
    ASSERT_TRUE(server.start(fixtureOptions(), &error)) << error.toStdString();
    const HttpClient admin(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin));
    EXPECT_EQ(setOf(valuesOf(admin.post(kWorkspaceList, "{}"), QStringLiteral("workspace_id"))),
              setOf({ kWorkspaceA, kWorkspaceB }));
    const HttpResult accounts = admin.post(kAccountList, "{}");
    EXPECT_EQ(setOf(valuesOf(accounts, QStringLiteral("trusted_account_id"))),
              setOf({ "ta-111111111111", "ta-222222222222", "ta-333333333333", "ta-444444444444", "ta-555555555555" }));
    EXPECT_FALSE(valuesOf(accounts, QStringLiteral("name")).contains(QString()));

    const qint64 before = server.jobCount();
    const HttpResult r = HttpClient(server.baseUrl(), server.tokenFor(sandbox::Role::WorkspaceOwner, kWorkspaceB))
                             .post(kSync, R"({"trusted_account_id":"ta-333333333333"})");
    ASSERT_EQ(r.status, 200) << r.text().toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    EXPECT_EQ(r.json().value(QStringLiteral("workspace_id")).toString(), kWorkspaceB);
    EXPECT_EQ(server.jobCount(), before + 1);
}

} // namespace
