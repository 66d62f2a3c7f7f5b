// SPDX-License-Identifier: MIT
// The sandbox as a running service: data files, several instances, persistence across restarts
// and kills, concurrent clients, fault injection, tokens and the live simulation.
#include "sandboxfixture.h"

#include "sandbox/sandboxcommandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace sandboxtest;
using sandbox::Role;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {

QJsonArray allJobs(const SandboxServer &server)
{
    HttpClient admin(server.baseUrl(), server.tokenFor(Role::DomainAdmin));
    return admin.list("{}").json().value(QStringLiteral("results")).toArray();
}

QHash<QString, QJsonObject> jobsById(const QJsonArray &jobs)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : jobs)
        out.insert(v.toObject().value(QStringLiteral("job_id")).toString(), v.toObject());
    return out;
}

SandboxOptions simulatedOptions(int jobs, quint32 seed = 7)
{
    SandboxOptions o;
    o.initialJobs = jobs;
    o.seed = seed;
    o.simulate = true;
    return o;
}

} // namespace

// --- data files and several instances ----------------------------------------------------------

TEST(SandboxData, TwoSandboxesServeTheirOwnData)
{
    SandboxServer first;
    SandboxServer second;
    QString error;
    ASSERT_TRUE(first.start(fixtureOptions(), &error)) << error.toStdString();
    ASSERT_TRUE(second.start(fixtureOptions(QStringLiteral("sandbox/jobs_other.json")), &error)) << error.toStdString();
    EXPECT_NE(first.port(), second.port());
    EXPECT_EQ(first.domainId(), kDomain);
    EXPECT_EQ(second.domainId(), QStringLiteral("domain-b0b000000001"));
    EXPECT_EQ(allJobs(first).size(), 12);
    EXPECT_EQ(jobIds(HttpClient(second.baseUrl(), second.tokenFor(Role::DomainAdmin)).list("{}")),
              (QStringList{ QStringLiteral("job-b0b000000002"), QStringLiteral("job-b0b000000001") }));
    // A token of one sandbox means nothing to the other.
    EXPECT_EQ(HttpClient(second.baseUrl(), first.tokenFor(Role::DomainAdmin)).list("{}").status, 401);
}

TEST(SandboxData, ServesExactlyTheFileContents)
{
    SandboxServer server;
    QString error;
    ASSERT_TRUE(server.start(fixtureOptions(), &error)) << error.toStdString();
    QFile file(testsupport::dataPath(QStringLiteral("sandbox/jobs.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(file.readAll()).array();
    const auto served = jobsById(allJobs(server));
    ASSERT_EQ(served.size(), expected.size());
    for (const QJsonValue &v : expected) {
        const QJsonObject job = v.toObject();
        EXPECT_EQ(served.value(job.value(QStringLiteral("job_id")).toString()), job)
            << job.value(QStringLiteral("job_id")).toString().toStdString();
    }
    // No simulation: nothing changes.
    server.stepSimulation(5);
    EXPECT_EQ(server.jobCount(), 12);
}

TEST(SandboxData, BadDataFilesFailToStart)
{
    QTemporaryDir dir;
    auto write = [&dir](const char *name, const QByteArray &content) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    };
    const std::pair<QString, const char *> cases[] = {
        { dir.filePath(QStringLiteral("missing.json")), "cannot read data file" },
        { write("invalid.json", "[{"), "is not valid JSON" },
        { write("object.json", R"({"a":1})"), "must hold a JSON array" },
        { write("noid.json", R"([{"status":"SUCCESS"}])"), "job_id is required" },
        { write("twice.json", R"([{"job_id":"job-000000000001"},{"job_id":"job-000000000001"}])"), "appears twice" },
        { write("status.json", R"([{"job_id":"job-000000000001","status":3}])"), "status must be a string" },
    };
    for (const auto &[path, message] : cases) {
        SandboxServer server;
        SandboxOptions o;
        o.dataFile = path;
        QString error;
        EXPECT_FALSE(server.start(o, &error)) << path.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String(message))) << error.toStdString();
        EXPECT_FALSE(server.isRunning());
    }
}

TEST(SandboxData, BusyPortFailsToStart)
{
    SandboxServer first;
    ASSERT_TRUE(first.start(fixtureOptions()));
    SandboxServer second;
    SandboxOptions o = fixtureOptions();
    o.port = first.port();
    QString error;
    EXPECT_FALSE(second.start(o, &error));
    EXPECT_EQ(error, QStringLiteral("cannot listen on 127.0.0.1:%1").arg(first.port()));
    EXPECT_FALSE(second.isRunning());
    EXPECT_EQ(second.jobCount(), 0);
    EXPECT_EQ(second.tokenFor(Role::DomainAdmin), QString());
    EXPECT_EQ(first.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(first.port()));
}

// --- persistence -----------------------------------------------------------------------------------

TEST(SandboxPersistence, ChangesSurviveARestart)
{
    QTemporaryDir dir;
    SandboxOptions o = simulatedOptions(40);
    o.simulate = false;
    o.databasePath = dir.filePath(QStringLiteral("sandbox.db"));
    QStringList deleted;
    QString adminToken;
    QJsonObject changed;
    {
        SandboxServer server;
        QString error;
        ASSERT_TRUE(server.start(o, &error)) << error.toStdString();
        EXPECT_EQ(server.jobCount(), 40);
        adminToken = server.defaultToken();
        HttpClient admin(server.baseUrl(), adminToken);
        const QStringList ids = jobIds(admin.list(R"({"query":{"page":{"limit":3}}})"));
        ASSERT_EQ(ids.size(), 3);
        deleted = ids.mid(0, 2);
        for (const QString &id : deleted)
            EXPECT_EQ(admin.remove(QStringLiteral(R"({"job_id":"%1"})").arg(id).toUtf8()).status, 200);
        changed = *server.job(ids[2]);
        changed.insert(QStringLiteral("status"), QStringLiteral("CANCELED"));
        changed.insert(QStringLiteral("finished_at"), QStringLiteral("2030-01-01T00:00:00.000Z"));
        ASSERT_TRUE(server.upsertJob(changed));
        server.stop();
    }
    EXPECT_TRUE(QFileInfo::exists(o.databasePath));
    SandboxServer again;
    o.initialJobs = 999; // ignored: the database is not empty
    o.seed = 99;
    QString error;
    ASSERT_TRUE(again.start(o, &error)) << error.toStdString();
    EXPECT_EQ(again.jobCount(), 38);
    HttpClient admin(again.baseUrl(), adminToken); // the signing key lives in the database
    for (const QString &id : deleted)
        EXPECT_EQ(admin.get(QStringLiteral(R"({"job_id":"%1"})").arg(id).toUtf8()).status, 404);
    const auto r = admin.get(
        QStringLiteral(R"({"job_id":"%1"})").arg(changed.value(QStringLiteral("job_id")).toString()).toUtf8());
    EXPECT_EQ(r.json(), changed);
}

TEST(SandboxPersistence, DeletesOfDataJobsStayDeleted)
{
    QTemporaryDir dir;
    SandboxOptions o = fixtureOptions();
    o.databasePath = dir.filePath(QStringLiteral("data.db"));
    {
        SandboxServer server;
        ASSERT_TRUE(server.start(o));
        EXPECT_EQ(HttpClient(server.baseUrl(), server.defaultToken()).remove(R"({"job_id":"job-000000000001"})").status,
                  200);
    }
    {
        SandboxServer server;
        ASSERT_TRUE(server.start(o));
        EXPECT_EQ(server.jobCount(), 11);
        EXPECT_FALSE(server.job(QStringLiteral("job-000000000001")).has_value());
    }
    // Another data file replaces the contents.
    o.dataFile = testsupport::dataPath(QStringLiteral("sandbox/jobs_other.json"));
    SandboxServer server;
    ASSERT_TRUE(server.start(o));
    EXPECT_EQ(server.jobCount(), 2);
}

TEST(SandboxPersistence, KilledProcessKeepsAcknowledgedDeletes)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("killed.db"));
    QProcess process;
    process.setProgram(QStringLiteral(SJM_SANDBOX_EXE));
    process.setArguments({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db,
                           QStringLiteral("--jobs"), QStringLiteral("60"), QStringLiteral("--rate"),
                           QStringLiteral("600"), QStringLiteral("--tick-ms"), QStringLiteral("50"),
                           QStringLiteral("--quiet") });
    process.start();
    ASSERT_TRUE(process.waitForStarted());
    QByteArray output;
    QRegularExpressionMatch match;
    const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        match = listening.match(QString::fromUtf8(output));
    }
    ASSERT_TRUE(match.hasMatch()) << output.toStdString() << process.readAllStandardError().toStdString();
    QFile tokens(db + QStringLiteral(".tokens.json"));
    ASSERT_TRUE(tokens.open(QIODevice::ReadOnly));
    EXPECT_EQ(tokens.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QJsonArray entries
        = QJsonDocument::fromJson(tokens.readAll()).object().value(QStringLiteral("tokens")).toArray();
    ASSERT_EQ(entries.size(), 3);
    const QString token = entries.at(0).toObject().value(QStringLiteral("token")).toString();

    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(match.captured(1).toInt());
    HttpClient admin(base, token);
    const QStringList ids = jobIds(admin.list(R"({"query":{"sort":[{"key":"job_id"}],"page":{"limit":4}}})"));
    ASSERT_EQ(ids.size(), 4);
    for (const QString &id : ids)
        ASSERT_EQ(admin.remove(QStringLiteral(R"({"job_id":"%1"})").arg(id).toUtf8()).status, 200);
    process.kill(); // SIGKILL: no clean shutdown, no checkpoint
    process.waitForFinished();

    SandboxServer server;
    SandboxOptions o;
    o.databasePath = db;
    o.simulate = false;
    QString error;
    ASSERT_TRUE(server.start(o, &error)) << error.toStdString();
    for (const QString &id : ids)
        EXPECT_FALSE(server.job(id).has_value()) << id.toStdString();
    EXPECT_GE(server.jobCount(), 56);
}

TEST(SandboxExecutable, HelpVersionAndCleanShutdown)
{
    QProcess help;
    help.start(QStringLiteral(SJM_SANDBOX_EXE), { QStringLiteral("--help") });
    ASSERT_TRUE(help.waitForFinished());
    EXPECT_EQ(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option : { "--port", "--db", "--jobs", "--seed", "--data", "--token-file", "--rate",
                                "--error-rate", "--truncate-rate", "--malformed-rate", "--drop-rate", "--latency" })
        EXPECT_TRUE(text.contains(QLatin1String(option))) << option;
    QProcess version;
    version.start(QStringLiteral(SJM_SANDBOX_EXE), { QStringLiteral("--version") });
    ASSERT_TRUE(version.waitForFinished());
    EXPECT_TRUE(version.readAllStandardOutput().startsWith("spaceone-job-monitor-sandbox " SJM_VERSION));
    QProcess bad;
    bad.start(QStringLiteral(SJM_SANDBOX_EXE), { QStringLiteral("--error-rate"), QStringLiteral("2") });
    ASSERT_TRUE(bad.waitForFinished());
    EXPECT_EQ(bad.exitCode(), 2);

    QProcess server;
    server.start(QStringLiteral(SJM_SANDBOX_EXE),
                 { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                   testsupport::dataPath(QStringLiteral("sandbox/jobs.json")), QStringLiteral("--token-file"),
                   testsupport::dataPath(QStringLiteral("sandbox/tokens.json")) });
    QByteArray output;
    for (int i = 0; i < 100 && !output.contains("try:"); ++i) {
        server.waitForReadyRead(200);
        output += server.readAllStandardOutput();
    }
    const auto match = QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
                           .match(QString::fromUtf8(output));
    ASSERT_TRUE(match.hasMatch()) << output.toStdString();
    EXPECT_TRUE(output.contains("member-a-fixed-token"));
    HttpClient member(QUrl(match.captured(1)), QStringLiteral("member-a-fixed-token"));
    EXPECT_EQ(member.list(R"({"query":{"count_only":true}})").body, R"({"total_count":8})");
    server.terminate(); // SIGTERM: clean shutdown
    ASSERT_TRUE(server.waitForFinished());
    // A sanitizer's report at exit goes to stderr; without it a failure here says nothing.
    const QByteArray errors = server.readAllStandardError();
    EXPECT_EQ(server.exitStatus(), QProcess::NormalExit) << errors.toStdString();
    EXPECT_EQ(server.exitCode(), 0) << errors.toStdString();
}

TEST(SandboxCommandLine, ParsesEveryOption)
{
    const auto parsed
        = sandbox::SandboxCommandLine::parse({ QStringLiteral("prog"),      QStringLiteral("--port"),
                                               QStringLiteral("9000"),      QStringLiteral("--db"),
                                               QStringLiteral("/tmp/x.db"), QStringLiteral("--jobs"),
                                               QStringLiteral("1000"),      QStringLiteral("--seed"),
                                               QStringLiteral("42"),        QStringLiteral("--token-file"),
                                               QStringLiteral("t.json"),    QStringLiteral("--rate"),
                                               QStringLiteral("12.5"),      QStringLiteral("--tick-ms"),
                                               QStringLiteral("250"),       QStringLiteral("--latency"),
                                               QStringLiteral("100"),       QStringLiteral("--latency-jitter"),
                                               QStringLiteral("50"),        QStringLiteral("--error-rate"),
                                               QStringLiteral("0.1"),       QStringLiteral("--error-503-share"),
                                               QStringLiteral("1"),         QStringLiteral("--truncate-rate"),
                                               QStringLiteral("0.2"),       QStringLiteral("--malformed-rate"),
                                               QStringLiteral("0.3"),       QStringLiteral("--drop-rate"),
                                               QStringLiteral("0.4"),       QStringLiteral("--fault-seed"),
                                               QStringLiteral("5"),         QStringLiteral("--quiet") });
    ASSERT_TRUE(parsed.run) << parsed.output.toStdString();
    EXPECT_EQ(parsed.options.port, 9000);
    EXPECT_EQ(parsed.options.databasePath, QStringLiteral("/tmp/x.db"));
    EXPECT_EQ(parsed.options.initialJobs, 1000);
    EXPECT_EQ(parsed.options.seed, 42u);
    EXPECT_EQ(parsed.options.tokenFile, QStringLiteral("t.json"));
    EXPECT_DOUBLE_EQ(parsed.options.jobsPerMinute, 12.5);
    EXPECT_EQ(parsed.options.tickMs, 250);
    EXPECT_TRUE(parsed.options.simulate);
    EXPECT_EQ(parsed.options.faults.latencyMs, 100);
    EXPECT_EQ(parsed.options.faults.latencyJitterMs, 50);
    EXPECT_DOUBLE_EQ(parsed.options.faults.errorRate, 0.1);
    EXPECT_DOUBLE_EQ(parsed.options.faults.error503Share, 1);
    EXPECT_DOUBLE_EQ(parsed.options.faults.truncateRate, 0.2);
    EXPECT_DOUBLE_EQ(parsed.options.faults.malformedRate, 0.3);
    EXPECT_DOUBLE_EQ(parsed.options.faults.dropRate, 0.4);
    EXPECT_EQ(parsed.options.faults.seed, 5u);
    EXPECT_TRUE(parsed.quiet);

    const auto withData = sandbox::SandboxCommandLine::parse(
        { QStringLiteral("prog"), QStringLiteral("--data"), QStringLiteral("d.json") });
    EXPECT_FALSE(withData.options.simulate);
    const auto defaults = sandbox::SandboxCommandLine::parse({ QStringLiteral("prog") });
    EXPECT_EQ(defaults.options.initialJobs, 400);
    EXPECT_FALSE(defaults.options.faults.any());
    for (const QStringList &bad :
         { QStringList{ QStringLiteral("prog"), QStringLiteral("--port"), QStringLiteral("70000") },
           QStringList{ QStringLiteral("prog"), QStringLiteral("--jobs"), QStringLiteral("x") },
           QStringList{ QStringLiteral("prog"), QStringLiteral("--drop-rate"), QStringLiteral("-1") },
           QStringList{ QStringLiteral("prog"), QStringLiteral("--nope") },
           QStringList{ QStringLiteral("prog"), QStringLiteral("extra") } }) {
        const auto r = sandbox::SandboxCommandLine::parse(bad);
        EXPECT_FALSE(r.run) << bad.join(u' ').toStdString();
        EXPECT_EQ(r.exitCode, 2);
    }
}

// --- tokens ----------------------------------------------------------------------------------------

TEST(SandboxTokens, TokenFileDefinesTheTokens)
{
    SandboxServer server;
    SandboxOptions o = fixtureOptions();
    o.tokenFile = testsupport::dataPath(QStringLiteral("sandbox/tokens.json"));
    QString error;
    ASSERT_TRUE(server.start(o, &error)) << error.toStdString();
    const auto entries = server.tokens();
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries[0].name, QStringLiteral("admin"));
    EXPECT_EQ(entries[1].workspaceId, kWorkspaceA);
    EXPECT_TRUE(entries[2].fixed);
    for (const auto &entry : entries) {
        HttpClient client(server.baseUrl(), entry.token);
        EXPECT_EQ(client.list(R"({"query":{"count_only":true}})").status, 200) << entry.name.toStdString();
    }
    HttpClient member(server.baseUrl(), QStringLiteral("member-a-fixed-token"));
    EXPECT_EQ(member.list(R"({"query":{"count_only":true}})").body, R"({"total_count":8})");
    EXPECT_EQ(member.remove(R"({"job_id":"job-000000000001"})").status, 403);
    EXPECT_EQ(server.tokensFilePath(), QString()); // nothing generated, nothing written
}

TEST(SandboxTokens, GeneratedTokensAreWrittenPrivately)
{
    QTemporaryDir dir;
    SandboxServer server;
    SandboxOptions o = fixtureOptions();
    o.databasePath = dir.filePath(QStringLiteral("s.db"));
    ASSERT_TRUE(server.start(o));
    EXPECT_EQ(server.tokensFilePath(), o.databasePath + QStringLiteral(".tokens.json"));
    QFile file(server.tokensFilePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        file.permissions()
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions());
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("domain_id")).toString(), kDomain);
    const QJsonArray tokens = root.value(QStringLiteral("tokens")).toArray();
    ASSERT_EQ(tokens.size(), 3);
    QStringList roles;
    for (const QJsonValue &t : tokens) {
        roles << t.toObject().value(QStringLiteral("role")).toString();
        HttpClient client(server.baseUrl(), t.toObject().value(QStringLiteral("token")).toString());
        EXPECT_EQ(client.list(R"({"query":{"count_only":true}})").status, 200);
    }
    EXPECT_EQ(roles,
              (QStringList{ QStringLiteral("DOMAIN_ADMIN"), QStringLiteral("WORKSPACE_OWNER"),
                            QStringLiteral("WORKSPACE_MEMBER") }));
    // The written file is itself a token file: a restart with it accepts the same strings.
    const QString fileCopy = dir.filePath(QStringLiteral("tokens.json"));
    QFile::copy(server.tokensFilePath(), fileCopy);
    server.stop();
    o.tokenFile = fileCopy;
    ASSERT_TRUE(server.start(o));
    HttpClient again(server.baseUrl(), tokens.at(2).toObject().value(QStringLiteral("token")).toString());
    EXPECT_EQ(again.list(R"({"query":{"count_only":true}})").body, R"({"total_count":8})");
}

TEST(SandboxTokens, BadTokenFileFailsToStart)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("t.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"tokens":[{"role":"ROOT"}]})");
    f.close();
    SandboxServer server;
    SandboxOptions o = fixtureOptions();
    o.tokenFile = f.fileName();
    QString error;
    EXPECT_FALSE(server.start(o, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("DOMAIN_ADMIN, WORKSPACE_OWNER or WORKSPACE_MEMBER")))
        << error.toStdString();
}

// --- concurrency -------------------------------------------------------------------------------------

TEST(SandboxConcurrency, ManyClientsAtOnce)
{
    SandboxServer server;
    SandboxOptions o = simulatedOptions(300);
    o.tickMs = 20;
    o.jobsPerMinute = 600; // the simulation writes while clients read
    ASSERT_TRUE(server.start(o));
    const QUrl base = server.baseUrl();
    const QString token = server.defaultToken();
    server.clearRequests();
    std::atomic<int> ok{ 0 };
    std::atomic<int> bad{ 0 };
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            HttpClient client(base, token);
            // The test hooks are thread-safe too.
            if (server.jobCount() < 300 || server.tokenFor(Role::WorkspaceMember).isEmpty())
                bad++;
            for (int i = 0; i < 15; ++i) {
                const QByteArray body = (i % 3 == 0) ? QByteArray(R"({"query":{"page":{"limit":20}}})")
                    : (i % 3 == 1)                   ? QByteArray(R"({"query":{"aggregate":[{"count":{"name":"n"}}]}})")
                                                     : QByteArray(R"({"query":{"count_only":true}})");
                const auto r = client.post(
                    i % 3 == 1 ? QStringLiteral("/identity/job/stat") : QStringLiteral("/identity/job/list"), body);
                const bool good = r.status == 200 && QJsonDocument::fromJson(r.body).isObject();
                (good ? ok : bad)++;
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    EXPECT_EQ(ok.load(), 60);
    EXPECT_EQ(bad.load(), 0);
    EXPECT_EQ(server.requests().size(), 60);
}

// --- fault injection -----------------------------------------------------------------------------------

class SandboxFaults : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start(fixtureOptions())); }
    HttpClient admin() { return HttpClient(m_server.baseUrl(), m_server.defaultToken()); }
    SandboxServer m_server;
};

TEST_F(SandboxFaults, OffByDefault)
{
    EXPECT_FALSE(m_server.faults().any());
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(admin().list("{}").status, 200);
}

TEST_F(SandboxFaults, ErrorAnswersAreNotProcessed)
{
    sandbox::FaultOptions f;
    f.errorRate = 1;
    f.error503Share = 0;
    m_server.setFaults(f);
    EXPECT_DOUBLE_EQ(m_server.faults().errorRate, 1);
    const auto crash = admin().remove(R"({"job_id":"job-000000000001"})");
    EXPECT_EQ(crash.status, 500);
    EXPECT_EQ(crash.body, "Internal Server Error");
    EXPECT_TRUE(crash.header("content-type").startsWith("text/plain"));
    f.error503Share = 1;
    m_server.setFaults(f);
    EXPECT_TRUE(isError(
        admin().list("{}"), 503, "ERROR_GRPC_CONNECTION",
        QStringLiteral(
            "Server is unavailable. (channel = identity:50051, message = failed to connect to all addresses)")));
    m_server.setFaults({});
    EXPECT_TRUE(m_server.job(QStringLiteral("job-000000000001")).has_value());
    const auto log = m_server.requests();
    ASSERT_GE(log.size(), 2);
    EXPECT_EQ(log[0].fault, QStringLiteral("error500"));
    EXPECT_EQ(log[1].fault, QStringLiteral("error503"));
}

TEST_F(SandboxFaults, TruncatedBodiesAreProcessedButCutShort)
{
    sandbox::FaultOptions f;
    f.truncateRate = 1;
    m_server.setFaults(f);
    const auto r = admin().list("{}");
    EXPECT_NE(r.error, QNetworkReply::NoError);
    EXPECT_FALSE(QJsonDocument::fromJson(r.body).isObject());
    EXPECT_NE(admin().remove(R"({"job_id":"job-000000000002"})").error, QNetworkReply::NoError);
    m_server.setFaults({});
    EXPECT_FALSE(m_server.job(QStringLiteral("job-000000000002")).has_value()); // the delete happened
    const auto log = m_server.requests();
    ASSERT_FALSE(log.isEmpty());
    EXPECT_EQ(log.first().fault, QStringLiteral("truncate"));
    EXPECT_EQ(log.first().status, 200);
    EXPECT_LT(log.first().bodyBytes, admin().list("{}").body.size());
}

TEST_F(SandboxFaults, MalformedBodiesAreNotJson)
{
    sandbox::FaultOptions f;
    f.malformedRate = 1;
    m_server.setFaults(f);
    const auto r = admin().list("{}");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
    EXPECT_EQ(r.header("content-length").toLongLong(), r.body.size());
}

TEST_F(SandboxFaults, DroppedConnectionsGetNoAnswer)
{
    sandbox::FaultOptions f;
    f.dropRate = 1;
    m_server.setFaults(f);
    const auto r = admin().remove(R"({"job_id":"job-000000000003"})");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.error, QNetworkReply::NoError);
    m_server.setFaults({});
    EXPECT_TRUE(m_server.job(QStringLiteral("job-000000000003")).has_value());
    for (const auto &request : m_server.requests()) {
        if (request.fault == u"drop") {
            EXPECT_EQ(request.status, 0);
        }
    }
}

TEST_F(SandboxFaults, LatencyDelaysWithoutBlockingOtherClients)
{
    sandbox::FaultOptions f;
    f.latencyMs = 300;
    m_server.setFaults(f);
    const auto r = admin().list(R"({"query":{"count_only":true}})");
    EXPECT_EQ(r.status, 200);
    EXPECT_GE(r.elapsedMs, 250);
}

TEST_F(SandboxFaults, SeededDecisionsRepeat)
{
    auto statuses = [this] {
        sandbox::FaultOptions f;
        f.errorRate = 0.5;
        f.seed = 7;
        m_server.setFaults(f);
        QList<int> out;
        for (int i = 0; i < 12; ++i)
            out << admin().list(R"({"query":{"count_only":true}})").status;
        return out;
    };
    const QList<int> first = statuses();
    EXPECT_EQ(first, statuses());
    EXPECT_TRUE(first.contains(200));
    EXPECT_TRUE(first.contains(500) || first.contains(503));
}

TEST_F(SandboxFaults, RequestsAreRecorded)
{
    m_server.clearRequests();
    admin().list(R"({"query":{"filter":[{"k":"status","v":"SUCCESS","o":"eq"}]}})");
    admin().remove(R"({"job_id":"job-000000000004"})");
    admin().send("GET", QStringLiteral("/nope"), {}, {});
    const auto log = m_server.requests();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log[0].verb, QStringLiteral("list"));
    EXPECT_EQ(log[0].method, QStringLiteral("POST"));
    EXPECT_EQ(log[0].path, QStringLiteral("/identity/job/list"));
    EXPECT_EQ(
        log[0].body.toObject()[QStringLiteral("query")][QStringLiteral("filter")][0][QStringLiteral("v")].toString(),
        QStringLiteral("SUCCESS"));
    EXPECT_EQ(log[0].status, 200);
    EXPECT_GT(log[0].bytesSent, log[0].bodyBytes);
    EXPECT_EQ(log[0].token, m_server.defaultToken());
    EXPECT_EQ(log[1].deletedJobId, QStringLiteral("job-000000000004"));
    EXPECT_EQ(log[2].status, 404);
    EXPECT_EQ(log[2].verb, QString());
}

// --- simulation -------------------------------------------------------------------------------------

TEST(SandboxSimulation, HistoryLooksReal)
{
    SandboxServer server;
    SandboxOptions o = simulatedOptions(400, 3);
    ASSERT_TRUE(server.start(o));
    server.setSimulationPaused(true);
    const QJsonArray jobs = allJobs(server);
    ASSERT_GE(jobs.size(), 400);
    const QRegularExpression jobId(QStringLiteral("^job-[0-9a-f]{12}$"));
    const QRegularExpression taId(QStringLiteral("^ta-[0-9a-f]{12}$"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^domain-[0-9a-f]{12}$")).match(server.domainId()).hasMatch());
    QSet<QString> statuses, plugins, workspaces;
    int stuck = 0, duplicates = 0, domainJobs = 0;
    QString oldest = QStringLiteral("9999");
    const QString hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
    for (const QJsonValue &v : jobs) {
        const QJsonObject job = v.toObject();
        const QString status = job.value(QStringLiteral("status")).toString();
        EXPECT_TRUE(jobId.match(job.value(QStringLiteral("job_id")).toString()).hasMatch());
        EXPECT_TRUE(taId.match(job.value(QStringLiteral("trusted_account_id")).toString()).hasMatch());
        EXPECT_EQ(job.value(QStringLiteral("domain_id")).toString(), server.domainId());
        statuses << status;
        plugins << job.value(QStringLiteral("plugin_id")).toString();
        workspaces << job.value(QStringLiteral("workspace_id")).toString();
        const bool active = status == u"PENDING" || status == u"IN_PROGRESS";
        EXPECT_EQ(job.contains(QStringLiteral("finished_at")), !active);
        if (active && job.value(QStringLiteral("created_at")).toString() < hourAgo)
            ++stuck;
        if (job.value(QStringLiteral("error_message"))
                .toString()
                .startsWith(QStringLiteral("The same job is already running.")))
            ++duplicates;
        if (job.value(QStringLiteral("workspace_id")).toString() == u"*") {
            ++domainJobs;
            EXPECT_EQ(job.value(QStringLiteral("resource_group")).toString(), QStringLiteral("DOMAIN"));
        }
        oldest = qMin(oldest, job.value(QStringLiteral("created_at")).toString());
    }
    EXPECT_EQ(statuses.size(), 5);
    EXPECT_GE(plugins.size(), 4);
    EXPECT_TRUE(plugins.contains(QStringLiteral("plugin-aws-cloud-service-inven-collector")));
    EXPECT_GE(workspaces.size(), 3);
    EXPECT_GT(stuck, 0);
    EXPECT_GT(duplicates, 0);
    EXPECT_GT(domainJobs, 0);
    EXPECT_LT(oldest, QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs));
}

TEST(SandboxSimulation, SameSeedSameHistory)
{
    auto ids = [](quint32 seed) {
        SandboxServer server;
        SandboxOptions o = simulatedOptions(50, seed);
        o.simulate = false;
        EXPECT_TRUE(server.start(o));
        QStringList out;
        for (const QJsonValue &v : allJobs(server))
            out << v.toObject().value(QStringLiteral("job_id")).toString()
                    + v.toObject().value(QStringLiteral("status")).toString();
        out.sort();
        return out;
    };
    EXPECT_EQ(ids(11), ids(11));
    EXPECT_NE(ids(11), ids(12));
}

TEST(SandboxSimulation, StepsMoveJobsThroughTheirLifeCycle)
{
    SandboxServer server;
    SandboxOptions o = simulatedOptions(30);
    o.jobsPerMinute = 120;
    ASSERT_TRUE(server.start(o));
    server.setSimulationPaused(true);
    const auto before = jobsById(allJobs(server));
    server.stepSimulation(90);
    const auto after = jobsById(allJobs(server));
    EXPECT_GT(after.size(), before.size() + 60); // ~180 new jobs expected
    int moved = 0;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QJsonObject now = after.value(it.key());
        if (now.value(QStringLiteral("status")) != it->value(QStringLiteral("status"))) {
            ++moved;
            EXPECT_GT(now.value(QStringLiteral("updated_at")).toString(),
                      it->value(QStringLiteral("updated_at")).toString());
        }
    }
    EXPECT_GT(moved, 0);
    QHash<QString, int> statuses;
    for (const QJsonObject &job : after) {
        const QString status = job.value(QStringLiteral("status")).toString();
        ++statuses[status];
        if (status == u"FAILURE") {
            EXPECT_FALSE(job.value(QStringLiteral("error_message")).toString().isEmpty());
        }
        if (!before.contains(job.value(QStringLiteral("job_id")).toString()) && status == u"SUCCESS") {
            EXPECT_GE(job.value(QStringLiteral("finished_at")).toString(),
                      job.value(QStringLiteral("created_at")).toString());
        }
    }
    EXPECT_GT(statuses.value(QStringLiteral("SUCCESS")), 0);
    EXPECT_GT(statuses.value(QStringLiteral("FAILURE")), 0);
}

TEST(SandboxSimulation, DuplicateJobRule)
{
    SandboxServer server;
    SandboxOptions o = simulatedOptions(0);
    o.jobsPerMinute = 0;
    ASSERT_TRUE(server.start(o));
    server.setSimulationPaused(true);
    const QString account = server.trustedAccountIds().value(0);
    ASSERT_FALSE(account.isEmpty());

    const QString first = server.startJob(account);
    QJsonObject running = *server.job(first);
    EXPECT_EQ(running.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    running.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
    running.insert(QStringLiteral("created_at"),
                   QDateTime::currentDateTimeUtc().addSecs(-120).toString(Qt::ISODateWithMs));
    ASSERT_TRUE(server.upsertJob(running));

    // A run younger than 10 minutes: the new job fails at once.
    const QString second = server.startJob(account);
    const QJsonObject duplicate = *server.job(second);
    EXPECT_EQ(duplicate.value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
    EXPECT_EQ(duplicate.value(QStringLiteral("error_message")).toString(),
              QStringLiteral("The same job is already running. (trusted_account_id = %1)").arg(account));
    EXPECT_TRUE(duplicate.contains(QStringLiteral("finished_at")));
    EXPECT_EQ(server.job(first)->value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));

    // An older run is superseded: CANCELED, and the new job goes ahead.
    running.insert(QStringLiteral("created_at"),
                   QDateTime::currentDateTimeUtc().addSecs(-1200).toString(Qt::ISODateWithMs));
    ASSERT_TRUE(server.upsertJob(running));
    const QString third = server.startJob(account);
    EXPECT_EQ(server.job(third)->value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    const QJsonObject canceled = *server.job(first);
    EXPECT_EQ(canceled.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELED"));
    EXPECT_TRUE(canceled.contains(QStringLiteral("finished_at")));
    EXPECT_GT(canceled.value(QStringLiteral("updated_at")).toString(),
              running.value(QStringLiteral("updated_at")).toString());
}

TEST(SandboxSimulation, RunsOnItsOwnTimer)
{
    SandboxServer server;
    SandboxOptions o = simulatedOptions(10);
    o.tickMs = 20;
    o.jobsPerMinute = 1200;
    ASSERT_TRUE(server.start(o));
    const qint64 initial = server.jobCount();
    QTRY_VERIFY_WITH_TIMEOUT(server.jobCount() > initial + 3, 15000);
    server.setSimulationPaused(true);
    // Paused, the timer stops: nothing is left to change the jobs on its own.
    EXPECT_FALSE(server.simulationTicking());
    const qint64 paused = server.jobCount();
    server.stepSimulation(50); // a test still moves it by hand
    const qint64 stepped = server.jobCount();
    EXPECT_GT(stepped, paused);
    EXPECT_FALSE(server.simulationTicking());
    server.setSimulationPaused(false);
    EXPECT_TRUE(server.simulationTicking());
    QTRY_VERIFY_WITH_TIMEOUT(server.jobCount() > stepped, 15000);
}

TEST(SandboxSimulation, RecentJobsAndTimediff)
{
    SandboxServer server;
    ASSERT_TRUE(server.start(fixtureOptions()));
    QJsonObject recent = *server.job(QStringLiteral("job-000000000001"));
    recent.insert(QStringLiteral("job_id"), QStringLiteral("job-abcdefabcdef"));
    recent.insert(QStringLiteral("created_at"),
                  QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs));
    ASSERT_TRUE(server.upsertJob(recent));
    HttpClient admin(server.baseUrl(), server.defaultToken());
    EXPECT_EQ(jobIds(admin.list(R"({"query":{"filter":[{"k":"created_at","v":"now - 1h","o":"timediff_gte"}]}})")),
              QStringList{ QStringLiteral("job-abcdefabcdef") });
    EXPECT_EQ(jobIds(admin.list("{}")).first(), QStringLiteral("job-abcdefabcdef"));
}
