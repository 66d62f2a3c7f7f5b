// SPDX-License-Identifier: MIT
#include "sandbox/tokenauthority.h"

#include "sandbox/apierror.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

namespace sandbox {

namespace {

constexpr qint64 kLeewaySeconds = 60; // jwcrypto's default leeway for exp/nbf

QByteArray hmac(const QByteArray &secret, const QByteArray &signingInput)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
}

bool decodeBase64Url(const QByteArray &in, QByteArray *out)
{
    const auto result
        = QByteArray::fromBase64Encoding(in, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

[[noreturn]] void fail(const QString &message)
{
    throw ApiError::authenticateFailure(message);
}

} // namespace

QByteArray TokenAuthority::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString TokenAuthority::issue(Role role, const QString &workspaceId, qint64 ttlSeconds, qint64 nowSecs) const
{
    QByteArray jti(8, Qt::Uninitialized);
    for (auto &b : jti)
        b = char(QRandomGenerator::global()->bounded(256));

    JsonValue payload = JsonValue::object();
    payload.insert(QStringLiteral("iss"), QStringLiteral("spaceone.identity"));
    payload.insert(QStringLiteral("typ"), QStringLiteral("ACCESS_TOKEN"));
    payload.insert(QStringLiteral("own"), QStringLiteral("USER"));
    payload.insert(QStringLiteral("did"), m_domainId);
    if (role != Role::DomainAdmin && !workspaceId.isEmpty())
        payload.insert(QStringLiteral("wid"), workspaceId);
    const QString audience = role == Role::DomainAdmin
        ? QStringLiteral("admin@sandbox.local")
        : QStringLiteral("%1@sandbox.local").arg(roleName(role).toLower());
    payload.insert(QStringLiteral("aud"), audience);
    payload.insert(QStringLiteral("rol"), roleName(role));
    payload.insert(QStringLiteral("exp"), JsonValue(nowSecs + ttlSeconds));
    payload.insert(QStringLiteral("iat"), JsonValue(nowSecs));
    payload.insert(QStringLiteral("jti"), QString::fromLatin1(jti.toHex()));
    payload.insert(QStringLiteral("ver"), QStringLiteral("2.0"));

    return sign(payload);
}

QString TokenAuthority::sign(const JsonValue &payload) const
{
    JsonValue header = JsonValue::object();
    header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    const QByteArray signingInput = base64Url(header.toJson()) + '.' + base64Url(payload.toJson());
    return QString::fromLatin1(signingInput + '.' + base64Url(hmac(m_secret, signingInput)));
}

void TokenAuthority::addFixedToken(const QString &token, Role role, const QString &workspaceId)
{
    JsonValue claims = JsonValue::object();
    claims.insert(QStringLiteral("typ"), QStringLiteral("ACCESS_TOKEN"));
    claims.insert(QStringLiteral("own"), QStringLiteral("USER"));
    claims.insert(QStringLiteral("did"), m_domainId);
    if (role != Role::DomainAdmin && !workspaceId.isEmpty())
        claims.insert(QStringLiteral("wid"), workspaceId);
    claims.insert(QStringLiteral("rol"), roleName(role));
    claims.insert(QStringLiteral("ver"), QStringLiteral("2.0"));
    m_fixed.insert(token, claims);
}

JsonValue TokenAuthority::authenticate(const QString &rawToken, qint64 nowSecs) const
{
    // gRPC metadata values are stripped by the receiving server.
    const QString token = rawToken.trimmed();
    if (token.isEmpty())
        fail(QStringLiteral("empty token provided."));
    if (const auto it = m_fixed.constFind(token); it != m_fixed.constEnd())
        return *it;

    // JWTUtil.unverified_decode
    const QList<QByteArray> parts = token.toUtf8().split('.');
    JsonValue claims;
    QByteArray payloadBytes;
    if (parts.size() != 3 || !decodeBase64Url(parts.at(1), &payloadBytes) || !JsonValue::parse(payloadBytes, &claims)
        || !claims.isObject())
        fail(QStringLiteral("failed to decode token."));
    const JsonValue did = claims.value(QStringLiteral("did"));
    if (did.isNull() || (did.isString() && did.toString().isEmpty()) || (did.isBool() && !did.toBool()))
        fail(QStringLiteral("empty domain_id provided."));

    // JWTAuthenticator.validate: signature with the domain's key, then exp/nbf.
    JsonValue header;
    QByteArray headerBytes, signature;
    if (!decodeBase64Url(parts.at(0), &headerBytes) || !JsonValue::parse(headerBytes, &header)
        || header.value(QStringLiteral("alg")).toString() != u"HS256" || !decodeBase64Url(parts.at(2), &signature))
        fail(QStringLiteral("Token is invalid or expired."));
    if (!did.isString() || did.toString() != m_domainId)
        fail(QStringLiteral("Token is invalid or expired."));
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!constantTimeEquals(hmac(m_secret, signingInput), signature))
        fail(QStringLiteral("Token is invalid or expired."));
    const JsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isNull() && (!exp.isNumber() || exp.toDouble() + double(kLeewaySeconds) < double(nowSecs)))
        fail(QStringLiteral("Token is invalid or expired."));
    const JsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (!nbf.isNull() && (!nbf.isNumber() || nbf.toDouble() - double(kLeewaySeconds) > double(nowSecs)))
        fail(QStringLiteral("Token is invalid or expired."));

    if (claims.value(QStringLiteral("typ")).toString() != u"SYSTEM_TOKEN") {
        const JsonValue ver = claims.value(QStringLiteral("ver"));
        if (!ver.isString() || ver.toString() != u"2.0")
            fail(QStringLiteral("invalid token version."));
    }
    return claims;
}

bool TokenAuthority::parseTokenFile(const QByteArray &data, FileContents *out, QString *error)
{
    JsonValue root;
    QString parseError;
    if (!JsonValue::parse(data, &root, &parseError)) {
        *error = QStringLiteral("token file is not valid JSON: %1").arg(parseError);
        return false;
    }
    FileContents contents;
    JsonValue tokens;
    if (root.isArray()) {
        tokens = root;
    } else if (root.isObject()) {
        contents.domainId = root.value(QStringLiteral("domain_id")).toString();
        contents.secret = root.value(QStringLiteral("secret")).toString().toUtf8();
        tokens = root.value(QStringLiteral("tokens"));
        if (!tokens.isNull() && !tokens.isArray()) {
            *error = QStringLiteral("token file: \"tokens\" must be an array");
            return false;
        }
    } else {
        *error = QStringLiteral("token file must hold a JSON object or array");
        return false;
    }
    int index = 0;
    for (const JsonValue &item : tokens.toArray()) {
        FileContents::Spec spec;
        const auto role = roleFromName(item.value(QStringLiteral("role")).toString());
        if (!item.isObject() || !role) {
            *error = QStringLiteral(
                         "token file: entry %1 needs a role of DOMAIN_ADMIN, WORKSPACE_OWNER or WORKSPACE_MEMBER")
                         .arg(index);
            return false;
        }
        spec.role = *role;
        spec.workspaceId = item.value(QStringLiteral("workspace_id")).toString();
        spec.name = item.value(QStringLiteral("name")).toString();
        spec.token = item.value(QStringLiteral("token")).toString();
        spec.ttlSeconds = item.value(QStringLiteral("ttl_seconds")).toInt();
        contents.tokens << spec;
        ++index;
    }
    *out = contents;
    return true;
}

bool TokenAuthority::writeTokenFile(const QString &path, const QString &domainId, const QList<Entry> &entries,
                                    QString *error)
{
    JsonValue root = JsonValue::object();
    root.insert(QStringLiteral("domain_id"), domainId);
    JsonValue tokens = JsonValue::array();
    for (const Entry &e : entries) {
        JsonValue item = JsonValue::object();
        item.insert(QStringLiteral("name"), e.name);
        item.insert(QStringLiteral("role"), roleName(e.role));
        if (!e.workspaceId.isEmpty())
            item.insert(QStringLiteral("workspace_id"), e.workspaceId);
        item.insert(QStringLiteral("token"), e.token);
        tokens.append(item);
    }
    root.insert(QStringLiteral("tokens"), tokens);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(root.toJson());
    file.write("\n");
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace sandbox
