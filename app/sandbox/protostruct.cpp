// SPDX-License-Identifier: MIT
#include "sandbox/protostruct.h"

#include "sandbox/apierror.h"

namespace sandbox {

JsonValue ProtoStruct::roundTrip(const JsonValue &value, const QString &path)
{
    switch (value.type()) {
    case JsonValue::Type::Int:
        return JsonValue(value.toDouble());
    case JsonValue::Type::DateTime:
        throw ApiError::identityUnknown(
            QStringLiteral("Value %1 has unexpected type <class 'datetime.datetime'> at %2").arg(value.pyStr(), path));
    case JsonValue::Type::Array: {
        JsonValue out = JsonValue::array();
        int i = 0;
        for (const JsonValue &item : value.toArray())
            out.append(roundTrip(item, QStringLiteral("%1[%2]").arg(path).arg(i++)));
        return out;
    }
    case JsonValue::Type::Object: {
        JsonValue out = JsonValue::object();
        for (const auto &member : value.toObject())
            out.insert(member.first, roundTrip(member.second, path + u'.' + member.first));
        return out;
    }
    default:
        return value;
    }
}

} // namespace sandbox
