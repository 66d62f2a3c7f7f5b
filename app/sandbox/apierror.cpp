// SPDX-License-Identifier: MIT
#include "sandbox/apierror.h"

#include <QHash>

namespace sandbox {

ApiError::ApiError(int httpStatus, QString code, QString message)
    : m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_message(std::move(message))
{ }

int ApiError::httpStatusFor(const QString &grpcStatus)
{
    static const QHash<QString, int> map{
        { QStringLiteral("OK"), 200 },
        { QStringLiteral("CANCELLED"), 499 },
        { QStringLiteral("UNKNOWN"), 500 },
        { QStringLiteral("INVALID_ARGUMENT"), 400 },
        { QStringLiteral("DEADLINE_EXCEEDED"), 504 },
        { QStringLiteral("NOT_FOUND"), 404 },
        { QStringLiteral("ALREADY_EXISTS"), 409 },
        { QStringLiteral("PERMISSION_DENIED"), 403 },
        { QStringLiteral("UNAUTHENTICATED"), 401 },
        { QStringLiteral("FAILED_PRECONDITION"), 400 },
        { QStringLiteral("ABORTED"), 409 },
        { QStringLiteral("OUT_OF_RANGE"), 400 },
        { QStringLiteral("UNIMPLEMENTED"), 501 },
        { QStringLiteral("INTERNAL"), 500 },
        { QStringLiteral("UNAVAILABLE"), 503 },
        { QStringLiteral("DATA_LOSS"), 500 },
    };
    return map.value(grpcStatus, 500);
}

ApiError ApiError::gateway(const QString &grpcStatus, const QString &code, const QString &message)
{
    return ApiError(httpStatusFor(grpcStatus), code, message);
}

ApiError ApiError::identity(const QString &grpcStatus, const QString &code, const QString &message)
{
    ApiError e;
    if (grpcStatus == u"PERMISSION_DENIED") {
        e = ApiError(403, QStringLiteral("ERROR_PERMISSION_DENIED"), QStringLiteral("Permission denied."));
    } else if (grpcStatus == u"UNAUTHENTICATED") {
        // details = f"{error_code}: {message}"; the gateway keeps everything after the first ':'.
        e = ApiError(401, QStringLiteral("ERROR_AUTHENTICATE_FAILURE"),
                     QStringLiteral("Authenticate failure. (message =  %1)").arg(message));
    } else {
        e = ApiError(httpStatusFor(grpcStatus), code, u' ' + message);
    }
    e.m_rawMessage = message;
    return e;
}

ApiError ApiError::requiredParameter(const QString &key)
{
    return identity(QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_REQUIRED_PARAMETER"),
                    QStringLiteral("Required parameter. (key = %1)").arg(key));
}

ApiError ApiError::notFound(const QString &keyRepr, const QString &valueRepr)
{
    return identity(QStringLiteral("NOT_FOUND"), QStringLiteral("ERROR_NOT_FOUND"),
                    QStringLiteral("Resource cannot be found or access is denied. (%1 = %2)").arg(keyRepr, valueRepr));
}

ApiError ApiError::dbQuery(const QString &reason)
{
    return identity(QStringLiteral("INTERNAL"), QStringLiteral("ERROR_DB_QUERY"),
                    QStringLiteral("Database query failed. (reason = %1)").arg(reason));
}

ApiError ApiError::authenticateFailure(const QString &innerMessage)
{
    return identity(QStringLiteral("UNAUTHENTICATED"), QStringLiteral("ERROR_AUTHENTICATE_FAILURE"),
                    QStringLiteral("Authenticate failure. (message = %1)").arg(innerMessage));
}

ApiError ApiError::permissionDenied()
{
    return identity(QStringLiteral("PERMISSION_DENIED"), QStringLiteral("ERROR_PERMISSION_DENIED"),
                    QStringLiteral("Permission denied."));
}

ApiError ApiError::operatorValueType(const QString &op, const JsonValue &condition)
{
    return identity(
        QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_OPERATOR_VALUE_TYPE"),
        QStringLiteral("The value of '%1 operator' does not support list type. (%2)").arg(op, condition.pyStr()));
}

ApiError ApiError::operatorListValueType(const QString &op, const JsonValue &condition)
{
    return identity(QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_OPERATOR_LIST_VALUE_TYPE"),
                    QStringLiteral("The value of '%1 operator' must be a list type. (%2)").arg(op, condition.pyStr()));
}

ApiError ApiError::operatorDictValueType(const QString &op, const JsonValue &condition)
{
    return identity(
        QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_OPERATOR_DICT_VALUE_TYPE"),
        QStringLiteral("The value of '%1 operator' must be a dictionary type. (%2)").arg(op, condition.pyStr()));
}

ApiError ApiError::operatorBooleanType(const QString &op, const JsonValue &condition)
{
    return identity(
        QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("ERROR_OPERATOR_BOOLEAN_TYPE"),
        QStringLiteral("The value of '%1 operator' must be a boolean type. (%2)").arg(op, condition.pyStr()));
}

ApiError ApiError::identityUnknown(const QString &pythonMessage)
{
    return identity(QStringLiteral("INTERNAL"), QStringLiteral("ERROR_UNKNOWN"), pythonMessage);
}

ApiError ApiError::gatewayUnknown(const QString &pythonMessage)
{
    return gateway(QStringLiteral("INTERNAL"), QStringLiteral("ERROR_UNKNOWN"), pythonMessage);
}

JsonValue ApiError::body() const
{
    JsonValue detail = JsonValue::object();
    detail.insert(QStringLiteral("code"), m_code);
    detail.insert(QStringLiteral("message"), m_message);
    JsonValue body = JsonValue::object();
    body.insert(QStringLiteral("detail"), std::move(detail));
    return body;
}

} // namespace sandbox
