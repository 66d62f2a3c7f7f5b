// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include <QCoreApplication>

namespace {
// clang-format off
const CliCommand kCommands[] = {
    { CliCommand::List, "list", "",
      QT_TRANSLATE_NOOP("Cli", "List jobs, newest first."),
      QT_TRANSLATE_NOOP("Cli", "Lists the collection jobs that match the filters, newest first, page by page up to "
                               "--limit jobs. With --format json the output is a JSON array of job objects as the "
                               "API returns them.") },
    { CliCommand::Get, "get", "JOB_ID",
      QT_TRANSLATE_NOOP("Cli", "Show one job."),
      QT_TRANSLATE_NOOP("Cli", "Shows every field of one job, including its error message and options.") },
    { CliCommand::Delete, "delete", "JOB_ID...",
      QT_TRANSLATE_NOOP("Cli", "Delete jobs."),
      QT_TRANSLATE_NOOP("Cli", "Deletes the given jobs and reports for each one: deleted, already gone, not allowed "
                               "or failed. Asks for confirmation on a terminal; without a terminal it refuses unless "
                               "--yes is given. Deleting a job only removes its record; it does not stop a running "
                               "collection.") },
    { CliCommand::Stat, "stat", "",
      QT_TRANSLATE_NOOP("Cli", "Count jobs per status or another field."),
      QT_TRANSLATE_NOOP("Cli", "Counts the jobs that match the filters, grouped by status or by the field given with "
                               "--by, as the server computes them.") },
    { CliCommand::Id(0), nullptr, nullptr, nullptr, nullptr },
};
// clang-format on
} // namespace

QString CliCommand::translatedSummary() const
{
    return QCoreApplication::translate("Cli", summary);
}

QString CliCommand::translatedDescription() const
{
    return QCoreApplication::translate("Cli", description);
}

const CliCommand *CliCommand::find(const QString &name)
{
    for (const CliCommand *c = kCommands; c->name; ++c) {
        if (name == QLatin1String(c->name))
            return c;
    }
    return nullptr;
}

const CliCommand *CliCommand::table()
{
    return kCommands;
}
