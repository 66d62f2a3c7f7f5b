// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiendpoint.h"
#include "api/jobquery.h"
#include "model/jobfilter.h"

#include <QProcessEnvironment>
#include <QStringList>

struct CliCommand;

// One command line, parsed and checked, before anything touches the network.
struct CliInvocation
{
    enum class Action {
        Run,
        Help, // print `output`, exit 0
        Version, // print `output`, exit 0
        UsageError, // print `error`, exit 2
    };
    enum class Format { Table, Json, Csv };

    Action action = Action::UsageError;
    const CliCommand *command = nullptr;
    QString output;
    QString error;
    QStringList warnings; // one line each, for stderr

    ApiEndpoint endpoint;
    Format format = Format::Table;
    JobFilter filter; // statuses, workspace, trusted account, plugin
    QString keyword;
    int limit = 10000;
    QList<SortKey> sort;
    QString statField = QStringLiteral("status");
    QStringList jobIds;
    bool assumeYes = false;
    bool names = true; // look up the names of ids; --no-names sends no such request

    // `arguments` as QCoreApplication::arguments() has them: the program first.
    static CliInvocation parse(const QStringList &arguments,
                               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // True when these arguments ask for the command line rather than the window.
    static bool isCliInvocation(const QStringList &arguments);
};
