// SPDX-License-Identifier: MIT
#include "clioption.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
constexpr unsigned kAll = CliCommand::All;
constexpr unsigned kFiltering = CliCommand::Filtering;

// clang-format off
const CliOption kOptions[] = {
    // Connection, shared by every command.
    { "profile", nullptr, "NAME",
      QT_TRANSLATE_NOOP("Cli", "Use the connection saved in the application under NAME (its endpoint, path style, "
                               "CA bundle and token). Options given on the command line override the values of the "
                               "profile."), kAll, nullptr },
    { "endpoint", nullptr, "URL",
      QT_TRANSLATE_NOOP("Cli", "Console API address, e.g. https://console-v2.api.example.com "
                               "(default: $SPACEONE_ENDPOINT)."), kAll, nullptr },
    { "path-style", nullptr, "STYLE",
      QT_TRANSLATE_NOOP("Cli", "URL layout: console (/identity/job/...) or v2 (/identity/v2/job/...)."), kAll,
      "console" },
    { "token-file", nullptr, "FILE",
      QT_TRANSLATE_NOOP("Cli", "Read the access token or API key from FILE (default: $SPACEONE_TOKEN)."), kAll,
      nullptr },
    { "token", nullptr, "TOKEN",
      QT_TRANSLATE_NOOP("Cli", "The token itself. Visible to other users in the process list: prefer --token-file."),
      kAll, nullptr },
    { "ca-file", nullptr, "FILE",
      QT_TRANSLATE_NOOP("Cli", "Also trust the CA certificates in the PEM FILE (private deployments)."), kAll,
      nullptr },
    { "allow-plain-http", nullptr, nullptr,
      QT_TRANSLATE_NOOP("Cli", "Send the token over plain http to a host other than this machine. Anyone on the "
                               "network path can read it; without this option such a request is refused."), kAll,
      nullptr },
    { "timeout", nullptr, "SECONDS",
      QT_TRANSLATE_NOOP("Cli", "Give up on a request after SECONDS without progress, or after three times SECONDS "
                               "in all, retries included."), kAll, "30" },
    { "format", "o", "FORMAT",
      QT_TRANSLATE_NOOP("Cli", "Output format: table, json or csv."), kAll, "table" },
    { "no-names", nullptr, nullptr,
      QT_TRANSLATE_NOOP("Cli", "Show ids only and send no request for names. Without it the table shows the names "
                               "of workspaces, trusted accounts and plugins, and json and csv add workspace_name, "
                               "trusted_account_name and plugin_name."), CliCommand::List | CliCommand::Get,
      nullptr },
    // Filters.
    { "status", "s", "STATUS",
      QT_TRANSLATE_NOOP("Cli", "Only jobs with this status: pending, in-progress, success, failure, canceled. "
                               "Repeat or separate with commas for several."), kFiltering, nullptr },
    { "workspace", "w", "ID",
      QT_TRANSLATE_NOOP("Cli", "Only jobs of this workspace; * for domain-level jobs."), kFiltering, nullptr },
    { "trusted-account", "t", "ID",
      QT_TRANSLATE_NOOP("Cli", "Only jobs of this trusted account."), kFiltering, nullptr },
    { "plugin", "p", "ID",
      QT_TRANSLATE_NOOP("Cli", "Only jobs run by this collector plugin."), kFiltering, nullptr },
    { "keyword", "k", "TEXT",
      QT_TRANSLATE_NOOP("Cli", "Server-side search in job ids (list: also statuses)."), kFiltering, nullptr },
    // list
    { "limit", "n", "N",
      QT_TRANSLATE_NOOP("Cli", "List at most N jobs."), CliCommand::List, "10000" },
    { "sort", nullptr, "FIELD",
      QT_TRANSLATE_NOOP("Cli", "Sort by FIELD, -FIELD for descending; several separated by commas."),
      CliCommand::List, "-created_at" },
    // stat
    { "by", nullptr, "FIELD",
      QT_TRANSLATE_NOOP("Cli", "Count per FIELD: status, workspace, trusted-account, plugin, resource-group or any "
                               "job field."), CliCommand::Stat, "status" },
    // delete
    { "yes", "y", nullptr,
      QT_TRANSLATE_NOOP("Cli", "Delete without asking for confirmation."), CliCommand::Delete, nullptr },
    { "help", "h", nullptr,
      QT_TRANSLATE_NOOP("Cli", "Show this help."), kAll, nullptr },
    { nullptr, nullptr, nullptr, nullptr, 0, nullptr },
};
// clang-format on

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString optionSyntax(const CliOption &o)
{
    QString s = o.shortName ? QStringLiteral("-%1, ").arg(QLatin1String(o.shortName)) : QStringLiteral("    ");
    s += QStringLiteral("--") + QLatin1String(o.name);
    if (o.valueName)
        s += QLatin1Char(' ') + QLatin1String(o.valueName);
    return s;
}

QString wrap(const QString &text, int width)
{
    QString out;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line + QLatin1Char('\n');
}

// Two-column block wrapped to 100 columns, the way QCommandLineParser lays out its help.
void appendRows(QString &out, const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &row : rows)
        width = qMax(width, int(row.first.size()));
    width = qMin(width + 2, 34);
    const int textWidth = 100 - width - 2;
    for (const auto &row : rows) {
        QStringList lines;
        QString line;
        for (const QString &word : row.second.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > textWidth) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line);
        QString first = QStringLiteral("  ") + row.first;
        if (first.size() > width + 1) {
            out += first + QLatin1Char('\n');
            first.clear();
        }
        out += first.leftJustified(width + 2) + lines.takeFirst() + QLatin1Char('\n');
        for (const QString &l : std::as_const(lines))
            out += QString(width + 2, QLatin1Char(' ')) + l + QLatin1Char('\n');
    }
}
} // namespace

QCommandLineOption CliOption::toQt() const
{
    QStringList names{ QLatin1String(name) };
    if (shortName)
        names.prepend(QLatin1String(shortName));
    if (valueName)
        return QCommandLineOption(names, translatedDescription(), QLatin1String(valueName));
    return QCommandLineOption(names, translatedDescription());
}

QString CliOption::translatedDescription() const
{
    return QCoreApplication::translate("Cli", description);
}

const CliOption *CliOption::table()
{
    return kOptions;
}

QList<QCommandLineOption> CliOption::forCommand(CliCommand::Id command)
{
    QList<QCommandLineOption> list;
    for (const CliOption *o = kOptions; o->name; ++o) {
        if (o->appliesTo(command))
            list.append(o->toQt());
    }
    return list;
}

QString CliOption::helpText(const CliCommand *command)
{
    const QString program = QCoreApplication::applicationName();
    QString out;
    if (!command) {
        out += tr("Usage: %1 COMMAND [options]\n       %1 [--version | --help]\n\n").arg(program);
        out += tr("Monitors SpaceONE (Cloudforet) collection jobs. Without a command the desktop window opens.\n\n");
        out += tr("Commands:\n");
        QList<QPair<QString, QString>> rows;
        for (const CliCommand *c = CliCommand::table(); c->name; ++c)
            rows.append(
                { QLatin1String(c->name) + QLatin1Char(' ') + QLatin1String(c->arguments), c->translatedSummary() });
        appendRows(out, rows);
        out += tr("\nRun '%1 COMMAND --help' for the options of a command.\n").arg(program);
        // The window's own options, so one --help tells everything the program accepts.
        out += tr("\nDesktop window options:\n");
        appendRows(out,
                   { { QStringLiteral("--settings FILE"), tr("Use this settings file instead of the user's.") },
                     { QStringLiteral("--screenshot FILE"),
                       tr("Render the window once data is shown, save it as a PNG and quit.") },
                     { QStringLiteral("--screenshot-delay MS"),
                       tr("Milliseconds to wait after the first data before the screenshot.") },
                     { QStringLiteral("--sandbox-seed N"),
                       tr("Seed of the built-in sandbox's generated jobs (a fresh sandbox database).") } });
    } else {
        QString synopsis = QStringLiteral("%1 %2 [options]").arg(program, QLatin1String(command->name));
        if (*command->arguments)
            synopsis += QLatin1Char(' ') + QLatin1String(command->arguments);
        out += tr("Usage: %1\n\n").arg(synopsis);
        out += wrap(command->translatedDescription(), 100) + QStringLiteral("\n");
        out += tr("Options:\n");
        QList<QPair<QString, QString>> rows;
        for (const CliOption *o = kOptions; o->name; ++o) {
            if (!o->appliesTo(command->id))
                continue;
            QString text = o->translatedDescription();
            if (o->defaultValue)
                text += QLatin1Char(' ') + tr("Default: %1.").arg(QLatin1String(o->defaultValue));
            rows.append({ optionSyntax(*o), text });
        }
        appendRows(out, rows);
    }
    out += tr("\nEnvironment:\n");
    appendRows(out,
               { { QStringLiteral("SPACEONE_ENDPOINT"), tr("Console API address when --endpoint is not given.") },
                 { QStringLiteral("SPACEONE_TOKEN"), tr("Access token or API key when no token option is given.") },
                 { QStringLiteral("SJM_DEBUG"), tr("Set to 1 to let Qt's own warnings through to stderr.") } });
    out += tr("\nExit status:\n");
    appendRows(out,
               { { QStringLiteral("0"), tr("Success.") },
                 { QStringLiteral("1"), tr("A request failed, or some jobs could not be deleted.") },
                 { QStringLiteral("2"), tr("Wrong usage, or deletion refused without confirmation.") },
                 { QStringLiteral("3"), tr("The token was rejected or lacks the permission.") },
                 { QStringLiteral("4"), tr("The job does not exist.") } });
    return out;
}
