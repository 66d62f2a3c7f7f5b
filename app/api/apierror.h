// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// What went wrong with one request, typed so callers can react (re-authenticate on 401, back
// off on 503) and worded so a person can act on it.
struct ApiError
{
    enum class Kind {
        None,
        Network, // DNS, refused, reset, unreachable
        Timeout,
        Tls,
        Http, // the server answered with a status >= 400
        Decode, // 2xx with a body that is not what the API returns
        Canceled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // SpaceONE error code, e.g. ERROR_NOT_FOUND; empty when the body had none
    QString message; // server or transport message, leading space trimmed
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    bool isError() const { return kind != Kind::None; }
    // Rejected by the server (401), or not sent at all for want of a token.
    bool isAuthentication() const
    {
        return httpStatus == 401 || networkError == QNetworkReply::AuthenticationRequiredError;
    }
    bool isMissingToken() const
    {
        return kind == Kind::Network && networkError == QNetworkReply::AuthenticationRequiredError;
    }
    bool isPermission() const { return httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404 && code == QLatin1String("ERROR_NOT_FOUND"); }
    // FastAPI's {"detail":"Not Found"}: the path does not exist, typically the wrong path style.
    bool isUnknownPath() const { return httpStatus == 404 && code.isEmpty(); }
    // Worth trying again later without changing anything.
    bool isTransient() const;

    // One line for a person: what happened and, where it helps, what to do.
    QString humanMessage() const;

    // Builds the error from an HTTP error response: {"detail":{"code","message"}} from
    // spaceone-core, or FastAPI's plain {"detail":"Not Found"}; falls back to the status text.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &transportMessage);
    static ApiError decode(const QString &message);
    static ApiError timeout(int timeoutMs);
    static ApiError canceled();
    // The request was not sent: the connection has no token.
    static ApiError missingToken();
};

Q_DECLARE_METATYPE(ApiError)
