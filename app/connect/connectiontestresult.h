// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiendpoint.h"

#include <QMetaType>
#include <QString>

#include <optional>

// What "Test connection" found, in one sentence a person can act on, plus the facts behind it.
struct ConnectionTestResult
{
    enum class Outcome {
        Connected,
        InvalidProfile, // the form is incomplete; nothing was sent
        PlainHttpRefused, // the token would travel in clear; nothing was sent
        CaBundleError, // the profile's CA bundle cannot be loaded; nothing was sent
        HostNotFound,
        ConnectionRefused,
        Tls, // certificate rejected (details in certificateDetails) or handshake failed
        Timeout,
        Unauthorized, // 401
        Forbidden, // 403
        WrongPathStyle, // 404 on this style, the other style answers
        UnknownPath, // 404 on both styles: not a console-api-v2 address
        Redirected,
        HttpError, // any other status >= 400
        BadResponse, // 2xx but not the JSON a stat call returns
        NetworkError,
        Canceled,
    };

    Outcome outcome = Outcome::Canceled;
    QString message;
    int httpStatus = 0;
    double jobCount = -1; // jobs visible to the token, when a stat call succeeded
    QString certificateDetails; // subject, issuer, validity, SHA-256 of a rejected certificate
    PathStyle testedStyle = PathStyle::Console;
    // Set when the style under test failed with 404 and the other one answered.
    std::optional<PathStyle> workingStyle;

    bool isSuccess() const { return outcome == Outcome::Connected; }
};

Q_DECLARE_METATYPE(ConnectionTestResult)
