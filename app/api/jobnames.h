// SPDX-License-Identifier: MIT
#pragma once

#include "namedirectory.h"

#include <QString>

#include <functional>

struct Job;

// Where the names of a job's workspace, trusted account and plugin come from, for whatever
// writes jobs out; without a lookup every name is unknown (an empty string).
struct JobNames
{
    std::function<QString(NameDirectory::Kind kind, const QString &id)> lookup;

    // The names `directory` knows at the time of each call; it must outlive the JobNames.
    static JobNames from(const NameDirectory *directory);

    QString name(NameDirectory::Kind kind, const QString &id) const;
    QString workspace(const Job &job) const;
    QString trustedAccount(const Job &job) const;
    QString plugin(const Job &job) const;
};
