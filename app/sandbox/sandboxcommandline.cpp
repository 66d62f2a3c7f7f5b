// SPDX-License-Identifier: MIT
#include "sandbox/sandboxcommandline.h"

#include "buildinfo/buildinfo.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace sandbox {

namespace {

QString programDescription()
{
    return QStringLiteral(
        "A local stand-in for a SpaceONE (Cloudforet) console-api-v2 endpoint serving the identity v2 Job API\n"
        "(POST /identity/job/{list,get,delete,stat}), backed by SQLite, with live simulated collection jobs.\n"
        "It listens on 127.0.0.1 only. Without --token-file it generates one token per role\n"
        "(DOMAIN_ADMIN, WORKSPACE_OWNER, WORKSPACE_MEMBER), prints them and, with --db, writes them to\n"
        "FILE.tokens.json (mode 0600).");
}

} // namespace

SandboxCommandLine::Parsed SandboxCommandLine::parse(const QStringList &arguments)
{
    Parsed result;
    QCommandLineParser parser;
    parser.setApplicationDescription(programDescription());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1; 0 picks any free port."), QStringLiteral("N"),
                                  QStringLiteral("8082"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite database file (default: a temporary one)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QStringLiteral("Jobs of history to generate into an empty database."),
                                  QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed of the simulation."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("Serve exactly the jobs of this JSON array of JobInfo objects (no simulation)."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       QStringLiteral("Token file (JSON) with roles and workspaces."),
                                       QStringLiteral("F"));
    const QCommandLineOption tokensOut(QStringLiteral("tokens-out"),
                                       QStringLiteral("Where to write generated tokens (default: DB.tokens.json)."),
                                       QStringLiteral("F"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("New simulated jobs per minute."),
                                  QStringLiteral("JOBS_PER_MINUTE"), QStringLiteral("6"));
    const QCommandLineOption tick(QStringLiteral("tick-ms"), QStringLiteral("Simulation step in milliseconds."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption noSimulation(QStringLiteral("no-simulation"),
                                          QStringLiteral("Do not change jobs over time."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print the tokens."));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Fault: added latency per request."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("latency-jitter"),
                                    QStringLiteral("Fault: up to this much more latency."), QStringLiteral("MS"),
                                    QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Fault: share of requests answered 500/503 without processing."),
                                       QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption error503(QStringLiteral("error-503-share"),
                                      QStringLiteral("Fault: share of those errors that are 503."), QStringLiteral("R"),
                                      QStringLiteral("0.5"));
    const QCommandLineOption truncate(QStringLiteral("truncate-rate"),
                                      QStringLiteral("Fault: share of answers cut short (connection closed)."),
                                      QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption malformed(QStringLiteral("malformed-rate"),
                                       QStringLiteral("Fault: share of answers with invalid JSON."),
                                       QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption drop(QStringLiteral("drop-rate"),
                                  QStringLiteral("Fault: share of connections closed without an answer."),
                                  QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"), QStringLiteral("Random seed of fault injection."),
                                       QStringLiteral("S"), QStringLiteral("1"));
    QList<QCommandLineOption> options{ help,      version,   port,     db,       jobs,         seed,  data,
                                       tokenFile, tokensOut, rate,     tick,     noSimulation, quiet, latency,
                                       jitter,    errorRate, error503, truncate, malformed,    drop,  faultSeed };
    // The help names every default, so that it and the man page can be checked against each other.
    for (QCommandLineOption &option : options) {
        if (!option.defaultValues().isEmpty())
            option.setDescription(QStringLiteral("%1 Default: %2.")
                                      .arg(option.description(), option.defaultValues().join(QLatin1Char(','))));
    }
    parser.addOptions(options);

    auto fail = [&result, &parser](const QString &message) {
        result.run = false;
        result.exitCode = 2;
        result.output = message + QStringLiteral("\n\n") + parser.helpText();
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = QStringLiteral("spaceone-job-monitor-sandbox %1 (%2)\n")
                            .arg(QStringLiteral(SJM_VERSION), QString::fromLatin1(BuildInfo::gitCommit()));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    SandboxOptions &o = result.options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    o.port = quint16(portValue);
    o.databasePath = parser.value(db);
    o.initialJobs = parser.value(jobs).toInt(&ok);
    if (!ok || o.initialJobs < 0)
        return fail(QStringLiteral("--jobs must be a non-negative number"));
    o.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative number"));
    o.dataFile = parser.value(data);
    o.tokenFile = parser.value(tokenFile);
    o.tokensOutputPath = parser.value(tokensOut);
    o.jobsPerMinute = parser.value(rate).toDouble(&ok);
    if (!ok || o.jobsPerMinute < 0)
        return fail(QStringLiteral("--rate must be a non-negative number"));
    o.tickMs = parser.value(tick).toInt(&ok);
    if (!ok || o.tickMs < 10)
        return fail(QStringLiteral("--tick-ms must be at least 10"));
    o.simulate = !parser.isSet(noSimulation) && o.dataFile.isEmpty();

    FaultOptions &f = o.faults;
    f.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || f.latencyMs < 0)
        return fail(QStringLiteral("--latency must be a non-negative number of milliseconds"));
    f.latencyJitterMs = parser.value(jitter).toInt(&ok);
    if (!ok || f.latencyJitterMs < 0)
        return fail(QStringLiteral("--latency-jitter must be a non-negative number of milliseconds"));
    const std::pair<const QCommandLineOption *, double *> rates[] = { { &errorRate, &f.errorRate },
                                                                      { &error503, &f.error503Share },
                                                                      { &truncate, &f.truncateRate },
                                                                      { &malformed, &f.malformedRate },
                                                                      { &drop, &f.dropRate } };
    for (const auto &[option, target] : rates) {
        *target = parser.value(*option).toDouble(&ok);
        if (!ok || *target < 0 || *target > 1)
            return fail(QStringLiteral("--%1 must be a number from 0 to 1").arg(option->names().constFirst()));
    }
    f.seed = parser.value(faultSeed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--fault-seed must be a non-negative number"));
    result.quiet = parser.isSet(quiet);
    result.run = true;
    return result;
}

} // namespace sandbox
