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
        TooLarge, // the answer outgrew the size cap and was stopped while downloading
        TokenExpired, // not sent: the token's own exp claim has passed
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // SpaceONE error code, e.g. ERROR_NOT_FOUND; empty when the body had none
    QString message; // server or transport message, leading space trimmed
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    // An HTTP error whose body was a web page (HTML) rather than the API's JSON: a proxy,
    // load balancer or ingress answered instead of the API gateway.
    bool fromIntermediary = false;
    // How many times the request was sent before this error stuck (retries of idempotent calls).
    int attempts = 1;

    bool isError() const { return kind != Kind::None; }
    // Rejected by the server (401), not sent because the token had expired, or not sent at
    // all for want of a token.
    bool isAuthentication() const
    {
        return httpStatus == 401 || kind == Kind::TokenExpired
            || networkError == QNetworkReply::AuthenticationRequiredError;
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
    // A few words naming the cause, for a heading: "The server reported an error".
    QString title() const;

    // Builds the error from an HTTP error response: {"detail":{"code","message"}} from
    // spaceone-core, or FastAPI's plain {"detail":"Not Found"}. A web page is summarised by its
    // title, never shown raw; other text by its first line.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType = {});
    static ApiError fromNetwork(QNetworkReply::NetworkError error, const QString &transportMessage);
    static ApiError decode(const QString &message);
    static ApiError timeout(int timeoutMs);
    // The request, its retries included, did not complete within its overall deadline.
    static ApiError deadline(int deadlineMs);
    static ApiError tooLarge(qint64 capBytes);
    static ApiError tokenExpired(qint64 expiresAtMs, qint64 nowMs);
    static ApiError canceled();
    // The request was not sent: the connection has no token.
    static ApiError missingToken();
};

Q_DECLARE_METATYPE(ApiError)
