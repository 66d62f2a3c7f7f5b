// SPDX-License-Identifier: MIT
// spaceone-job-monitor-sandbox: the sandbox server as a standalone program.
#include "sandbox/sandboxcommandline.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop, so the database is closed cleanly (it is durable anyway).
void installSignalHandlers(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spaceone-job-monitor-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SJM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const sandbox::SandboxCommandLine::Parsed parsed = sandbox::SandboxCommandLine::parse(app.arguments());
    if (!parsed.run) {
        (parsed.exitCode == 0 ? out : err) << parsed.output;
        return parsed.exitCode;
    }

#ifdef Q_OS_UNIX
    installSignalHandlers(app);
#endif

    sandbox::SandboxServer server;
    QString error;
    if (!server.start(parsed.options, &error)) {
        err << "spaceone-job-monitor-sandbox: " << error << Qt::endl;
        return 1;
    }
    const sandbox::SandboxOptions &o = parsed.options;
    const QString base = server.baseUrl().toString();
    out << "spaceone-job-monitor-sandbox " << SJM_VERSION << " listening on " << base << Qt::endl;
    out << "  domain:     " << server.domainId() << Qt::endl;
    out << "  jobs:       " << server.jobCount() << Qt::endl;
    out << "  database:   " << (o.databasePath.isEmpty() ? QStringLiteral("(temporary)") : o.databasePath) << Qt::endl;
    if (!o.dataFile.isEmpty())
        out << "  data:       " << o.dataFile << " (no simulation)" << Qt::endl;
    else if (o.simulate)
        out << "  simulation: " << o.jobsPerMinute << " jobs/min, seed " << o.seed << Qt::endl;
    else
        out << "  simulation: off" << Qt::endl;
    if (o.faults.any()) {
        out << "  faults:     latency " << o.faults.latencyMs << "+" << o.faults.latencyJitterMs << " ms, errors "
            << o.faults.errorRate << ", truncated " << o.faults.truncateRate << ", malformed " << o.faults.malformedRate
            << ", dropped " << o.faults.dropRate << Qt::endl;
    }
    if (!parsed.quiet) {
        out << "  tokens";
        if (!server.tokensFilePath().isEmpty())
            out << " (also in " << server.tokensFilePath() << ")";
        out << ":" << Qt::endl;
        for (const auto &entry : server.tokens()) {
            out << "    " << sandbox::roleName(entry.role).leftJustified(17) << entry.workspaceId.leftJustified(24)
                << entry.token << Qt::endl;
        }
        out << "  try:" << Qt::endl
            << "    curl -s -X POST " << base << "/identity/job/list -H 'Authorization: Bearer "
            << server.defaultToken()
            << "' -H 'Content-Type: application/json' -d '{\"query\":{\"page\":{\"limit\":5}}}'" << Qt::endl;
    }
    out.flush();

    const int rc = app.exec();
    server.stop();
    return rc;
}
