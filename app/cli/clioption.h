// SPDX-License-Identifier: MIT
#pragma once

#include "clicommand.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

// One command-line option as data. The table in clioption.cpp is the single definition of every
// option: the parser and --help are generated from it; the man page is written by hand and
// checked against --help (ctest -L packaging).
struct CliOption
{
    const char *name; // long name without dashes
    const char *shortName; // one letter, or nullptr
    const char *valueName; // nullptr for a flag
    const char *description;
    unsigned commands; // CliCommand::Id bits the option applies to
    const char *defaultValue; // shown in --help; nullptr when none

    bool appliesTo(CliCommand::Id command) const { return (commands & command) != 0; }
    QCommandLineOption toQt() const;
    QString translatedDescription() const;

    // Every option; ends with a row whose name is nullptr.
    static const CliOption *table();
    static QList<QCommandLineOption> forCommand(CliCommand::Id command);
    // The --help text of one command, or of the program when `command` is nullptr.
    static QString helpText(const CliCommand *command);
};
