// SPDX-License-Identifier: MIT
#include "sandbox/jsonvalue.h"

#include <cmath>
#include <limits>
#include <utility>

// The value type itself; parsing is in jsonparse.cpp, writing (JSON, Python repr and str, Qt
// JSON) in jsontext.cpp.
namespace sandbox {

JsonValue::JsonValue(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{ }

JsonValue::JsonValue(int value)
    : m_type(Type::Int)
    , m_int(value)
{ }

JsonValue::JsonValue(qint64 value)
    : m_type(Type::Int)
    , m_int(value)
{ }

JsonValue::JsonValue(double value)
    : m_type(Type::Double)
    , m_double(value)
{ }

JsonValue::JsonValue(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{ }

JsonValue::JsonValue(const char *value)
    : m_type(Type::String)
    , m_string(QString::fromUtf8(value))
{ }

JsonValue::JsonValue(Array value)
    : m_type(Type::Array)
    , m_array(std::move(value))
{ }

JsonValue::JsonValue(Object value)
    : m_type(Type::Object)
    , m_object(std::move(value))
{ }

JsonValue JsonValue::dateTime(qint64 msecsSinceEpoch)
{
    JsonValue v;
    v.m_type = Type::DateTime;
    v.m_int = msecsSinceEpoch;
    return v;
}

qint64 JsonValue::toInt() const
{
    switch (m_type) {
    case Type::Int:
    case Type::DateTime:
        return m_int;
    case Type::Double:
        // A request may carry any number ("limit": 2e55); out of range saturates, as casting
        // it would be undefined.
        if (std::isnan(m_double))
            return 0;
        if (m_double >= 9223372036854775808.0)
            return std::numeric_limits<qint64>::max();
        if (m_double <= -9223372036854775808.0)
            return std::numeric_limits<qint64>::min();
        return qint64(m_double);
    case Type::Bool:
        return m_bool ? 1 : 0;
    default:
        return 0;
    }
}

double JsonValue::toDouble() const
{
    switch (m_type) {
    case Type::Int:
    case Type::DateTime:
        return double(m_int);
    case Type::Double:
        return m_double;
    case Type::Bool:
        return m_bool ? 1 : 0;
    default:
        return 0;
    }
}

bool JsonValue::contains(const QString &key) const
{
    return find(key) != nullptr;
}

const JsonValue *JsonValue::find(const QString &key) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (const auto &member : m_object) {
        if (member.first == key)
            return &member.second;
    }
    return nullptr;
}

JsonValue *JsonValue::find(const QString &key)
{
    if (m_type != Type::Object)
        return nullptr;
    for (auto &member : m_object) {
        if (member.first == key)
            return &member.second;
    }
    return nullptr;
}

JsonValue JsonValue::value(const QString &key) const
{
    const JsonValue *v = find(key);
    return v ? *v : JsonValue();
}

void JsonValue::insert(const QString &key, JsonValue value)
{
    if (m_type != Type::Object) {
        *this = JsonValue(Object{});
    }
    if (JsonValue *existing = find(key)) {
        *existing = std::move(value);
        return;
    }
    m_object.emplace_back(key, std::move(value));
}

bool JsonValue::remove(const QString &key)
{
    if (m_type != Type::Object)
        return false;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (it->first == key) {
            m_object.erase(it);
            return true;
        }
    }
    return false;
}

void JsonValue::append(JsonValue value)
{
    if (m_type != Type::Array)
        *this = JsonValue(Array{});
    m_array.push_back(std::move(value));
}

int JsonValue::size() const
{
    if (m_type == Type::Array)
        return int(m_array.size());
    if (m_type == Type::Object)
        return int(m_object.size());
    if (m_type == Type::String)
        return int(m_string.size());
    return 0;
}

bool JsonValue::operator==(const JsonValue &other) const
{
    if (isNumber() && other.isNumber()) {
        if (m_type == Type::Int && other.m_type == Type::Int)
            return m_int == other.m_int;
        return toDouble() == other.toDouble();
    }
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::String:
        return m_string == other.m_string;
    case Type::DateTime:
        return m_int == other.m_int;
    case Type::Array:
        return m_array == other.m_array;
    case Type::Object: {
        if (m_object.size() != other.m_object.size())
            return false;
        for (const auto &member : m_object) {
            const JsonValue *o = other.find(member.first);
            if (!o || *o != member.second)
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace sandbox
