// SPDX-License-Identifier: MIT
#include "jwtclaims.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

namespace JwtClaims {

bool read(const QString &token, QJsonObject *claims, QString *error)
{
    *claims = {};
    if (error)
        error->clear();
    QString text = token.trimmed();
    if (text.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    // An opaque API key has no dots; a JWE has five parts and an unreadable payload.
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TokenInfo", "The token's payload is not valid base64url.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("TokenInfo", "The token's payload is not a JSON object.");
        return false;
    }
    *claims = document.object();
    return true;
}

qint64 timeClaimMs(const QJsonValue &value)
{
    double seconds = 0;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().toDouble(&ok);
        if (!ok)
            return kNoTime;
    } else {
        return kNoTime;
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e11)
        return kNoTime;
    return qint64(seconds * 1000.0);
}

qint64 expiresAtMs(const QString &token)
{
    QJsonObject claims;
    return read(token, &claims) ? timeClaimMs(claims.value(QLatin1String("exp"))) : kNoTime;
}

} // namespace JwtClaims
