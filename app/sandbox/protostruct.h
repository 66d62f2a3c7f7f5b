// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QString>

namespace sandbox {

// A value as it comes back out of a google.protobuf.Struct: ParseDict into the Struct, then
// MessageToDict in the gateway. Struct has only number_value, a double, so every number comes
// out as a float (`5` is printed `5.0`); the job's `options` and every stat reply are Structs.
class ProtoStruct
{
public:
    // The value with every number a double. A datetime cannot be put into a Struct: that throws
    // ApiError (ERROR_UNKNOWN) naming where it was found, `path` being the value's own place.
    static JsonValue roundTrip(const JsonValue &value, const QString &path = QStringLiteral("Struct"));
};

} // namespace sandbox
