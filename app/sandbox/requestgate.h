// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sandbox {

class TokenAuthority;

// The checks every proxied call meets before a service method runs, shared by all the routes
// so that they answer alike:
//   console-api-v2  the body must parse as JSON (500 "JSON Parsing Error: ...") and be an object
//                   (the proxy's item assignment fails otherwise);
//   identity        authentication (401), the method's role types (403), then the mutation
//                   handler: domain_id for every role, workspace_id (the token's wid) for the
//                   workspace roles.
// Between the two the caller runs ProtoJson::normalize, as the gateway parses the message before
// identity sees the token.
class RequestGate
{
public:
    // The request body as console-api-v2 hands it on (grpc_method removed). Throws ApiError.
    static JsonValue parseBody(const QByteArray &body);

    // Authenticates the bearer token of `authorization`, checks its role against
    // `allowedRoles`, and adds domain_id / workspace_id to `params`. Returns the claims.
    // Throws ApiError (401, 403).
    static JsonValue authorize(const TokenAuthority &tokens, const QByteArray &authorization, qint64 nowSecs,
                               const QStringList &allowedRoles, JsonValue &params);

    // The token's role ("DOMAIN_ADMIN", ...; empty for a system token without one).
    static QString roleOf(const JsonValue &claims);

    // The Python repr of a tuple of values, as MongoModel.get prints its keys in ERROR_NOT_FOUND.
    static QString tupleRepr(const QList<JsonValue> &values);
};

} // namespace sandbox
