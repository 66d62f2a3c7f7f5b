// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Unsigned test JWTs: the client never verifies signatures, so any third part will do.
namespace testtokens {

inline QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

inline QString makeJwt(const QJsonObject &claims)
{
    const QByteArray header = QJsonDocument(QJsonObject{ { QStringLiteral("alg"), QStringLiteral("HS256") },
                                                         { QStringLiteral("typ"), QStringLiteral("JWT") } })
                                  .toJson(QJsonDocument::Compact);
    return base64Url(header) + QLatin1Char('.') + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact))
        + QLatin1Char('.') + base64Url("not-a-real-signature");
}

// A token shaped like identity's, with the role and times given (seconds since the epoch).
inline QString makeToken(const QString &role, qint64 expSeconds, const QString &workspaceId = {},
                         const QString &type = QStringLiteral("ACCESS_TOKEN"))
{
    QJsonObject claims{ { QStringLiteral("typ"), type },
                        { QStringLiteral("rol"), role },
                        { QStringLiteral("own"), QStringLiteral("USER") },
                        { QStringLiteral("did"), QStringLiteral("domain-58010aa2e451") },
                        { QStringLiteral("ver"), QStringLiteral("2.0") },
                        { QStringLiteral("iat"), double(expSeconds - 1800) },
                        { QStringLiteral("exp"), double(expSeconds) } };
    if (!workspaceId.isEmpty())
        claims.insert(QStringLiteral("wid"), workspaceId);
    return makeJwt(claims);
}

} // namespace testtokens
