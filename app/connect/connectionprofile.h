// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiendpoint.h"
#include "tokenstorage.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One server the user can connect to. A plain value: the token is deliberately not a member,
// so no code path that saves or exports a profile can leak it.
struct ConnectionProfile
{
    static constexpr int kDefaultPollIntervalMs = 10000; // what the web console uses while a sync runs
    static constexpr int kMinPollIntervalMs = 1000;
    static constexpr int kMaxPollIntervalMs = 60 * 60 * 1000;

    QString id; // stable, never shown; names can change
    QString name;
    QUrl baseUrl; // console-api-v2, e.g. https://console-v2.api.example.com
    PathStyle pathStyle = PathStyle::Console;
    QString workspaceId; // empty: everything the token may see
    int pollIntervalMs = kDefaultPollIntervalMs;
    QString caBundlePath; // PEM file of extra trusted CAs for a private deployment; empty: system CAs only
    bool allowPlainHttpToken = false; // send the token over http to a non-loopback host
    TokenStorage tokenStorage = TokenStorage::Keychain;
    QJsonObject filterState; // JobFilter::toJson() of the filters last used with this connection
    bool isBuiltInSandbox = false;
    // True when baseUrl was guessed (spacectl import) and the user has not confirmed it yet.
    bool baseUrlIsGuess = false;

    // Problems a person must fix before the profile can be saved, worded for them; empty when
    // fine. Name uniqueness is the store's business.
    QString validationError() const;

    // Full URL of one Job API verb ("list", "stat", ...) in this profile's path style.
    QUrl verbUrl(const QString &verb) const;
    static QUrl verbUrl(const QUrl &baseUrl, PathStyle style, const QString &verb);

    // The endpoint the HTTP client needs. Loads the CA bundle; when it cannot, returns false
    // and says why in `error` (the endpoint is then left untouched).
    bool toEndpoint(const QString &token, ApiEndpoint *endpoint, QString *error) const;

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b);
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(ConnectionProfile)
