// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The subcommands of the command-line interface, as data: the parser and --help are generated
// from this table and CliOption's (the man page is checked against --help).
struct CliCommand
{
    enum Id : unsigned {
        List = 1u << 0,
        Get = 1u << 1,
        Delete = 1u << 2,
        Stat = 1u << 3,
        All = List | Get | Delete | Stat,
        Filtering = List | Stat,
    };

    Id id;
    const char *name;
    const char *arguments; // synopsis of the positional arguments, may be empty
    const char *summary; // one line for the command overview
    const char *description; // a paragraph for the command's --help

    QString translatedSummary() const;
    QString translatedDescription() const;

    static const CliCommand *find(const QString &name);
    // Every command, in overview order; ends with a row whose name is nullptr.
    static const CliCommand *table();
};
