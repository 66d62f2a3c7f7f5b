// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QString>

namespace sandbox {

// An error answer of the gateway: HTTP status plus the FastAPI body
// {"detail": {"code": ..., "message": ...}}.
//
// Where an error is raised matters for its text, exactly as in the real deployment:
// - errors raised in console-api-v2 itself (JSON parsing, protobuf ParseDict, routing) keep
//   their message as is: gateway();
// - errors raised in the identity service cross gRPC as "ERROR_CODE: message"; the gateway
//   splits on the first ':' and keeps the leading space: identity(). PERMISSION_DENIED turns
//   into a fresh "Permission denied." and UNAUTHENTICATED into a doubly wrapped
//   "Authenticate failure." (python-core pygrpc/client.py _check_error).
class ApiError
{
public:
    ApiError() = default;
    ApiError(int httpStatus, QString code, QString message);

    // An ERROR_* raised inside console-api-v2 (no gRPC hop).
    static ApiError gateway(const QString &grpcStatus, const QString &code, const QString &message);
    // An ERROR_* raised inside identity and relayed by console-api-v2.
    static ApiError identity(const QString &grpcStatus, const QString &code, const QString &message);

    // Identity errors used by the Job service.
    static ApiError requiredParameter(const QString &key);
    static ApiError notFound(const QString &keyRepr, const QString &valueRepr);
    static ApiError dbQuery(const QString &reason);
    static ApiError authenticateFailure(const QString &innerMessage);
    static ApiError permissionDenied();
    static ApiError operatorValueType(const QString &op, const JsonValue &condition);
    static ApiError operatorListValueType(const QString &op, const JsonValue &condition);
    static ApiError operatorDictValueType(const QString &op, const JsonValue &condition);
    static ApiError operatorBooleanType(const QString &op, const JsonValue &condition);
    // A Python exception that is not a SpaceONE error, raised in identity (ERROR_UNKNOWN).
    static ApiError identityUnknown(const QString &pythonMessage);
    // A Python exception raised in console-api-v2 (ERROR_UNKNOWN without the gRPC hop).
    static ApiError gatewayUnknown(const QString &pythonMessage);

    // HTTP status for a gRPC status name (python-core fastapi/api.py _STATUS_CODE_MAP).
    static int httpStatusFor(const QString &grpcStatus);

    int httpStatus() const { return m_httpStatus; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    // The message as the raising service itself formatted it, before the gateway relayed it
    // (what `e.message` is in Python where identity re-wraps its own errors).
    const QString &rawMessage() const { return m_rawMessage; }
    // {"detail":{"code":"...","message":"..."}}
    JsonValue body() const;

private:
    int m_httpStatus = 500;
    QString m_code;
    QString m_message;
    QString m_rawMessage;
};

} // namespace sandbox
