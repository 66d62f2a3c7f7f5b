// SPDX-License-Identifier: MIT
#include "sandbox/bson.h"

#include <QByteArray>
#include <QStringList>

#include <algorithm>

namespace sandbox::bson {

namespace {

int rank(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return 2;
    case JsonValue::Type::Int:
    case JsonValue::Type::Double:
        return 3;
    case JsonValue::Type::String:
        return 4;
    case JsonValue::Type::Object:
        return 5;
    case JsonValue::Type::Array:
        return 6;
    case JsonValue::Type::Bool:
        return 9;
    case JsonValue::Type::DateTime:
        return 10;
    }
    return 0;
}

template <typename T> int threeWay(const T &x, const T &y)
{
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace

QString typeName(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Bool:
        return QStringLiteral("bool");
    case JsonValue::Type::Int:
        return QStringLiteral("int");
    case JsonValue::Type::Double:
        return QStringLiteral("double");
    case JsonValue::Type::String:
        return QStringLiteral("string");
    case JsonValue::Type::Array:
        return QStringLiteral("array");
    case JsonValue::Type::Object:
        return QStringLiteral("object");
    case JsonValue::Type::DateTime:
        return QStringLiteral("date");
    }
    return {};
}

int compare(const JsonValue &a, const JsonValue &b)
{
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    switch (a.type()) {
    case JsonValue::Type::Null:
        return 0;
    case JsonValue::Type::Int:
    case JsonValue::Type::Double:
        return threeWay(a.toDouble(), b.toDouble());
    case JsonValue::Type::String:
        return threeWay(a.toString().toUtf8(), b.toString().toUtf8());
    case JsonValue::Type::Bool:
        return int(a.toBool()) - int(b.toBool());
    case JsonValue::Type::DateTime:
        return threeWay(a.dateTimeMsecs(), b.dateTimeMsecs());
    case JsonValue::Type::Array: {
        const auto &x = a.toArray();
        const auto &y = b.toArray();
        for (size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (const int c = compare(x[i], y[i]))
                return c;
        }
        return threeWay(x.size(), y.size());
    }
    case JsonValue::Type::Object:
        return threeWay(a.toJson(), b.toJson());
    }
    return 0;
}

JsonValue getPath(const JsonValue &doc, const QString &path, bool *missing)
{
    const JsonValue *cur = &doc;
    for (const QString &part : path.split(u'.')) {
        cur = cur->find(part);
        if (!cur) {
            if (missing)
                *missing = true;
            return JsonValue();
        }
    }
    if (missing)
        *missing = false;
    return *cur;
}

} // namespace sandbox::bson
