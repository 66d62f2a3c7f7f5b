// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxoptions.h"

#include <QString>
#include <QStringList>

namespace sandbox {

// The command line of the standalone sandbox, spaceone-job-monitor-sandbox:
//   --port N --db FILE --jobs N --seed S --data FILE.json --token-file F --tokens-out F
//   --rate JOBS_PER_MINUTE --tick-ms N --no-simulation --quiet
//   --latency MS --latency-jitter MS --error-rate R --error-503-share R --truncate-rate R
//   --malformed-rate R --drop-rate R --fault-seed S
//   --help --version
class SandboxCommandLine
{
public:
    struct Parsed
    {
        bool run = false; // false: print `output` and exit with `exitCode`
        int exitCode = 0;
        QString output; // help, version or error text
        SandboxOptions options;
        bool quiet = false; // do not print the tokens
    };

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    static Parsed parse(const QStringList &arguments);
};

} // namespace sandbox
