// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/namedirectory.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

// The jobs a connection last showed, kept from one run to the next so that the window has rows
// to paint before the server has answered. They describe the server as it was at savedAtMs and
// are shown as such (stale) until the first poll of the same connection replaces them row by row.
struct SavedJobs
{
    // A name a job's id had when the jobs were saved, with the account's provider.
    using Name = NameDirectory::Name;

    // At most this many jobs are kept: a screenful many times over, not a copy of the server.
    static constexpr int kMaxJobs = 2000;

    QString connectionId;
    QJsonObject filter; // JobFilter::toJson() the jobs were listed with
    qint64 savedAtMs = 0; // when the jobs were last known to be the server's (a poll's end)
    std::vector<Job> jobs; // in the order the table had them
    QHash<QString, Name> workspaceNames;
    QHash<QString, Name> trustedAccountNames;
    QHash<QString, Name> pluginNames;

    bool isEmpty() const { return jobs.empty(); }
};
