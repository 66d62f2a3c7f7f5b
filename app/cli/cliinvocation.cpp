// SPDX-License-Identifier: MIT
#include "cliinvocation.h"

#include "buildinfo/buildinfo.h"
#include "clicommand.h"
#include "clioption.h"
#include "cliprofile.h"
#include "connect/environmentconnection.h"
#include "connect/tlspolicy.h"
#include "connect/transportpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {
const QStringList &jobFields()
{
    static const QStringList fields{ QStringLiteral("job_id"),
                                     QStringLiteral("status"),
                                     QStringLiteral("resource_group"),
                                     QStringLiteral("error_message"),
                                     QStringLiteral("domain_id"),
                                     QStringLiteral("workspace_id"),
                                     QStringLiteral("trusted_account_id"),
                                     QStringLiteral("plugin_id"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("updated_at"),
                                     QStringLiteral("finished_at") };
    return fields;
}

// "in-progress", "In_Progress" -> IN_PROGRESS
QString wireName(const QString &text)
{
    QString s = text.trimmed().toUpper();
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    return s;
}

CliInvocation usageError(CliInvocation inv, const QString &message)
{
    inv.action = CliInvocation::Action::UsageError;
    inv.error = message;
    return inv;
}

// The GUI's reason names the connection settings; here the switch is an option.
QString cliTransportReason(const QUrl &url, bool fromProfile)
{
    return fromProfile
        ? QCoreApplication::translate("Cli",
                                      "refusing to send the token over plain http to %1: anyone on the network path "
                                      "could read and reuse it; use an https:// address, allow plain http for this "
                                      "connection in the application, or pass --allow-plain-http")
              .arg(url.host())
        : QCoreApplication::translate("Cli",
                                      "refusing to send the token over plain http to %1: anyone on the network path "
                                      "could read and reuse it; use an https:// address, or pass --allow-plain-http "
                                      "if you trust the network")
              .arg(url.host());
}

bool readToken(const QString &path, QString *token, QString *error, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Cli", "cannot read the token file %1: %2").arg(path, file.errorString());
        return false;
    }
    // Only the first non-empty line: files written by `echo` end with a newline.
    const QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            *token = QString::fromUtf8(trimmed);
            break;
        }
    }
    if (token->isEmpty()) {
        *error = QCoreApplication::translate("Cli", "the token file %1 is empty").arg(path);
        return false;
    }
    if (QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup))
        warnings->append(QCoreApplication::translate(
                             "Cli", "warning: the token file %1 is readable by other users; consider chmod 600")
                             .arg(path));
    return true;
}

// Each stage of CliInvocation::parse reads the options of one concern into `inv` and returns
// the usage error, or an empty string.
QString readPositional(CliInvocation &inv, const QStringList &positional)
{
    switch (inv.command->id) {
    case CliCommand::Get:
        if (positional.size() != 1)
            return QCoreApplication::translate("Cli", "get takes exactly one job id");
        inv.jobIds = positional;
        break;
    case CliCommand::Delete: {
        if (positional.isEmpty())
            return QCoreApplication::translate("Cli", "delete needs at least one job id");
        QSet<QString> seen;
        for (const QString &id : positional) {
            if (!seen.contains(id))
                inv.jobIds.append(id);
            seen.insert(id);
        }
        break;
    }
    default:
        if (!positional.isEmpty())
            return QCoreApplication::translate("Cli", "unexpected argument '%1'").arg(positional.first());
        break;
    }
    for (const QString &id : std::as_const(inv.jobIds)) {
        if (id.trimmed().isEmpty())
            return QCoreApplication::translate("Cli", "a job id is empty");
    }
    return {};
}

QString readFormat(CliInvocation &inv, const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty() || format == QLatin1String("table"))
        inv.format = CliInvocation::Format::Table;
    else if (format == QLatin1String("json"))
        inv.format = CliInvocation::Format::Json;
    else if (format == QLatin1String("csv"))
        inv.format = CliInvocation::Format::Csv;
    else
        return QCoreApplication::translate("Cli", "unknown format '%1' (table, json or csv)").arg(format);
    return {};
}

// The address, path style and timeout: the command line wins over a saved profile, which wins
// over the environment.
QString readAddress(CliInvocation &inv, const QCommandLineParser &parser, const QProcessEnvironment &environment,
                    const std::optional<CliProfile::Resolved> &profile)
{
    QString endpoint;
    if (parser.isSet(QStringLiteral("endpoint")))
        endpoint = parser.value(QStringLiteral("endpoint"));
    else if (profile)
        endpoint = profile->profile.baseUrl.toString();
    else
        endpoint = EnvironmentConnection::endpoint(environment);
    if (endpoint.isEmpty())
        return QCoreApplication::translate("Cli", "no server address: pass --endpoint URL or set SPACEONE_ENDPOINT");
    inv.endpoint.baseUrl = QUrl(endpoint.trimmed(), QUrl::StrictMode);
    if (!inv.endpoint.isValid())
        return QCoreApplication::translate("Cli", "'%1' is not an http:// or https:// address").arg(endpoint);
    if (profile)
        inv.endpoint.pathStyle = profile->profile.pathStyle;
    if (parser.isSet(QStringLiteral("path-style"))
        && !ApiEndpoint::parsePathStyle(parser.value(QStringLiteral("path-style")), &inv.endpoint.pathStyle))
        return QCoreApplication::translate("Cli", "unknown path style '%1' (console or v2)")
            .arg(parser.value(QStringLiteral("path-style")));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400)
            return QCoreApplication::translate("Cli", "--timeout needs a number of seconds greater than 0");
        inv.endpoint.timeoutMs = qMax(1, int(seconds * 1000));
    }
    return {};
}

// The token and the certificates that may be trusted, in the same order of precedence.
QString readCredentials(CliInvocation &inv, const QCommandLineParser &parser, const QProcessEnvironment &environment,
                        const std::optional<CliProfile::Resolved> &profile)
{
    QString error;
    bool tokenFromProfile = false;
    if (parser.isSet(QStringLiteral("token"))) {
        inv.endpoint.token = parser.value(QStringLiteral("token")).trimmed();
        inv.warnings.append(QCoreApplication::translate(
            "Cli",
            "warning: --token shows the token to every user of this machine (process list, shell "
            "history); prefer --token-file or SPACEONE_TOKEN"));
    } else if (parser.isSet(QStringLiteral("token-file"))) {
        if (!readToken(parser.value(QStringLiteral("token-file")), &inv.endpoint.token, &error, &inv.warnings))
            return error;
    } else if (profile && !profile->token.isEmpty()) {
        inv.endpoint.token = profile->token;
        tokenFromProfile = true;
    } else {
        inv.endpoint.token = EnvironmentConnection::token(environment);
    }
    // Whatever the token came from, it goes over plain http only to this machine or with an
    // explicit opt-in: --allow-plain-http, or the profile's own setting for the profile's token
    // (also when --endpoint moved it elsewhere).
    if (!inv.endpoint.token.isEmpty()) {
        const bool optedIn = parser.isSet(QStringLiteral("allow-plain-http"))
            || (tokenFromProfile && profile->profile.allowPlainHttpToken);
        const TransportPolicy::Decision decision = TransportPolicy::check(inv.endpoint.baseUrl, optedIn);
        if (!decision.allowed)
            return cliTransportReason(inv.endpoint.baseUrl, tokenFromProfile);
        if (!decision.reason.isEmpty())
            inv.warnings.append(QCoreApplication::translate("Cli", "warning: %1").arg(decision.reason));
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        if (!TlsPolicy::loadCaBundle(path, &inv.endpoint.caCertificates, &error))
            return error;
    } else if (profile && !profile->profile.caBundlePath.isEmpty()) {
        ApiEndpoint fromProfile;
        if (!profile->profile.toEndpoint(QString(), &fromProfile, &error))
            return error;
        inv.endpoint.caCertificates = fromProfile.caCertificates;
    }
    return {};
}

QString readFilters(CliInvocation &inv, const QCommandLineParser &parser)
{
    if (!(inv.command->id & CliCommand::Filtering))
        return {};
    for (const QString &value : parser.values(QStringLiteral("status"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const JobStatus status = JobStatuses::fromWire(wireName(part));
            if (status == JobStatus::Unknown)
                return QCoreApplication::translate(
                           "Cli", "unknown status '%1' (pending, in-progress, success, failure or canceled)")
                    .arg(part);
            if (!inv.filter.statuses.contains(status))
                inv.filter.statuses.append(status);
        }
    }
    // Keep the display order JobFilter documents, so equal filters compare equal.
    QList<JobStatus> ordered;
    for (JobStatus s : JobStatuses::kKnown) {
        if (inv.filter.statuses.contains(s))
            ordered.append(s);
    }
    inv.filter.statuses = ordered;
    inv.filter.workspaceId = parser.value(QStringLiteral("workspace")).trimmed();
    inv.filter.trustedAccountId = parser.value(QStringLiteral("trusted-account")).trimmed();
    inv.filter.pluginId = parser.value(QStringLiteral("plugin")).trimmed();
    inv.keyword = parser.value(QStringLiteral("keyword")).trimmed();
    return {};
}

QString readListOptions(CliInvocation &inv, const QCommandLineParser &parser)
{
    if (inv.command->id != CliCommand::List)
        return {};
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        inv.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || inv.limit < 1)
            return QCoreApplication::translate("Cli", "--limit needs a whole number of jobs greater than 0");
    }
    const QString sort = parser.value(QStringLiteral("sort"));
    for (const QString &part : sort.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString key = part.trimmed();
        const bool desc = key.startsWith(QLatin1Char('-'));
        if (desc || key.startsWith(QLatin1Char('+')))
            key.remove(0, 1);
        key.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (!jobFields().contains(key))
            return QCoreApplication::translate("Cli", "cannot sort by '%1'; fields: %2")
                .arg(key, jobFields().join(QLatin1String(", ")));
        inv.sort.append({ key, desc });
    }
    return {};
}

QString readStatField(CliInvocation &inv, const QCommandLineParser &parser)
{
    if (inv.command->id != CliCommand::Stat || !parser.isSet(QStringLiteral("by")))
        return {};
    QString field = parser.value(QStringLiteral("by")).trimmed().toLower();
    field.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (field == QLatin1String("workspace") || field == QLatin1String("trusted_account")
        || field == QLatin1String("plugin") || field == QLatin1String("domain"))
        field += QLatin1String("_id");
    static const QRegularExpression fieldPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!fieldPattern.match(field).hasMatch())
        return QCoreApplication::translate("Cli", "--by needs a field name such as status or workspace");
    inv.statField = field;
    return {};
}
} // namespace

bool CliInvocation::isCliInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    static const QStringList globals{ QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"),
                                      QStringLiteral("-h"), QStringLiteral("help") };
    return globals.contains(first) || CliCommand::find(first);
}

CliInvocation CliInvocation::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    CliInvocation inv;
    const QString program = QCoreApplication::applicationName();
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        inv.action = Action::Version;
        inv.output = QStringLiteral("%1 %2 (commit %3, Qt %4)\n")
                         .arg(program, QStringLiteral(SJM_VERSION), QString::fromLatin1(BuildInfo::gitCommit()),
                              QString::fromLatin1(qVersion()));
        return inv;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        const CliCommand *topic = first == QLatin1String("help") ? CliCommand::find(arguments.value(2)) : nullptr;
        if (first == QLatin1String("help") && arguments.size() > 2 && !topic)
            return usageError(inv, QCoreApplication::translate("Cli", "unknown command '%1'").arg(arguments.value(2)));
        inv.action = Action::Help;
        inv.output = CliOption::helpText(topic);
        return inv;
    }
    inv.command = CliCommand::find(first);
    if (!inv.command)
        return usageError(inv,
                          QCoreApplication::translate("Cli", "unknown command '%1'; run '%2 --help' for the list")
                              .arg(first, program));

    QCommandLineParser parser;
    parser.addOptions(CliOption::forCommand(inv.command->id));
    // The command name is not an argument of its own parser.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (!parser.parse(rest))
        return usageError(inv, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        inv.action = Action::Help;
        inv.output = CliOption::helpText(inv.command);
        return inv;
    }

    QString error = readPositional(inv, parser.positionalArguments());
    if (error.isEmpty())
        error = readFormat(inv, parser);
    if (!error.isEmpty())
        return usageError(inv, error);

    // Connection: the command line wins over a saved profile, which wins over the environment.
    const bool tokenOnCommandLine = parser.isSet(QStringLiteral("token")) || parser.isSet(QStringLiteral("token-file"));
    std::optional<CliProfile::Resolved> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        CliProfile::Resolved resolved;
        if (!CliProfile::resolve(parser.value(QStringLiteral("profile")), !tokenOnCommandLine, &resolved, &error))
            return usageError(inv, error);
        profile = resolved;
    }
    error = readAddress(inv, parser, environment, profile);
    if (error.isEmpty())
        error = readCredentials(inv, parser, environment, profile);
    if (error.isEmpty())
        error = readFilters(inv, parser);
    if (error.isEmpty())
        error = readListOptions(inv, parser);
    if (error.isEmpty())
        error = readStatField(inv, parser);
    if (!error.isEmpty())
        return usageError(inv, error);
    inv.assumeYes = inv.command->id == CliCommand::Delete && parser.isSet(QStringLiteral("yes"));
    inv.names = (inv.command->id & (CliCommand::List | CliCommand::Get)) && !parser.isSet(QStringLiteral("no-names"));
    inv.action = Action::Run;
    return inv;
}
