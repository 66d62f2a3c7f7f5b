// SPDX-License-Identifier: MIT
#pragma once

#include "connect/connectionprofile.h"

#include <QString>

// `--profile NAME`: a connection saved in the desktop application (same settings file and
// credential stores), so scripts reuse it without repeating the endpoint and token.
class CliProfile final
{
public:
    struct Resolved
    {
        ConnectionProfile profile;
        QString token; // empty when not wanted or none is stored
    };

    CliProfile() = delete;

    // Looks the profile up by name (or id) in the application's settings and, when `wantToken`,
    // reads its token from wherever the profile keeps it. False with a one-line `error` when the
    // profile does not exist or its token cannot be read.
    static bool resolve(const QString &name, bool wantToken, Resolved *resolved, QString *error);
};
