// SPDX-License-Identifier: MIT
// sjm_startup_bench: time from launching the app to the first painted rows of its job table,
// against a minimal Qt table app (sjm_minimal_table_app) launched the same way in the same run.
// The app's first rows are the jobs it saved when it last closed (marked as saved); the time to
// the first rows from the server ("live") is reported beside them.
// The app runs on its built-in sandbox with a private home (settings and the sandbox database
// in a temporary directory), after one warm-up launch that creates the database, as a user
// starts it every day. Launches alternate app / baseline, so a drift of the shared machine hits
// both; the ratio is taken pair by pair and its median reported.
//
// Options: --runs=N (default 9), --platform=NAME (default offscreen).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

namespace {

struct Launch
{
    double wallMs = -1; // launch to "first rows painted"
    double liveMs = -1; // launch to "first live rows painted" (the app only)
    double cpuMs = -1; // user + system of the whole process, to its exit
};

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

Launch launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, bool waitForLive)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const double cpu0 = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Launch result;
    QByteArray out;
    const QByteArray last = waitForLive ? "first live rows painted" : "first rows painted";
    while (!out.contains(last) && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        const double nowMs = double(timer.nsecsElapsed()) / 1e6;
        if (result.wallMs < 0 && out.contains("first rows painted"))
            result.wallMs = nowMs;
        if (result.liveMs < 0 && out.contains("first live rows painted"))
            result.liveMs = nowMs;
        if (timer.elapsed() > 120000)
            break;
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    result.cpuMs = childrenCpuMs() - cpu0;
    if (result.wallMs < 0)
        std::fprintf(stderr, "%s painted no rows: %s\n", qPrintable(program),
                     process.readAllStandardError().left(2000).constData());
    return result;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    QString platform = QStringLiteral("offscreen");
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--runs="))
            runs = std::max(1, arg.mid(7).toInt());
        else if (arg.startsWith("--platform="))
            platform = QString::fromUtf8(arg.mid(11));
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain daemon to wait for
    const QString appPath = QStringLiteral(SJM_APP_PATH);
    const QStringList appArgs{ QStringLiteral("--report-first-rows") };
    const QString minimalPath = QStringLiteral(SJM_MINIMAL_TABLE_PATH);

    // Warm-up: the app's first launch generates the sandbox's jobs; both get their files cached.
    launch(appPath, appArgs, env, true);
    launch(minimalPath, {}, env, false);

    std::vector<double> appWall, appLive, minimalWall, ratios, liveRatios, appCpu, minimalCpu;
    for (int i = 0; i < runs; ++i) {
        const Launch a = launch(appPath, appArgs, env, true);
        const Launch m = launch(minimalPath, {}, env, false);
        if (a.wallMs < 0 || a.liveMs < 0 || m.wallMs < 0)
            return 1;
        appWall.push_back(a.wallMs);
        appLive.push_back(a.liveMs);
        liveRatios.push_back(a.liveMs / m.wallMs);
        minimalWall.push_back(m.wallMs);
        ratios.push_back(a.wallMs / m.wallMs);
        appCpu.push_back(a.cpuMs);
        minimalCpu.push_back(m.cpuMs);
        std::printf("  run %d: app %.1f ms (live rows %.1f, CPU %.1f), minimal table %.1f ms (CPU %.1f), ratio %.2f\n",
                    i + 1, a.wallMs, a.liveMs, a.cpuMs, m.wallMs, m.cpuMs, a.wallMs / m.wallMs);
        std::fflush(stdout);
    }
    const double ratio = median(ratios);
    std::printf("\n| launch to first painted rows | median ms | min ms | max ms | CPU ms (median, whole run) |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    std::printf("| app on its built-in sandbox: saved rows | %.1f | %.1f | %.1f | %.1f |\n", median(appWall),
                *std::min_element(appWall.begin(), appWall.end()), *std::max_element(appWall.begin(), appWall.end()),
                median(appCpu));
    std::printf("| app on its built-in sandbox: the server's rows | %.1f | %.1f | %.1f | |\n", median(appLive),
                *std::min_element(appLive.begin(), appLive.end()), *std::max_element(appLive.begin(), appLive.end()));
    std::printf("| minimal Qt table app (baseline) | %.1f | %.1f | %.1f | %.1f |\n", median(minimalWall),
                *std::min_element(minimalWall.begin(), minimalWall.end()),
                *std::max_element(minimalWall.begin(), minimalWall.end()), median(minimalCpu));
    std::printf("\nRatio app / baseline, median of %d pairs: %.2fx (target <= 1.3x: %s)\n", runs, ratio,
                ratio <= 1.3 ? "met" : "NOT met");
    std::printf("Ratio of the server's first rows / baseline (no target): %.2fx\n", median(liveRatios));
    return 0;
}
