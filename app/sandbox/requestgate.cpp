// SPDX-License-Identifier: MIT
#include "sandbox/requestgate.h"

#include "sandbox/apierror.h"
#include "sandbox/tokenauthority.h"

namespace sandbox {

JsonValue RequestGate::parseBody(const QByteArray &body)
{
    JsonValue params;
    if (!JsonValue::parse(body, &params))
        throw ApiError::gatewayUnknown(QStringLiteral("JSON Parsing Error: Request body requires JSON format."));
    // params["grpc_method"] = ... on whatever json.loads returned.
    switch (params.type()) {
    case JsonValue::Type::Object:
        break;
    case JsonValue::Type::Array:
        throw ApiError::gatewayUnknown(QStringLiteral("list indices must be integers or slices, not str"));
    default:
        throw ApiError::gatewayUnknown(
            QStringLiteral("'%1' object does not support item assignment").arg(params.pyTypeName()));
    }
    params.remove(QStringLiteral("grpc_method")); // the proxy overwrites and deletes this key
    return params;
}

JsonValue RequestGate::authorize(const TokenAuthority &tokens, const QByteArray &authorization, qint64 nowSecs,
                                 const QStringList &allowedRoles, JsonValue &params)
{
    // HTTPBearer(auto_error=False): "Bearer <credentials>", scheme case-insensitive.
    QString token;
    const qsizetype space = authorization.indexOf(' ');
    if (space > 0 && authorization.left(space).toLower() == "bearer")
        token = QString::fromUtf8(authorization.mid(space + 1));

    const JsonValue claims = tokens.authenticate(token, nowSecs);
    const bool systemToken = claims.value(QStringLiteral("typ")).toString() == u"SYSTEM_TOKEN";
    const QString role = roleOf(claims);
    if (!systemToken && !role.isEmpty() && !allowedRoles.contains(role))
        throw ApiError::permissionDenied();
    const JsonValue did = claims.value(QStringLiteral("did"));
    if (role == u"DOMAIN_ADMIN" || role == u"USER") {
        params.insert(QStringLiteral("domain_id"), did);
    } else if (role == u"WORKSPACE_OWNER" || role == u"WORKSPACE_MEMBER") {
        params.insert(QStringLiteral("domain_id"), did);
        params.insert(QStringLiteral("workspace_id"), claims.value(QStringLiteral("wid")));
    }
    return claims;
}

QString RequestGate::roleOf(const JsonValue &claims)
{
    const JsonValue rol = claims.value(QStringLiteral("rol"));
    return rol.isString() ? rol.toString() : QString();
}

QString RequestGate::tupleRepr(const QList<JsonValue> &values)
{
    QStringList parts;
    for (const JsonValue &v : values)
        parts << v.pyRepr();
    return u'(' + parts.join(QStringLiteral(", ")) + (values.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

} // namespace sandbox
