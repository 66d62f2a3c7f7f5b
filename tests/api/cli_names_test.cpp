// SPDX-License-Identifier: MIT
// The command line's names against a live sandbox over real HTTP: names in every format, the
// same bytes as the window's export with the same names, --no-names sending no directory request
// (counted in the sandbox's request log), and names that cannot be had (a member's token, a
// server without the repository service, a directory that does not answer) leaving ids, one note
// on stderr and the exit code as it was.
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "relay.h"

#include "api/jobapiclient.h"
#include "api/jobdecoder.h"
#include "api/namedirectory.h"
#include "monitor/jobexporter.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

using Kind = NameDirectory::Kind;

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    // Lines on stderr but the note that --limit cut the listing short.
    QStringList errLines() const
    {
        QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.contains(QLatin1String("raise --limit")); });
        return lines;
    }
};

class CliNamesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new sandbox::SandboxServer;
        sandbox::SandboxOptions options;
        options.seed = 7;
        options.initialJobs = 300;
        options.simulate = false;
        QString error;
        ASSERT_TRUE(s_server->start(options, &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }
    void SetUp() override { s_server->clearRequests(); }

    static QString adminToken() { return s_server->tokenFor(sandbox::Role::DomainAdmin); }

    // Runs the real executable against `url` (the sandbox unless given) while the event loop
    // keeps serving.
    static CliResult run(QStringList arguments, const QString &token, const QUrl &url = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SPACEONE_ENDPOINT"), (url.isEmpty() ? s_server->baseUrl() : url).toString());
        env.insert(QStringLiteral("SPACEONE_TOKEN"), token);
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SJM_CLI_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForStarted(10000));
        process.closeWriteChannel();
        const bool finished = waitUntil([&] { return process.state() == QProcess::NotRunning; }, 30000);
        EXPECT_TRUE(finished) << arguments.join(QLatin1Char(' ')).toStdString();
        if (!finished)
            process.kill();
        CliResult r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static int directoryRequests()
    {
        int n = 0;
        for (const sandbox::RecordedRequest &r : s_server->requests())
            n += r.path.contains(QLatin1String("/job/")) ? 0 : 1;
        return n;
    }

    // What a NameDirectory of this process learns for the ids of `jobs`: the window's names.
    struct Directory
    {
        explicit Directory(const QString &token)
        {
            ApiEndpoint endpoint;
            endpoint.baseUrl = s_server->baseUrl();
            endpoint.token = token;
            client.setEndpoint(endpoint);
        }
        void learn(const std::vector<Job> &jobs)
        {
            for (const Job &job : jobs) {
                directory.request(Kind::Workspace, { job.workspaceId });
                directory.request(Kind::TrustedAccount, { job.trustedAccountId });
                directory.request(Kind::Plugin, { job.pluginId });
            }
            EXPECT_TRUE(waitUntil([this] { return !directory.isBusy(); }));
        }
        JobApiClient client;
        NameDirectory directory{ &client };
    };

    static std::vector<Job> decode(const QByteArray &json)
    {
        std::vector<Job> jobs;
        QString error;
        EXPECT_TRUE(JobDecoder::decodeJobArray(json, &jobs, &error)) << error.toStdString();
        return jobs;
    }

    static inline sandbox::SandboxServer *s_server = nullptr;
};

const QStringList kList{ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("40") };

TEST_F(CliNamesTest, JsonAndCsvCarryTheNamesInTheWindowsExportBytes)
{
    const CliResult json = run(kList + QStringList{ QStringLiteral("-o"), QStringLiteral("json") }, adminToken());
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_TRUE(json.errLines().isEmpty()) << json.err.toStdString();
    EXPECT_GT(directoryRequests(), 0);
    const std::vector<Job> jobs = decode(json.out);
    ASSERT_EQ(jobs.size(), 40u);
    Directory names(adminToken());
    names.learn(jobs);
    const QList<Job> shown(jobs.begin(), jobs.end());
    const JobNames lookup = JobNames::from(&names.directory);
    EXPECT_EQ(json.out, JobExporter::write(shown, JobExporter::Format::Json, lookup));

    int named = 0;
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const Job &job = jobs.at(size_t(i));
        EXPECT_EQ(o.value(QLatin1String("trusted_account_name")).toString(), lookup.trustedAccount(job));
        EXPECT_EQ(o.value(QLatin1String("plugin_name")).toString(), lookup.plugin(job));
        EXPECT_FALSE(o.value(QLatin1String("plugin_name")).toString().isEmpty());
        if (job.isDomainLevel())
            EXPECT_FALSE(o.contains(QLatin1String("workspace_name")));
        else
            named += o.value(QLatin1String("workspace_name")).toString().isEmpty() ? 0 : 1;
    }
    EXPECT_GT(named, 0);

    const CliResult csv = run(kList + QStringList{ QStringLiteral("-o"), QStringLiteral("csv") }, adminToken());
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.errLines().isEmpty()) << csv.err.toStdString();
    EXPECT_EQ(csv.out, JobExporter::write(shown, JobExporter::Format::Csv, lookup));
    EXPECT_TRUE(csv.out.startsWith("job_id,status,resource_group,domain_id,workspace_id,workspace_name,"
                                   "trusted_account_id,trusted_account_name,plugin_id,plugin_name,"));
}

TEST_F(CliNamesTest, TheTableShowsNamesAndIdsWhereThereIsNoName)
{
    const CliResult json
        = run(kList + QStringList{ QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--no-names") },
              adminToken());
    const std::vector<Job> jobs = decode(json.out);
    ASSERT_EQ(jobs.size(), 40u);
    Directory names(adminToken());
    names.learn(jobs);
    const JobNames lookup = JobNames::from(&names.directory);

    const CliResult table = run(kList, adminToken());
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.errLines().isEmpty()) << table.err.toStdString();
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 41);
    for (size_t i = 0; i < jobs.size(); ++i) {
        const Job &job = jobs.at(i);
        const QString &line = lines.at(qsizetype(i) + 1);
        ASSERT_TRUE(line.startsWith(job.jobId)) << line.toStdString();
        const QString workspace = lookup.workspace(job);
        EXPECT_TRUE(line.contains(workspace.isEmpty() ? job.workspaceId : workspace)) << line.toStdString();
        const QString account = lookup.trustedAccount(job);
        EXPECT_TRUE(line.contains(account.isEmpty() ? job.trustedAccountId : account)) << line.toStdString();
        EXPECT_TRUE(line.contains(lookup.plugin(job))) << line.toStdString();
    }
}

TEST_F(CliNamesTest, NoNamesSendsNoDirectoryRequest)
{
    for (const char *format : { "table", "json", "csv" }) {
        s_server->clearRequests();
        const CliResult r
            = run(kList + QStringList{ QStringLiteral("-o"), QLatin1String(format), QStringLiteral("--no-names") },
                  adminToken());
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.errLines().isEmpty()) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains("_name\"")) << format;
        EXPECT_GT(s_server->requests().size(), 0) << format;
        EXPECT_EQ(directoryRequests(), 0) << format;
    }
    const QString id = s_server->jobIds().value(0);
    const CliResult get = run({ QStringLiteral("get"), id, QStringLiteral("--no-names") }, adminToken());
    ASSERT_EQ(get.exitCode, 0) << get.err.toStdString();
    EXPECT_EQ(directoryRequests(), 0);
}

TEST_F(CliNamesTest, AMembersTokenGetsIdsForWorkspacesAndOneNote)
{
    const QString ws = s_server->workspaceIds().value(0);
    const QString member = s_server->tokenFor(sandbox::Role::WorkspaceMember, ws);
    const QStringList args = kList + QStringList{ QStringLiteral("-o"), QStringLiteral("json") };
    const CliResult plain = run(args + QStringList{ QStringLiteral("--no-names") }, member);
    const CliResult r = run(args, member);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, plain.exitCode);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.errLines().value(0).startsWith(QLatin1String("note: Workspaces:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("permission denied"))) << r.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    ASSERT_FALSE(array.isEmpty());
    int accountsNamed = 0;
    for (const QJsonValue &v : array) {
        EXPECT_FALSE(v.toObject().contains(QLatin1String("workspace_name")));
        accountsNamed += v.toObject().contains(QLatin1String("trusted_account_name")) ? 1 : 0;
    }
    EXPECT_GT(accountsNamed, 0);

    const CliResult table = run(kList, member);
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_EQ(table.errLines().size(), 1) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(ws.toUtf8()));
}

TEST_F(CliNamesTest, AServerWithoutTheRepositoryGivesPluginIdsAndOneNote)
{
    FakeHttpServer front;
    const quint16 port = s_server->port();
    front.setHandler([port](const RecordedRequest &request) {
        if (request.path.startsWith("/repository/"))
            return FakeResponse::json(404, R"({"detail":"Not Found"})");
        return relayTo(port, request);
    });
    ASSERT_TRUE(front.listen());
    const CliResult r
        = run(kList + QStringList{ QStringLiteral("-o"), QStringLiteral("csv") }, adminToken(), front.url());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.errLines().value(0).startsWith(QLatin1String("note: Plugins:"))) << r.err.toStdString();
    const QStringList rows = QString::fromUtf8(r.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 41);
    for (const QString &row : rows.mid(1))
        EXPECT_TRUE(row.contains(QRegularExpression(QStringLiteral(",plugin-[a-z0-9-]+,,")))) << row.toStdString();
}

TEST_F(CliNamesTest, ADirectoryThatDoesNotAnswerEndsAtTheDeadlineWithIdsAndOneNote)
{
    FakeHttpServer front;
    const quint16 port = s_server->port();
    front.setHandler([port](const RecordedRequest &request) {
        if (!request.path.contains("/job/"))
            return FakeResponse::ofAction(FakeResponse::Action::Hang);
        return relayTo(port, request);
    });
    ASSERT_TRUE(front.listen());
    QElapsedTimer clock;
    clock.start();
    const CliResult r
        = run(kList + QStringList{ QStringLiteral("--timeout"), QStringLiteral("0.3") }, adminToken(), front.url());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_LT(clock.elapsed(), 10000);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.errLines().value(0).startsWith(QLatin1String("note: Workspaces, Trusted accounts, Plugins: ")))
        << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 41);
    EXPECT_TRUE(lines.at(1).contains(QLatin1String("plugin-"))) << lines.at(1).toStdString();
}

} // namespace
