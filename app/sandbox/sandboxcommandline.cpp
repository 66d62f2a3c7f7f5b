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

struct OptionSpec
{
    const char *name;
    const char *description;
    const char *valueName; // nullptr: a flag
    const char *defaultValue; // nullptr: none
};

// Every option, in the order the help lists them.
constexpr OptionSpec kOptions[] = {
    { "port", "TCP port on 127.0.0.1; 0 picks any free port.", "N", "8082" },
    { "db", "SQLite database file (default: a temporary one).", "FILE", nullptr },
    { "jobs", "Jobs of history to generate into an empty database.", "N", "400" },
    { "seed", "Random seed of the simulation.", "S", "1" },
    { "data", "Serve exactly the jobs of this JSON array of JobInfo objects (no simulation).", "FILE.json", nullptr },
    { "token-file", "Token file (JSON) with roles and workspaces.", "F", nullptr },
    { "tokens-out", "Where to write generated tokens (default: DB.tokens.json).", "F", nullptr },
    { "rate", "New simulated jobs per minute.", "JOBS_PER_MINUTE", "6" },
    { "tick-ms", "Simulation step in milliseconds.", "N", "1000" },
    { "no-simulation", "Do not change jobs over time.", nullptr, nullptr },
    { "quiet", "Do not print the tokens.", nullptr, nullptr },
    { "latency", "Fault: added latency per request.", "MS", "0" },
    { "latency-jitter", "Fault: up to this much more latency.", "MS", "0" },
    { "error-rate", "Fault: share of requests answered 500/503 without processing.", "R", "0" },
    { "error-503-share", "Fault: share of those errors that are 503.", "R", "0.5" },
    { "truncate-rate", "Fault: share of answers cut short (connection closed).", "R", "0" },
    { "malformed-rate", "Fault: share of answers with invalid JSON.", "R", "0" },
    { "drop-rate", "Fault: share of connections closed without an answer.", "R", "0" },
    { "fault-seed", "Random seed of fault injection.", "S", "1" },
};

QList<QCommandLineOption> optionTable()
{
    QList<QCommandLineOption> options{
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help and exit.")),
        QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") },
                           QStringLiteral("Show the version and exit.")),
    };
    for (const OptionSpec &spec : kOptions) {
        QString description = QString::fromLatin1(spec.description);
        // The help names every default, so that it and the man page can be checked against each other.
        if (spec.defaultValue)
            description = QStringLiteral("%1 Default: %2.").arg(description, QString::fromLatin1(spec.defaultValue));
        QCommandLineOption option(QString::fromLatin1(spec.name), description,
                                  spec.valueName ? QString::fromLatin1(spec.valueName) : QString(),
                                  spec.defaultValue ? QString::fromLatin1(spec.defaultValue) : QString());
        options << option;
    }
    return options;
}

// The values of a parsed command line, checked; the first complaint, or empty.
QString readOptions(const QCommandLineParser &parser, SandboxOptions &o)
{
    auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    bool ok = false;
    const uint portValue = value("port").toUInt(&ok);
    if (!ok || portValue > 65535)
        return QStringLiteral("--port must be a number from 0 to 65535");
    o.port = quint16(portValue);
    o.databasePath = value("db");
    o.initialJobs = value("jobs").toInt(&ok);
    if (!ok || o.initialJobs < 0)
        return QStringLiteral("--jobs must be a non-negative number");
    o.seed = value("seed").toUInt(&ok);
    if (!ok)
        return QStringLiteral("--seed must be a non-negative number");
    o.dataFile = value("data");
    o.tokenFile = value("token-file");
    o.tokensOutputPath = value("tokens-out");
    o.jobsPerMinute = value("rate").toDouble(&ok);
    if (!ok || o.jobsPerMinute < 0)
        return QStringLiteral("--rate must be a non-negative number");
    o.tickMs = value("tick-ms").toInt(&ok);
    if (!ok || o.tickMs < 10)
        return QStringLiteral("--tick-ms must be at least 10");
    o.simulate = !parser.isSet(QStringLiteral("no-simulation")) && o.dataFile.isEmpty();

    FaultOptions &f = o.faults;
    f.latencyMs = value("latency").toInt(&ok);
    if (!ok || f.latencyMs < 0)
        return QStringLiteral("--latency must be a non-negative number of milliseconds");
    f.latencyJitterMs = value("latency-jitter").toInt(&ok);
    if (!ok || f.latencyJitterMs < 0)
        return QStringLiteral("--latency-jitter must be a non-negative number of milliseconds");
    const std::pair<const char *, double *> rates[] = { { "error-rate", &f.errorRate },
                                                        { "error-503-share", &f.error503Share },
                                                        { "truncate-rate", &f.truncateRate },
                                                        { "malformed-rate", &f.malformedRate },
                                                        { "drop-rate", &f.dropRate } };
    for (const auto &[name, target] : rates) {
        *target = value(name).toDouble(&ok);
        if (!ok || *target < 0 || *target > 1)
            return QStringLiteral("--%1 must be a number from 0 to 1").arg(QString::fromLatin1(name));
    }
    f.seed = value("fault-seed").toUInt(&ok);
    if (!ok)
        return QStringLiteral("--fault-seed must be a non-negative number");
    return {};
}

} // namespace

SandboxCommandLine::Parsed SandboxCommandLine::parse(const QStringList &arguments)
{
    Parsed result;
    QCommandLineParser parser;
    parser.setApplicationDescription(programDescription());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(optionTable());

    auto fail = [&result, &parser](const QString &message) {
        result.run = false;
        result.exitCode = 2;
        result.output = message + QStringLiteral("\n\n") + parser.helpText();
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.output = QStringLiteral("spaceone-job-monitor-sandbox %1 (%2)\n")
                            .arg(QStringLiteral(SJM_VERSION), QString::fromLatin1(BuildInfo::gitCommit()));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    const QString complaint = readOptions(parser, result.options);
    if (!complaint.isEmpty())
        return fail(complaint);
    result.quiet = parser.isSet(QStringLiteral("quiet"));
    result.run = true;
    return result;
}

} // namespace sandbox
