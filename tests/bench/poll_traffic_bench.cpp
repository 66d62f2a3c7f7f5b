// SPDX-License-Identifier: MIT
// sjm_poll_bench: what one poll moves over the network with 10,000 jobs on the server, for a
// monitor kept open all day. Every poll runs over real HTTP against the sandbox, through the
// app's own Poller. Baseline, measured in the same run:
//   BM_Poll/FullRefetch        every job listed again plus the four facet counts (delta polling
//                              off: what each poll cost before)
// Measured against it:
//   BM_Poll/DeltaNothingChanged  the server did nothing between polls
//   BM_Poll/DeltaTenChanges      ten jobs changed status between polls
//   BM_Poll/DeltaOneDeletion     one job was deleted by someone else between polls
//   BM_Poll/DeltaOneNewJob       one job was created between polls
// Counters per poll: payload_bytes (request and response bodies, what the client counts),
// wire_bytes (adds the request and response lines and headers, token included, as the sandbox
// saw and wrote them), requests.
//
// Options: --jobs=N (default 10000) plus the usual --benchmark_* flags.
#include "api/jobapiclient.h"
#include "api/jobtime.h"
#include "manualtimersource.h"
#include "net/qtnetworkbackend.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <string>

namespace {

struct Environment
{
    sandbox::SandboxServer server;
    // The client's clock moves with the server's, so what the poller decides by time (the
    // stuck count's horizon) sees a monitor polling every 10 s; its poll timer never fires.
    ManualTimerSource timers;
    JobApiClient client;
    std::unique_ptr<Poller> poller;
    int jobs = 10000;
    std::mt19937 rng{ 42 };
    // The server's clock runs ten seconds (one default poll interval) ahead per poll, so the
    // overlap window holds what a monitor polling every 10 s would see in it, not every change
    // the benchmark made in its last 30 real seconds.
    qint64 clockOffsetMs = 0;
};

Environment *g_env = nullptr;

// One poll of the poller, waited for.
void pollOnce()
{
    Poller &poller = *g_env->poller;
    QEventLoop loop;
    bool failed = false;
    const auto done = QObject::connect(&poller, &Poller::jobsUpdated, &loop, [&] { loop.quit(); });
    const auto error = QObject::connect(&poller, &Poller::errorOccurred, &loop, [&](const ApiError &e) {
        std::fprintf(stderr, "poll failed: %s\n", qPrintable(e.humanMessage()));
        failed = true;
        loop.quit();
    });
    poller.refreshNow();
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(error);
    if (failed)
        std::abort();
}

QString randomJobId()
{
    const JobSet &jobs = *g_env->poller->jobSet();
    const int row = std::uniform_int_distribution<int>(0, jobs.size() - 1)(g_env->rng);
    return jobs.job(jobs.slotAt(row)).jobId;
}

void changeJobs(int count)
{
    static const char *const statuses[] = { "SUCCESS", "FAILURE", "CANCELED" };
    for (int i = 0; i < count; ++i) {
        std::optional<QJsonObject> job = g_env->server.job(randomJobId());
        if (!job)
            continue;
        const QString now = JobTime::toWire(QDateTime::currentMSecsSinceEpoch() + g_env->clockOffsetMs);
        job->insert(QStringLiteral("status"), QLatin1String(statuses[i % 3]));
        job->insert(QStringLiteral("updated_at"), now);
        job->insert(QStringLiteral("finished_at"), now);
        g_env->server.upsertJob(*job);
    }
}

void createJob()
{
    std::optional<QJsonObject> job = g_env->server.job(randomJobId());
    const QString now = JobTime::toWire(QDateTime::currentMSecsSinceEpoch() + g_env->clockOffsetMs);
    static int serial = 0;
    job->insert(QStringLiteral("job_id"), QStringLiteral("job-bench%1").arg(++serial, 7, 10, QLatin1Char('0')));
    job->insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    job->insert(QStringLiteral("created_at"), now);
    job->insert(QStringLiteral("updated_at"), now);
    job->remove(QStringLiteral("finished_at"));
    job->remove(QStringLiteral("error_message"));
    g_env->server.upsertJob(*job);
}

enum Scenario { FullRefetch, DeltaNothingChanged, DeltaTenChanges, DeltaOneDeletion, DeltaOneNewJob };

void BM_Poll(benchmark::State &state)
{
    const auto scenario = Scenario(state.range(0));
    Poller &poller = *g_env->poller;
    poller.setDeltaPolling(scenario != FullRefetch);
    poller.refreshFull(); // every scenario starts from a complete, current set
    while (poller.isPolling())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    double payload = 0;
    double wire = 0;
    double requests = 0;
    double polls = 0;
    for (auto _ : state) {
        state.PauseTiming();
        g_env->clockOffsetMs += Poller::kDefaultIntervalMs;
        g_env->server.setClockOffset(g_env->clockOffsetMs);
        g_env->timers.setNow(g_env->timers.nowMs() + Poller::kDefaultIntervalMs);
        switch (scenario) {
        case DeltaTenChanges:
            changeJobs(10);
            break;
        case DeltaOneDeletion:
            g_env->server.deleteJobDirect(randomJobId());
            break;
        case DeltaOneNewJob:
            createJob();
            break;
        default:
            break;
        }
        g_env->server.clearRequests();
        state.ResumeTiming();
        pollOnce();
        state.PauseTiming();
        const PollState &s = poller.state();
        payload += double(s.lastTraffic.total());
        requests += s.lastTraffic.requests;
        for (const sandbox::RecordedRequest &r : g_env->server.requests())
            wire += double(r.requestHeaderBytes + r.rawBody.size() + r.bytesSent);
        ++polls;
        state.ResumeTiming();
    }
    state.counters["payload_bytes"] = payload / polls;
    state.counters["wire_bytes"] = wire / polls;
    state.counters["requests"] = requests / polls;
    state.counters["rows"] = double(poller.jobSet()->size());
}

const char *const kScenarioNames[]
    = { "FullRefetch", "DeltaNothingChanged", "DeltaTenChanges", "DeltaOneDeletion", "DeltaOneNewJob" };

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Row
    {
        double ms = 0;
        double payload = 0;
        double wire = 0;
        double requests = 0;
    };
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type != Run::RT_Iteration || run.iterations == 0)
                continue;
            Row row;
            row.ms = run.GetAdjustedRealTime();
            row.payload = run.counters.at("payload_bytes");
            row.wire = run.counters.at("wire_bytes");
            row.requests = run.counters.at("requests");
            const std::string name = run.benchmark_name();
            const size_t at = name.find("scenario:");
            if (at != std::string::npos)
                m_rows[std::atoi(name.c_str() + at + 9)] = row;
        }
        ConsoleReporter::ReportRuns(runs);
    }
    void print(int tokenBytes) const
    {
        const auto base = m_rows.find(FullRefetch);
        if (base == m_rows.end())
            return;
        std::printf("\nPer poll with %d jobs (bytes are means over the iterations):\n", g_env->jobs);
        std::printf("%-32s %9s %12s %12s %10s %10s %10s\n", "", "requests", "payload B", "wire B", "x payload",
                    "x wire", "x time");
        for (int s = FullRefetch; s <= DeltaOneNewJob; ++s) {
            const auto it = m_rows.find(s);
            if (it == m_rows.end())
                continue;
            const Row &r = it->second;
            std::printf("%-32s %9.1f %12.0f %12.0f %10.5f %10.5f %10.4f\n", kScenarioNames[s], r.requests, r.payload,
                        r.wire, r.payload / base->second.payload, r.wire / base->second.wire, r.ms / base->second.ms);
        }
        std::printf("wire B adds request and response headers; the bearer token alone is %d bytes per request.\n",
                    tokenBytes);
    }

private:
    std::map<int, Row> m_rows;
};

} // namespace

BENCHMARK(BM_Poll)
    ->ArgNames({ "scenario" })
    ->Arg(FullRefetch)
    ->Arg(DeltaNothingChanged)
    ->Arg(DeltaTenChanges)
    ->Arg(DeltaOneDeletion)
    ->Arg(DeltaOneNewJob)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QtNetworkBackend::installLinked(); // the network code is linked in, not loaded
    Environment env;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--jobs=", 0) == 0)
            env.jobs = std::atoi(arg.c_str() + 7);
    }
    sandbox::SandboxOptions options;
    options.initialJobs = env.jobs;
    options.seed = 9;
    QString error;
    if (!env.server.start(options, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    env.server.setSimulationPaused(true); // only the benchmark changes the server
    ApiEndpoint endpoint;
    endpoint.baseUrl = env.server.baseUrl();
    endpoint.token = env.server.defaultToken();
    endpoint.timeoutMs = 60000;
    env.client.setTimerSource(&env.timers);
    env.client.setEndpoint(endpoint);
    env.poller = std::make_unique<Poller>(&env.client);
    env.poller->setInterval(Poller::kDefaultIntervalMs);
    env.poller->setFullRefreshInterval(24 * 3600 * 1000);
    env.poller->pause();
    g_env = &env;

    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print(int(env.server.defaultToken().size()));
    benchmark::Shutdown();
    g_env = nullptr;
    return 0;
}
