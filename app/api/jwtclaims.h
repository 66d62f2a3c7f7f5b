// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

// The claims of a JWT, read without verifying its signature (only the server can): the client
// uses them to explain things before the server answers, never to decide what it allows.
namespace JwtClaims {

constexpr qint64 kNoTime = -1;

// The payload of a three-part token; "Bearer " and surrounding whitespace are allowed. False
// when the token is not a readable JWT; `error` then says why if it looks like one but is
// damaged (an opaque API key has no dots and leaves `error` empty).
bool read(const QString &token, QJsonObject *claims, QString *error = nullptr);
// A NumericDate claim (exp, iat: seconds, possibly fractional, or a numeric string) in
// milliseconds since the epoch; kNoTime when it is missing or not a plausible time.
qint64 timeClaimMs(const QJsonValue &value);
// The token's exp in milliseconds since the epoch, or kNoTime.
qint64 expiresAtMs(const QString &token);

} // namespace JwtClaims
