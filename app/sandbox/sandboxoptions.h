// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faultoptions.h"
#include "sandbox/requestlimits.h"

#include <QString>

namespace sandbox {

// How to run a sandbox. The defaults are those of the app's built-in "Local sandbox".
struct SandboxOptions
{
    quint16 port = 0; // 0: a random free port; always bound to 127.0.0.1
    QString databasePath; // empty: a temporary database removed at stop()
    int initialJobs = 400; // history generated into an empty database
    quint32 seed = 1; // the simulation's random seed
    QString dataFile; // a JSON array of JobInfo: serve exactly these jobs, no simulation
    QString tokenFile; // see TokenAuthority for the format
    bool simulate = true; // live simulation (forced off with a data file)
    double jobsPerMinute = 6; // new jobs per minute while simulating
    int tickMs = 1000; // how often the simulation advances
    FaultOptions faults; // fault injection, off by default
    RequestLimits limits; // body size, slow and idle connections
    qint64 clockOffsetMs = 0; // job timestamps from a clock this far off the machine's
    // Where generated tokens are written when no token file is given (default: next to the
    // database, "<db>.tokens.json"; nothing is written for a temporary database).
    QString tokensOutputPath;
};

} // namespace sandbox
