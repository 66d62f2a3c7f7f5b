// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
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
    case 503:
        return tr("The service is unavailable (HTTP 503): %1").arg(detail);
    default:
        return tr("Server error (HTTP %1): %2").arg(httpStatus).arg(detail);
    }
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue detail = doc.object().value(QLatin1String("detail"));
    if (detail.isObject()) {
        const QJsonObject d = detail.toObject();
        e.code = d.value(QLatin1String("code")).toString();
        e.message = d.value(QLatin1String("message")).toString().trimmed();
    } else if (detail.isString()) {
        e.message = detail.toString().trimmed();
    } else if (detail.isArray()) {
        // FastAPI validation errors: [{"loc":[...],"msg":"...","type":"..."}]
        e.message = detail.toArray().at(0).toObject().value(QLatin1String("msg")).toString();
    }
    if (e.message.isEmpty()) {
        const QByteArray snippet = body.left(200).trimmed();
        e.message = snippet.isEmpty() ? tr("no details") : QString::fromUtf8(snippet).simplified();
    }
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
