// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ApiError", text, disambiguation, n);
}

constexpr int kMaxSnippet = 160;

// "502 Bad Gateway" from <title>502 Bad Gateway</title>, else the first heading; empty when
// neither is there.
QString pageTitle(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>([^<]*)</h1>"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : { &title, &heading }) {
        const QString text = re->match(html).captured(1).simplified();
        if (!text.isEmpty())
            return text.left(kMaxSnippet);
    }
    return {};
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || start.startsWith("<?xml");
}

// One line without control characters, at most `max` characters: a server's text goes into a
// banner line and a terminal, where a stray escape sequence or a page of text does harm.
QString clip(const QString &text, int max)
{
    QString clean;
    clean.reserve(qMin<qsizetype>(text.size(), 4 * max));
    for (QChar c : text.left(4 * max))
        clean.append(c.isPrint() ? c : QChar(u' '));
    clean = clean.simplified();
    if (clean.size() > max)
        clean = clean.left(max - 1) + QChar(0x2026);
    return clean;
}

QString firstLine(const QByteArray &body)
{
    QByteArray head = body.left(4096).trimmed();
    const qsizetype newline = head.indexOf('\n');
    if (newline >= 0)
        head.truncate(newline);
    return clip(QString::fromUtf8(head), kMaxSnippet);
}

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}
} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
        return !isMissingToken(); // waiting does not bring a token
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504 || httpStatus == 500;
    case Kind::Decode: // a truncated body is usually a dropped connection
        return true;
    case Kind::None:
    case Kind::Tls:
    case Kind::Canceled:
    case Kind::TooLarge:
    case Kind::TokenExpired:
        break;
    }
    return false;
}

QString ApiError::humanMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Canceled:
        return tr("The request was canceled.");
    case Kind::Timeout:
        return tr("The server did not answer in time (%1).").arg(message);
    case Kind::Tls:
        return tr("Secure connection failed: %1. Check the server certificate or the CA bundle of this connection.")
            .arg(message);
    case Kind::Decode:
        return tr("The server sent a response this app cannot read: %1.").arg(message);
    case Kind::TooLarge:
        return tr("The server's answer grew beyond %1 and was stopped while downloading. Check that the address is "
                  "the console API endpoint.")
            .arg(message);
    case Kind::TokenExpired:
        return tr("The token expired %1 (its own expiry time says so), so it was not sent. Get a new token or API "
                  "key.")
            .arg(message);
    case Kind::Network:
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr("Connection refused: nothing is listening at that address. Check the URL and that the server "
                      "is running.");
        case QNetworkReply::HostNotFoundError:
            return tr("Host not found: check the server address (%1).").arg(message);
        case QNetworkReply::RemoteHostClosedError:
            return tr("The server closed the connection before answering.");
        case QNetworkReply::AuthenticationRequiredError:
            return tr("No token or API key is set for this server, so nothing was sent.");
        default:
            return tr("Network error: %1.").arg(message);
        }
    case Kind::Http:
        break;
    }

    const QString detail = code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
    if (fromIntermediary) {
        const QString page = message.isEmpty() ? QString() : tr(" (%1)").arg(message);
        return tr("A proxy or gateway answered HTTP %1%2 instead of the API; the server behind it may be down or "
                  "restarting.")
            .arg(httpStatus)
            .arg(page);
    }
    switch (httpStatus) {
    case 401:
        return tr("Not signed in: the token is expired or invalid (%1). Get a new token or API key.").arg(detail);
    case 403:
        return tr("Permission denied: your role may not do this (%1).").arg(detail);
    case 404:
        if (code.isEmpty())
            return tr("The server has no such API path (HTTP 404). Check the URL and the path style (console "
                      "/identity/job/… or v2 /identity/v2/job/…).");
        return tr("Not found: %1").arg(detail);
    case 405:
        return tr("The server does not allow this method on that path (HTTP 405). Check the URL.");
    case 429:
        return tr("The server asks to slow down (HTTP 429): %1").arg(detail);
    case 503:
        return tr("The service is unavailable (HTTP 503): %1").arg(detail);
    default:
        if (httpStatus >= 500)
            return tr("The server reported an error (HTTP %1): %2").arg(httpStatus).arg(detail);
        return tr("The server refused the request (HTTP %1): %2").arg(httpStatus).arg(detail);
    }
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Canceled:
        return tr("The request was canceled");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Decode:
        return tr("The server's answer cannot be read");
    case Kind::TooLarge:
        return tr("The server's answer is too large");
    case Kind::TokenExpired:
        return tr("The token has expired");
    case Kind::Network:
        return tr("Cannot reach the server");
    case Kind::Http:
        break;
    }
    if (fromIntermediary)
        return tr("A proxy or gateway reported an error");
    if (httpStatus == 401)
        return tr("Not signed in");
    if (httpStatus == 403)
        return tr("Permission denied");
    if (httpStatus == 503)
        return tr("The service is unavailable");
    if (httpStatus >= 500)
        return tr("The server reported an error");
    return tr("The server refused the request");
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue detail = doc.object().value(QLatin1String("detail"));
    if (detail.isObject()) {
        const QJsonObject d = detail.toObject();
        e.code = clip(d.value(QLatin1String("code")).toString(), kMaxSnippet);
        e.message = d.value(QLatin1String("message")).toString().trimmed();
    } else if (detail.isString()) {
        e.message = detail.toString().trimmed();
    } else if (detail.isArray()) {
        // FastAPI validation errors: [{"loc":[...],"msg":"...","type":"..."}]
        e.message = detail.toArray().at(0).toObject().value(QLatin1String("msg")).toString();
    }
    if (e.message.isEmpty() && doc.isNull() && looksLikeHtml(body, contentType)) {
        // An nginx or load balancer page: its title says all a person needs; the markup is noise.
        e.fromIntermediary = true;
        e.message = clip(pageTitle(QString::fromUtf8(body.left(64 * 1024))), kMaxSnippet);
        return e;
    }
    if (e.message.isEmpty()) {
        const QString line = firstLine(body);
        e.message = line.isEmpty() ? tr("no details") : line;
    }
    e.message = clip(e.message, 2 * kMaxSnippet);
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError error, const QString &transportMessage)
{
    ApiError e;
    e.networkError = error;
    e.message = transportMessage;
    if (error == QNetworkReply::OperationCanceledError)
        e.kind = Kind::Canceled;
    else if (error == QNetworkReply::TimeoutError)
        e.kind = Kind::Timeout;
    else if (error == QNetworkReply::SslHandshakeFailedError)
        e.kind = Kind::Tls;
    else
        e.kind = Kind::Network;
    return e;
}

ApiError ApiError::decode(const QString &message)
{
    ApiError e;
    e.kind = Kind::Decode;
    e.message = message;
    return e;
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.networkError = QNetworkReply::TimeoutError;
    e.message = tr("no answer after %1 s").arg(timeoutMs / 1000.0, 0, 'g', 3);
    return e;
}

ApiError ApiError::deadline(int deadlineMs)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.networkError = QNetworkReply::TimeoutError;
    e.message = tr("no complete answer within %1 s").arg(deadlineMs / 1000.0, 0, 'g', 3);
    return e;
}

ApiError ApiError::tooLarge(qint64 capBytes)
{
    ApiError e;
    e.kind = Kind::TooLarge;
    e.message = byteSize(capBytes);
    return e;
}

ApiError ApiError::tokenExpired(qint64 expiresAtMs, qint64 nowMs)
{
    ApiError e;
    e.kind = Kind::TokenExpired;
    const qint64 agoMinutes = qMax<qint64>(0, nowMs - expiresAtMs) / 60000;
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresAtMs), QLocale::ShortFormat);
    e.message = agoMinutes < 1 ? tr("at %1, moments ago").arg(when)
        : agoMinutes < 120     ? tr("at %1, %n minute(s) ago", nullptr, int(agoMinutes)).arg(when)
                               : tr("at %1, %n hour(s) ago", nullptr, int(agoMinutes / 60)).arg(when);
    return e;
}

ApiError ApiError::canceled()
{
    ApiError e;
    e.kind = Kind::Canceled;
    e.networkError = QNetworkReply::OperationCanceledError;
    return e;
}

ApiError ApiError::missingToken()
{
    return fromNetwork(QNetworkReply::AuthenticationRequiredError, tr("no token"));
}
