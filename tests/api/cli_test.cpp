// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "fakejobbackend.h"

#include "api/jobdecoder.h"
#include "cli/clicommand.h"
#include "cli/cliinvocation.h"
#include "cli/clioption.h"
#include "cli/jobformatter.h"
#include "model/jobformat.h"
#include "monitor/jobexporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <pty.h>
#include <unistd.h>

namespace {
const QString kToken = QStringLiteral("tok-9f8e7d6c5b4a-secret");

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        backend.jobs = FakeJobBackend::makeJobs(12);
        backend.requiredToken = kToken;
        server.setHandler(backend.handler());
        environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SPACEONE_TOKEN"));
        environment.insert(QStringLiteral("SPACEONE_ENDPOINT"), server.url().toString());
        environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        // The texts in English whatever the machine's language; a test sets another one.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    // Runs the real executable; the event loop keeps serving the fake server meanwhile.
    // Standard input is a pipe, never a terminal, unless `terminalInput` is given: then it is a
    // pseudo-terminal on which that text is typed.
    CliResult run(const QStringList &arguments, bool withToken = true, const QByteArray &terminalInput = {})
    {
        QProcessEnvironment env = environment;
        if (withToken && !env.contains(QStringLiteral("SPACEONE_TOKEN")))
            env.insert(QStringLiteral("SPACEONE_TOKEN"), kToken);
        QProcess process;
        process.setProcessEnvironment(env);
        int master = -1;
        int slave = -1;
        if (!terminalInput.isEmpty()) {
            EXPECT_EQ(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
            process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        }
        process.start(QStringLiteral(SJM_CLI_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForStarted(10000));
        process.closeWriteChannel();
        if (master >= 0) {
            EXPECT_EQ(::write(master, terminalInput.constData(), size_t(terminalInput.size())),
                      ssize_t(terminalInput.size()));
        }
        const bool finished = waitUntil([&] { return process.state() == QProcess::NotRunning; }, 20000);
        EXPECT_TRUE(finished) << arguments.join(QLatin1Char(' ')).toStdString();
        if (!finished)
            process.kill();
        if (master >= 0) {
            ::close(slave);
            ::close(master);
        }
        CliResult r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        EXPECT_FALSE(r.out.contains(kToken));
        EXPECT_FALSE(r.err.contains(kToken));
        return r;
    }

    QList<RecordedRequest> requestsFor(const QString &verb) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : server.requests()) {
            if (r.verb() == verb)
                out.append(r);
        }
        return out;
    }

    FakeHttpServer server;
    FakeJobBackend backend;
    QProcessEnvironment environment;
};
} // namespace

TEST_F(CliTest, ListAsJsonIsExactlyTheDecodedJobs)
{
    const CliResult r = run(
        { QStringLiteral("list"), QStringLiteral("--no-names"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    ASSERT_TRUE(doc.isArray());
    ASSERT_EQ(doc.array().size(), 12);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(doc.array().at(i).toObject(), backend.jobs.at(i)) << "row " << i;
    std::vector<Job> jobs;
    QString error;
    EXPECT_TRUE(JobDecoder::decodeJobArray(r.out.toUtf8(), &jobs, &error)) << error.toStdString();

    const QList<RecordedRequest> lists = requestsFor(QStringLiteral("list"));
    ASSERT_EQ(lists.size(), 1);
    EXPECT_EQ(lists.first().header("authorization"), "Bearer " + kToken.toUtf8());
    EXPECT_EQ(lists.first().path, QByteArray("/identity/job/list"));
}

TEST_F(CliTest, AMissingNetworkModuleIsNamed)
{
    // The executable loads its network code as a module; an installation without it says so.
    environment.insert(QStringLiteral("SJM_NETWORK_MODULE"), QStringLiteral("/nonexistent/sjm-network.so"));
    const CliResult r = run({ QStringLiteral("list") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("cannot load the network module /nonexistent/sjm-network.so")))
        << r.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliTest, ListFiltersAndSortReachTheServer)
{
    const CliResult r = run({ QStringLiteral("list"),
                              QStringLiteral("--no-names"),
                              QStringLiteral("--status"),
                              QStringLiteral("failure"),
                              QStringLiteral("-s"),
                              QStringLiteral("in-progress,pending"),
                              QStringLiteral("--workspace"),
                              QStringLiteral("workspace-abc"),
                              QStringLiteral("--plugin"),
                              QStringLiteral("plugin-x"),
                              QStringLiteral("--trusted-account"),
                              QStringLiteral("ta-1"),
                              QStringLiteral("--keyword"),
                              QStringLiteral("job-0"),
                              QStringLiteral("--sort"),
                              QStringLiteral("-finished_at"),
                              QStringLiteral("--limit"),
                              QStringLiteral("50"),
                              QStringLiteral("-o"),
                              QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<RecordedRequest> lists = requestsFor(QStringLiteral("list"));
    ASSERT_EQ(lists.size(), 1);
    const QJsonObject query = lists.first().json().value(QLatin1String("query")).toObject();
    EXPECT_EQ(query,
              QJsonDocument::fromJson(R"({
        "filter":[{"k":"status","v":["PENDING","IN_PROGRESS","FAILURE"],"o":"in"},
                  {"k":"workspace_id","v":"workspace-abc","o":"eq"},
                  {"k":"trusted_account_id","v":"ta-1","o":"eq"},
                  {"k":"plugin_id","v":"plugin-x","o":"eq"}],
        "keyword":"job-0",
        "sort":[{"key":"finished_at","desc":true},{"key":"job_id","desc":true}],
        "page":{"start":1,"limit":50}})")
                  .object());
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("[\n]"));
}

TEST_F(CliTest, ListAsCsvQuotesProperly)
{
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--format=csv") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 13);
    EXPECT_EQ(lines.first(),
              QStringLiteral("job_id,status,resource_group,domain_id,workspace_id,workspace_name,trusted_account_id,"
                             "trusted_account_name,plugin_id,plugin_name,created_at,updated_at,finished_at,"
                             "error_message,options"));
    EXPECT_EQ(lines.at(1),
              QStringLiteral("job-000000000000,FAILURE,WORKSPACE,domain-58010aa2e451,workspace-abc,,ta-000000000000,,"
                             "plugin-aws-cloud-service-inven-collector,,2024-06-18T10:00:00.000Z,"
                             "2024-06-18T10:00:00.500Z,2024-06-18T10:00:15.000Z,"
                             "\"Plugin \"\"aws\"\" failed, retry later\",{}"));
}

// The command line and the window's export are one writer: the same jobs give the same bytes.
TEST_F(CliTest, CsvAndJsonAreTheWindowsExportByteForByte)
{
    backend.jobs[3].insert(QStringLiteral("error_message"), QStringLiteral("=HYPERLINK(\"http://x\")"));
    QList<Job> jobs;
    for (const QJsonObject &o : std::as_const(backend.jobs)) {
        Job job;
        QString error;
        ASSERT_TRUE(JobDecoder::decodeJob(o, &job, &error)) << error.toStdString();
        jobs.append(job);
    }
    const CliResult csv = run({ QStringLiteral("list"), QStringLiteral("--format=csv") });
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_EQ(csv.out.toUtf8(), JobExporter::write(jobs, JobExporter::Format::Csv, JobNames{}));
    EXPECT_TRUE(csv.out.contains(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    const CliResult json = run({ QStringLiteral("list"), QStringLiteral("--format=json") });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_EQ(json.out.toUtf8(), JobExporter::write(jobs, JobExporter::Format::Json, JobNames{}));
}

// Durations read as in the window's table ("2d 4h", not "2d 04h").
TEST_F(CliTest, TableDurationsAreTheWindowsOwn)
{
    qint64 created = 0;
    JobTime::parse(backend.jobs[0].value(QLatin1String("created_at")).toString(), &created);
    const qint64 took = (2 * 86400 + 4 * 3600 + 5 * 60) * 1000LL;
    backend.jobs[0].insert(QStringLiteral("finished_at"), JobTime::toWire(created + took));
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(JobFormat::duration(took), QStringLiteral("2d 4h"));
    EXPECT_TRUE(r.out.contains(QLatin1String(" 2d 4h "))) << r.out.toStdString();
}

TEST_F(CliTest, ListAsTableUsesLocalTime)
{
    environment.insert(QStringLiteral("TZ"), QStringLiteral("KST-9"));
    const CliResult r
        = run({ QStringLiteral("list"), QStringLiteral("--no-names"), QStringLiteral("--limit"), QStringLiteral("5") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines.first().startsWith(QLatin1String("JOB ID            STATUS   CREATED")))
        << lines.first().toStdString();
    EXPECT_TRUE(lines.at(1).contains(QLatin1String("2024-06-18 19:00:00"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QLatin1String("15s")));
    // Columns line up: every row has its status where the header has STATUS.
    const qsizetype statusColumn = lines.first().indexOf(QLatin1String("STATUS"));
    for (const QString &line : lines.mid(1))
        EXPECT_TRUE(line.mid(statusColumn).startsWith(QLatin1String("SUCCESS"))
                    || line.mid(statusColumn).startsWith(QLatin1String("FAILURE")))
            << line.toStdString();
    // Truncation is a note on stderr, not a change of stdout.
    ASSERT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("showing 5 of 12"))) << r.err.toStdString();
}

TEST_F(CliTest, Get)
{
    CliResult r = run(
        { QStringLiteral("get"), QStringLiteral("job-000000000005"), QStringLiteral("-o"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object(), backend.jobs.at(5));

    r = run({ QStringLiteral("get"), QStringLiteral("job-000000000005") });
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QLatin1String("Job ID:"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Plugin \"aws\" failed, retry later")));
}

TEST_F(CliTest, GetOfAMissingJobExitsWithNotFound)
{
    const CliResult r = run({ QStringLiteral("get"), QStringLiteral("job-ffffffffffff") });
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.out.isEmpty());
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("Not found"))) << r.err.toStdString();
}

TEST_F(CliTest, DeleteWithYesReportsEachJob)
{
    const CliResult r = run({ QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("job-000000000001"),
                              QStringLiteral("job-ffffffffffff"), QStringLiteral("job-000000000002"),
                              QStringLiteral("job-000000000001") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << r.out.toStdString(); // header and three distinct ids
    EXPECT_TRUE(lines.at(1).startsWith(QLatin1String("job-000000000001  deleted")));
    EXPECT_TRUE(lines.at(2).startsWith(QLatin1String("job-ffffffffffff  already gone")));
    EXPECT_TRUE(lines.at(3).startsWith(QLatin1String("job-000000000002  deleted")));
    EXPECT_EQ(requestsFor(QStringLiteral("delete")).size(), 3);
    EXPECT_EQ(backend.jobs.size(), 10);
}

TEST_F(CliTest, DeleteWithoutATerminalRefuses)
{
    const CliResult r = run({ QStringLiteral("delete"), QStringLiteral("job-000000000001") });
    EXPECT_EQ(r.exitCode, 2);
    ASSERT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("--yes"))) << r.err.toStdString();
    EXPECT_TRUE(requestsFor(QStringLiteral("delete")).isEmpty());
    EXPECT_EQ(backend.jobs.size(), 12);
}

TEST_F(CliTest, DeleteAsksOnATerminal)
{
    CliResult r = run({ QStringLiteral("delete"), QStringLiteral("job-000000000001") }, true, "n\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("Delete 1 job (job-000000000001)?"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("nothing deleted")));
    EXPECT_TRUE(requestsFor(QStringLiteral("delete")).isEmpty());

    r = run({ QStringLiteral("delete"), QStringLiteral("job-000000000001") }, true, "y\n");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("job-000000000001  deleted"))) << r.out.toStdString();
    EXPECT_EQ(requestsFor(QStringLiteral("delete")).size(), 1);
}

// The command line speaks the user's language as the window does, plural forms included.
TEST_F(CliTest, ThePromptIsInTheUsersLanguage)
{
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const CliResult r
        = run({ QStringLiteral("delete"), QStringLiteral("job-000000000001"), QStringLiteral("job-000000000002") },
              true, "n\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2 Jobs löschen (job-000000000001, job-000000000002)?")))
        << r.err.toStdString();
    EXPECT_TRUE(requestsFor(QStringLiteral("delete")).isEmpty());
}

TEST_F(CliTest, DeleteNotAllowedIsReportedAndFails)
{
    server.setHandler([&](const RecordedRequest &r) {
        if (r.verb() == QLatin1String("delete"))
            return FakeResponse::json(
                403, R"({"detail":{"code":"ERROR_PERMISSION_DENIED","message":"Permission denied."}})");
        return backend.handle(r);
    });
    const CliResult r = run({ QStringLiteral("delete"), QStringLiteral("-y"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("job-000000000001") });
    EXPECT_EQ(r.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.at(0).toObject().value(QLatin1String("result")).toString(), QStringLiteral("not allowed"));
    ASSERT_EQ(r.errLines().size(), 1);
}

TEST_F(CliTest, StatCountsPerStatusAndPerField)
{
    CliResult r = run({ QStringLiteral("stat") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("STATUS   COUNT\nSUCCESS      9\nFAILURE      3\nTOTAL       12\n"));

    r = run({ QStringLiteral("stat"), QStringLiteral("--by"), QStringLiteral("trusted-account"), QStringLiteral("-o"),
              QStringLiteral("json"), QStringLiteral("--status"), QStringLiteral("success") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array(),
              QJsonDocument::fromJson(R"([{"trusted_account_id":"ta-000000000000","count":3},
                                          {"trusted_account_id":"ta-000000000001","count":3},
                                          {"trusted_account_id":"ta-000000000002","count":3}])")
                  .array());
    const QJsonObject query
        = requestsFor(QStringLiteral("stat")).last().json().value(QLatin1String("query")).toObject();
    EXPECT_EQ(query.value(QLatin1String("filter")).toArray(),
              QJsonDocument::fromJson(R"([{"k":"status","v":"SUCCESS","o":"eq"}])").array());
}

TEST_F(CliTest, ErrorsExitNonZeroWithOneLine)
{
    // Rejected token.
    environment.insert(QStringLiteral("SPACEONE_TOKEN"), QStringLiteral("tok-wrong-value"));
    CliResult r = run({ QStringLiteral("list") });
    EXPECT_EQ(r.exitCode, 3);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.startsWith(QLatin1String("spaceone-job-monitor: error: Not signed in")));
    EXPECT_FALSE(r.err.contains(QLatin1String("tok-wrong-value")));
    EXPECT_TRUE(r.out.isEmpty());
    environment.remove(QStringLiteral("SPACEONE_TOKEN"));

    // Server down.
    server.setHandler([](const RecordedRequest &) {
        return FakeResponse::json(503,
                                  R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" Server is unavailable."}})");
    });
    r = run({ QStringLiteral("stat") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("503")));

    // Wrong path style.
    server.setHandler(backend.handler());
    r = run({ QStringLiteral("list"), QStringLiteral("--path-style"), QStringLiteral("v2") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("path style")));
    EXPECT_EQ(server.requests().last().path, QByteArray("/identity/v2/job/list"));

    // A truncated body.
    server.setHandler([](const RecordedRequest &) {
        return FakeResponse::json(200, R"({"results":[{"job_id":"job-1","status":"SUC)");
    });
    r = run({ QStringLiteral("list"), QStringLiteral("--timeout"), QStringLiteral("5") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errLines().size(), 1);

    // Nothing listening.
    quint16 port = 0;
    {
        FakeHttpServer closed;
        ASSERT_TRUE(closed.listen());
        port = closed.port();
    }
    r = run({ QStringLiteral("list"), QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(port) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("Connection refused")));

    // Usage.
    r = run({ QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ERROR") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errLines().size(), 1);
    r = run({ QStringLiteral("get") });
    EXPECT_EQ(r.exitCode, 2);
    r = run({ QStringLiteral("list"), QStringLiteral("--no-such-option") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errLines().size(), 1);
}

TEST_F(CliTest, TokenSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kToken.toUtf8() + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    CliResult r = run({ QStringLiteral("stat"), QStringLiteral("--token-file"), path }, false);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(server.requests().last().header("authorization"), "Bearer " + kToken.toUtf8());

    r = run({ QStringLiteral("stat"), QStringLiteral("--token"), kToken }, false);
    EXPECT_EQ(r.exitCode, 0);
    ASSERT_EQ(r.errLines().size(), 1);
    EXPECT_TRUE(r.err.startsWith(QLatin1String("warning: --token"))) << r.err.toStdString();

    r = run({ QStringLiteral("stat"), QStringLiteral("--token-file"), dir.filePath(QStringLiteral("missing")) }, false);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errLines().size(), 1);
}

TEST_F(CliTest, VersionAndHelpNeedNoServer)
{
    CliResult r = run({ QStringLiteral("--version") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("spaceone-job-monitor 0."))) << r.out.toStdString();
    r = run({ QStringLiteral("delete"), QStringLiteral("--help") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("Usage: spaceone-job-monitor delete [options] JOB_ID...")));
    EXPECT_TRUE(r.out.contains(QLatin1String("--yes")));
    EXPECT_FALSE(r.out.contains(QLatin1String("--limit")));
    EXPECT_TRUE(server.requests().isEmpty());
}

// In-process checks of the parts that need no server.

TEST(CliInvocation, ParsesAListCommand)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SPACEONE_ENDPOINT"), QStringLiteral("https://console-v2.api.example.com"));
    env.insert(QStringLiteral("SPACEONE_TOKEN"), QStringLiteral(" abc \n"));
    const CliInvocation inv = CliInvocation::parse(
        { QStringLiteral("prog"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("Success"),
          QStringLiteral("--sort"), QStringLiteral("created-at,-job_id"), QStringLiteral("--timeout"),
          QStringLiteral("2.5"), QStringLiteral("--path-style"), QStringLiteral("V2") },
        env);
    ASSERT_EQ(inv.action, CliInvocation::Action::Run) << inv.error.toStdString();
    EXPECT_EQ(inv.command->id, CliCommand::List);
    EXPECT_EQ(inv.filter.statuses, QList<JobStatus>{ JobStatus::Success });
    EXPECT_EQ(inv.sort,
              (QList<SortKey>{ { QStringLiteral("created_at"), false }, { QStringLiteral("job_id"), true } }));
    EXPECT_EQ(inv.endpoint.timeoutMs, 2500);
    EXPECT_EQ(inv.endpoint.pathStyle, PathStyle::V2);
    EXPECT_EQ(inv.endpoint.token, QStringLiteral("abc"));
    EXPECT_TRUE(inv.warnings.isEmpty());
}

TEST(CliInvocation, RejectsBadInput)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SPACEONE_ENDPOINT"), QStringLiteral("http://127.0.0.1:8082"));
    auto error = [&](QStringList args) {
        args.prepend(QStringLiteral("prog"));
        const CliInvocation inv = CliInvocation::parse(args, env);
        EXPECT_EQ(inv.action, CliInvocation::Action::UsageError) << args.join(QLatin1Char(' ')).toStdString();
        return inv.error;
    };
    EXPECT_TRUE(error({ QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("colour") })
                    .contains(QLatin1String("colour")));
    EXPECT_TRUE(error({ QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0") })
                    .contains(QLatin1String("--limit")));
    EXPECT_TRUE(error({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") })
                    .contains(QLatin1String("xml")));
    EXPECT_TRUE(error({ QStringLiteral("stat"), QStringLiteral("--timeout"), QStringLiteral("-1") })
                    .contains(QLatin1String("--timeout")));
    EXPECT_FALSE(error({ QStringLiteral("list"), QStringLiteral("--endpoint"), QStringLiteral("console.example.com") })
                     .isEmpty());
    EXPECT_FALSE(error({ QStringLiteral("list"), QStringLiteral("extra") }).isEmpty());
    EXPECT_FALSE(error({ QStringLiteral("delete") }).isEmpty());
    EXPECT_FALSE(error({ QStringLiteral("get"), QStringLiteral("--yes"), QStringLiteral("job-1") }).isEmpty());
    EXPECT_FALSE(error({ QStringLiteral("frobnicate") }).isEmpty());
}

TEST(CliInvocation, OnlySubcommandsHelpAndVersionLeaveTheWindow)
{
    EXPECT_TRUE(CliInvocation::isCliInvocation({ QStringLiteral("p"), QStringLiteral("stat") }));
    EXPECT_TRUE(CliInvocation::isCliInvocation({ QStringLiteral("p"), QStringLiteral("--version") }));
    EXPECT_TRUE(CliInvocation::isCliInvocation({ QStringLiteral("p"), QStringLiteral("--help") }));
    EXPECT_FALSE(CliInvocation::isCliInvocation({ QStringLiteral("p") }));
    EXPECT_FALSE(CliInvocation::isCliInvocation({ QStringLiteral("p"), QStringLiteral("--sandbox") }));
}

TEST(CliOption, EveryOptionIsDescribedOnceAndBelongsToACommand)
{
    QStringList names;
    for (const CliOption *o = CliOption::table(); o->name; ++o) {
        EXPECT_FALSE(names.contains(QLatin1String(o->name))) << o->name;
        names.append(QLatin1String(o->name));
        EXPECT_NE(o->commands, 0u) << o->name;
        EXPECT_FALSE(o->translatedDescription().isEmpty()) << o->name;
    }
    for (const CliCommand *c = CliCommand::table(); c->name; ++c)
        EXPECT_TRUE(CliOption::helpText(c).contains(QLatin1String("--help")));
}

TEST(JobWriter, CsvQuotingAndTheFormulaGuard)
{
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("@SUM(A1),x")), QStringLiteral("\"'@SUM(A1),x\""));
    EXPECT_EQ(JobWriter::csvLine({ QString(), QStringLiteral("x") }), QStringLiteral(",x\r\n"));
}

TEST(JobFormatter, TablesAlign)
{
    EXPECT_EQ(JobFormatter::alignedTable({ QStringLiteral("A"), QStringLiteral("N") },
                                         { { QStringLiteral("long value"), QStringLiteral("7") },
                                           { QStringLiteral("x"), QStringLiteral("1234") } },
                                         { 1 }),
              QStringLiteral("A              N\nlong value     7\nx           1234\n"));
}

TEST_F(CliTest, ATricklingServerEndsAtTheDeadline)
{
    FakeResponse trickle = FakeResponse::ofAction(FakeResponse::Action::Trickle);
    trickle.delayMs = 100; // ten bytes a second: the transfer timeout alone would never fire
    trickle.body = R"({"results":[)";
    server.setHandler([trickle](const RecordedRequest &) { return trickle; });
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--timeout"), QStringLiteral("1") });
    EXPECT_EQ(r.exitCode, 1);
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("no complete answer within 3 s"))) << r.err.toStdString();
}

TEST_F(CliTest, ServerErrorsAreRetriedBeforeTheCommandFails)
{
    int lists = 0;
    server.setHandler([&](const RecordedRequest &r) {
        if (r.verb() == QLatin1String("list") && ++lists <= 2)
            return FakeResponse::json(500, "Internal Server Error");
        return backend.handle(r);
    });
    const CliResult r = run(
        { QStringLiteral("list"), QStringLiteral("--no-names"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lists, 3);
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 12);
}

TEST_F(CliTest, ALoopbackServerIsReachedDirectlyNeverThroughTheProxy)
{
    FakeHttpServer proxy;
    ASSERT_TRUE(proxy.listen());
    proxy.setHandler([](const RecordedRequest &) { return FakeResponse::json(502, "{}"); });
    environment.insert(QStringLiteral("http_proxy"), proxy.url().toString());
    environment.insert(QStringLiteral("HTTP_PROXY"), proxy.url().toString());
    environment.insert(QStringLiteral("no_proxy"), QString());
    const CliResult r = run({ QStringLiteral("stat") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A name under .localhost is loopback too: it never goes to the proxy, token included.
    QUrl named = server.url();
    named.setHost(QStringLiteral("sandbox.localhost"));
    run({ QStringLiteral("stat"), QStringLiteral("--endpoint"), named.toString() });
    EXPECT_TRUE(proxy.requests().isEmpty()) << proxy.requests().first().header("authorization").toStdString();
}

TEST(CliInvocation, EveryTokenSourceObeysTheTransportPolicy)
{
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QFile file(tokenFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("file-token\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    auto parse = [](const QString &endpoint, QStringList args, const QString &envToken = {}) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SPACEONE_ENDPOINT"), endpoint);
        if (!envToken.isEmpty())
            env.insert(QStringLiteral("SPACEONE_TOKEN"), envToken);
        args.prepend(QStringLiteral("list"));
        args.prepend(QStringLiteral("prog"));
        return CliInvocation::parse(args, env);
    };
    const QString remote = QStringLiteral("http://console.example.com");
    const QList<QStringList> sources{ { QStringLiteral("--token"), QStringLiteral("cli-token") },
                                      { QStringLiteral("--token-file"), tokenFile },
                                      {} };
    for (const QStringList &source : sources) {
        SCOPED_TRACE(source.join(QLatin1Char(' ')).toStdString());
        const CliInvocation refused = parse(remote, source, QStringLiteral("env-token"));
        EXPECT_EQ(refused.action, CliInvocation::Action::UsageError);
        EXPECT_TRUE(refused.error.contains(QLatin1String("--allow-plain-http"))) << refused.error.toStdString();

        QStringList optIn = source;
        optIn.append(QStringLiteral("--allow-plain-http"));
        const CliInvocation allowed = parse(remote, optIn, QStringLiteral("env-token"));
        ASSERT_EQ(allowed.action, CliInvocation::Action::Run) << allowed.error.toStdString();
        EXPECT_TRUE(allowed.warnings.join(QLatin1Char('\n')).contains(QLatin1String("unencrypted")));

        for (const QString &fine :
             { QStringLiteral("https://console.example.com"), QStringLiteral("http://127.0.0.1:8080"),
               QStringLiteral("http://[::1]:8080"), QStringLiteral("http://sandbox.localhost:8080") }) {
            const CliInvocation ok = parse(fine, source, QStringLiteral("env-token"));
            EXPECT_EQ(ok.action, CliInvocation::Action::Run) << fine.toStdString() << ok.error.toStdString();
        }
    }
    // Without a token there is nothing to protect.
    EXPECT_EQ(parse(remote, {}).action, CliInvocation::Action::Run);
}
