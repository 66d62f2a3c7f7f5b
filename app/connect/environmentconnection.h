// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

// The connection that SPACEONE_ENDPOINT and SPACEONE_TOKEN describe, read the same way by the
// command-line interface and by the window (which offers it as a connection of its own, kept
// for the session and never written to the settings file).
class EnvironmentConnection
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentConnection)

public:
    static const QString kEndpointVariable; // SPACEONE_ENDPOINT
    static const QString kTokenVariable; // SPACEONE_TOKEN
    // The id of the window's profile for it; stable, so filters survive within a session.
    static const QString kProfileId;

    static QString endpoint(const QProcessEnvironment &environment);
    static QString token(const QProcessEnvironment &environment);

    // The profile for the window: nullopt when SPACEONE_ENDPOINT is unset or empty. An address
    // that is no http(s) URL still yields a profile (its problem is shown on connecting).
    static std::optional<ConnectionProfile> profile(const QProcessEnvironment &environment);
};
