// SPDX-License-Identifier: MIT
// Poll pipeline benchmarks: bare JSON parse (the floor), decode to Job values, diff build and
// apply, the GUI thread's share, the client-side text filter, and model memory per job.
#include "api/jobdecoder.h"
#include "api/jobfastdecoder.h"
#include "api/stringpool.h"
#include "benchpayload.h"
#include "model/jobdiffbuilder.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace {

struct Dataset
{
    int size = 0;
    QByteArray payloadA; // one poll
    QByteArray payloadB; // the next poll: 1% of rows changed
    std::vector<Job> jobsA; // the same, decoded
    std::vector<Job> jobsB;
    double bytesPerJob = 0;
    double bytesPerJobWithOptions = 0;
};

std::vector<Job> decode(const QByteArray &payload, StringPool *pool)
{
    JobListPage page;
    QString error;
    if (!JobDecoder::decodeList(payload, &page, &error, pool))
        qFatal("benchmark payload does not decode: %s", qPrintable(error));
    return std::move(page.jobs);
}

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// Everything the model keeps per job, counted by the allocator: the Job values, their own
// strings, the id index, minus nothing: interned strings are counted once, as they exist once.
double measureBytesPerJob(const Dataset &data, bool keepOptions)
{
    const size_t before = heapInUse();
    auto model = std::make_unique<JobTableModel>();
    {
        StringPool pool;
        std::vector<Job> jobs = decode(data.payloadA, &pool);
        if (!keepOptions) {
            for (Job &job : jobs)
                job.options = QJsonObject();
        }
        model->applySnapshot(std::move(jobs));
    }
    const size_t after = heapInUse();
    benchmark::DoNotOptimize(model->rowCount());
    return double(after - before) / data.size;
}

void bmParse(benchmark::State &state, const Dataset *data)
{
    for (auto _ : state) {
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(data->payloadB, &error);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * data->payloadB.size());
}

void bmDecode(benchmark::State &state, const Dataset *data)
{
    StringPool pool; // the poller keeps one across polls
    for (auto _ : state) {
        std::vector<Job> jobs = decode(data->payloadB, &pool);
        benchmark::DoNotOptimize(jobs.data());
        state.PauseTiming();
        jobs = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * data->payloadB.size());
}

// What decoding costs without simdjson: JobDecoder's own path, QJsonDocument then one object
// at a time. Errors would be found the same way, so this is also its cost on a bad reply.
void bmQtDecode(benchmark::State &state, const Dataset *data)
{
    StringPool pool;
    for (auto _ : state) {
        const QJsonArray results = QJsonDocument::fromJson(data->payloadB).object().value(u"results").toArray();
        std::vector<Job> jobs;
        jobs.reserve(size_t(results.size()));
        QString error;
        for (qsizetype i = 0; i < results.size(); ++i) {
            Job job;
            if (!JobDecoder::decodeJob(results.at(i).toObject(), &job, &error, QStringLiteral("results[%1]").arg(i),
                                       &pool))
                state.SkipWithError("decode failed");
            jobs.push_back(std::move(job));
        }
        benchmark::DoNotOptimize(jobs.data());
        state.PauseTiming();
        jobs = {};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * data->payloadB.size());
}

// A model that alternates between the two polls, so every iteration is a 1%-changed poll.
struct AlternatingModel
{
    explicit AlternatingModel(const Dataset *data, bool withProxy)
        : data(data)
    {
        model.applySnapshot(data->jobsA);
        if (withProxy) {
            proxy = std::make_unique<JobFilterProxyModel>();
            proxy->setSourceModel(&model);
            proxy->sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
        }
    }
    const std::vector<Job> &nextJobs() const { return atA ? data->jobsB : data->jobsA; }
    const QByteArray &nextPayload() const { return atA ? data->payloadB : data->payloadA; }
    void flip() { atA = !atA; }

    const Dataset *data;
    JobTableModel model;
    std::unique_ptr<JobFilterProxyModel> proxy;
    bool atA = true;
};

void bmDiffBuild(benchmark::State &state, const Dataset *data)
{
    AlternatingModel m(data, false);
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<Job> fresh = m.nextJobs();
        JobModelSnapshot snapshot = m.model.snapshot();
        state.ResumeTiming();
        JobModelDiff diff = JobDiffBuilder::build(snapshot, std::move(fresh));
        benchmark::DoNotOptimize(diff.updates.data());
        state.PauseTiming();
        diff = {};
        state.ResumeTiming();
    }
}

void bmPollApply(benchmark::State &state, const Dataset *data)
{
    AlternatingModel m(data, true);
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<Job> fresh = m.nextJobs();
        state.ResumeTiming();
        // The snapshot is released before applyDiff, as a worker would release its copy.
        JobModelDiff diff = JobDiffBuilder::build(m.model.snapshot(), std::move(fresh));
        m.model.applyDiff(std::move(diff));
        m.flip();
    }
}

void bmGuiApply(benchmark::State &state, const Dataset *data, bool withProxy)
{
    AlternatingModel m(data, withProxy);
    for (auto _ : state) {
        state.PauseTiming();
        JobModelDiff diff = JobDiffBuilder::build(m.model.snapshot(), m.nextJobs());
        state.ResumeTiming();
        if (m.model.applyDiff(std::move(diff)) != JobTableModel::ApplyResult::Applied)
            state.SkipWithError("diff rejected");
        m.flip();
    }
}

void bmPollFromBytes(benchmark::State &state, const Dataset *data)
{
    AlternatingModel m(data, true);
    StringPool pool;
    for (auto _ : state) {
        std::vector<Job> fresh = decode(m.nextPayload(), &pool);
        JobModelDiff diff = JobDiffBuilder::build(m.model.snapshot(), std::move(fresh));
        m.model.applyDiff(std::move(diff));
        m.flip();
    }
}

void bmTextFilter(benchmark::State &state, const Dataset *data)
{
    AlternatingModel m(data, true);
    // Two needles that each match a few percent of rows, as a user narrowing down would type.
    const QString needles[] = { QStringLiteral("quota"), QStringLiteral("expired") };
    int i = 0;
    m.proxy->setText(needles[1]);
    for (auto _ : state) {
        m.proxy->setText(needles[i++ % 2]);
        benchmark::DoNotOptimize(m.proxy->rowCount());
    }
}

void bmTextFilterClear(benchmark::State &state, const Dataset *data)
{
    AlternatingModel m(data, true);
    for (auto _ : state) {
        state.PauseTiming();
        m.proxy->setText(QStringLiteral("quota"));
        state.ResumeTiming();
        m.proxy->setText(QString());
        benchmark::DoNotOptimize(m.proxy->rowCount());
    }
}

// Collects mean real time per run so the summary can relate each stage to the bare parse
// measured in the same run.
class SummaryReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type != Run::RT_Iteration || run.error_occurred || run.iterations == 0)
                continue;
            std::string name = run.benchmark_name();
            const std::string suffix = "/real_time";
            if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
                name.resize(name.size() - suffix.size());
            // CPU time: the machines this runs on are shared, and wall time there measures the
            // neighbours as much as this code. Every stage is single-threaded.
            seconds[name] = run.cpu_accumulated_time / double(run.iterations);
        }
        ConsoleReporter::ReportRuns(runs);
    }
    double ms(const std::string &name, int size) const
    {
        const auto it = seconds.find(name + "/" + std::to_string(size));
        return it == seconds.end() ? -1 : it->second * 1000.0;
    }

private:
    std::map<std::string, double> seconds;
};

std::string cell(double value, const char *format = "%.2f")
{
    if (value < 0)
        return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

void printSummary(const SummaryReporter &reporter, const std::vector<std::unique_ptr<Dataset>> &datasets)
{
    std::printf("\nSummary (mean CPU time per operation, ms; ratios against the bare parse of the same payload)\n\n");
    std::printf("| jobs | payload MB | bare parse | decode | decode/parse | decode without simdjson | diff build | "
                "poll from bytes | poll/parse | applyDiff GUI (+proxy) | applyDiff GUI (model only) | "
                "text filter | clear text filter | bytes/job | bytes/job incl. options |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    bool decodeApplyOk = true, guiOk = true, filterOk = true, memoryOk = true;
    for (const auto &data : datasets) {
        const int n = data->size;
        const double parse = reporter.ms("parse", n);
        const double decode = reporter.ms("decode", n);
        const double poll = reporter.ms("poll_from_bytes", n);
        const double gui = reporter.ms("gui_apply_proxy", n);
        const double filter = reporter.ms("text_filter", n);
        std::printf("| %d | %s | %s | %s | %sx | %s | %s | %s | %sx | %s | %s | %s | %s | %s | %s |\n", n,
                    cell(data->payloadB.size() / 1e6, "%.1f").c_str(), cell(parse).c_str(), cell(decode).c_str(),
                    cell(parse > 0 && decode > 0 ? decode / parse : -1).c_str(),
                    cell(reporter.ms("decode_qt", n)).c_str(), cell(reporter.ms("diff_build", n)).c_str(),
                    cell(poll).c_str(), cell(parse > 0 && poll > 0 ? poll / parse : -1).c_str(), cell(gui).c_str(),
                    cell(reporter.ms("gui_apply_model", n)).c_str(), cell(filter).c_str(),
                    cell(reporter.ms("text_filter_clear", n)).c_str(), cell(data->bytesPerJob, "%.0f").c_str(),
                    cell(data->bytesPerJobWithOptions, "%.0f").c_str());
        if (parse > 0 && poll > 0 && poll / parse > 1.5)
            decodeApplyOk = false;
        if (n == 10000 && gui > 4.0)
            guiOk = false;
        if (n == 100000 && filter > 30.0)
            filterOk = false;
        if (data->bytesPerJob > 400)
            memoryOk = false;
    }
    std::printf("\nDecoder: %s\n",
                JobFastDecoder::isAvailable() ? "simdjson fast path, Qt decoder as fallback"
                                              : "Qt decoder only (built without simdjson)");
    std::printf("\nTargets:\n");
    std::printf("  decode + diff + apply within 1.5x of the bare parse ..... %s\n", decodeApplyOk ? "met" : "NOT met");
    std::printf("  GUI-thread apply under 4 ms for 10,000 jobs, 1%% changed . %s\n", guiOk ? "met" : "NOT met");
    std::printf("  text filter over 100,000 rows under 30 ms ................ %s\n", filterOk ? "met" : "NOT met");
    std::printf("  at most 400 bytes per job in the model (options excluded)  %s\n", memoryOk ? "met" : "NOT met");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);

    std::vector<std::unique_ptr<Dataset>> datasets;
    {
        // One-time allocations of the process (Qt statics, allocator arenas) are not per job.
        Dataset warmUp;
        warmUp.size = 100;
        warmUp.payloadA = BenchPayload::toListJson(BenchPayload::makeJobs(100, 1));
        measureBytesPerJob(warmUp, true);
    }
    for (int size : { 1000, 10000, 100000 }) {
        auto data = std::make_unique<Dataset>();
        data->size = size;
        const std::vector<Job> a = BenchPayload::makeJobs(size, quint32(size));
        data->payloadA = BenchPayload::toListJson(a);
        data->payloadB = BenchPayload::toListJson(BenchPayload::nextPoll(a, quint32(size) + 1));
        data->bytesPerJob = measureBytesPerJob(*data, false);
        data->bytesPerJobWithOptions = measureBytesPerJob(*data, true);
        StringPool pool;
        data->jobsA = decode(data->payloadA, &pool);
        data->jobsB = decode(data->payloadB, &pool);
        datasets.push_back(std::move(data));
    }

    for (const auto &holder : datasets) {
        const Dataset *data = holder.get();
        const std::string n = "/" + std::to_string(data->size);
        auto add = [](const std::string &name, auto fn) {
            benchmark::RegisterBenchmark(name.c_str(), fn)->Unit(benchmark::kMillisecond)->UseRealTime();
        };
        add("parse" + n, [data](benchmark::State &s) { bmParse(s, data); });
        add("decode" + n, [data](benchmark::State &s) { bmDecode(s, data); });
        add("decode_qt" + n, [data](benchmark::State &s) { bmQtDecode(s, data); });
        add("diff_build" + n, [data](benchmark::State &s) { bmDiffBuild(s, data); });
        add("poll_apply" + n, [data](benchmark::State &s) { bmPollApply(s, data); });
        add("poll_from_bytes" + n, [data](benchmark::State &s) { bmPollFromBytes(s, data); });
        add("gui_apply_model" + n, [data](benchmark::State &s) { bmGuiApply(s, data, false); });
        add("gui_apply_proxy" + n, [data](benchmark::State &s) { bmGuiApply(s, data, true); });
        add("text_filter" + n, [data](benchmark::State &s) { bmTextFilter(s, data); });
        add("text_filter_clear" + n, [data](benchmark::State &s) { bmTextFilterClear(s, data); });
    }

    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printSummary(reporter, datasets);
    benchmark::Shutdown();
    return 0;
}
