// SPDX-License-Identifier: MIT
#include "sandbox/protoconverter.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace sandbox::proto {

namespace {

[[noreturn]] void raise(PyException::Type type, const QString &message)
{
    throw PyException{ type, message };
}

[[noreturn]] void parseError(const QString &message)
{
    raise(PyException::Type::ParseError, message);
}

QString fmt(const QString &pattern, const QStringList &args)
{
    QString out = pattern;
    for (int i = 0; i < args.size(); ++i)
        out.replace(QStringLiteral("{%1}").arg(i), args.at(i));
    return out;
}

// Python int() on a str: surrounding whitespace, a sign, digits with single underscores between.
bool pythonIntFromString(const QString &text, qint64 *out)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([+-]?)(\d(?:_?\d)*)\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    QString digits = m.captured(2);
    digits.remove(u'_');
    bool ok = false;
    qint64 v = digits.toLongLong(&ok);
    if (!ok)
        v = std::numeric_limits<qint64>::max(); // beyond any proto range; range check reports it
    *out = m.captured(1) == u"-" ? -v : v;
    return true;
}

// Python int(x) for the JSON types.
qint64 pythonInt(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Int:
        return value.toInt();
    case JsonValue::Type::Double: {
        const double d = value.toDouble();
        if (std::isnan(d))
            raise(PyException::Type::ValueError, QStringLiteral("cannot convert float NaN to integer"));
        if (std::isinf(d))
            raise(PyException::Type::ValueError, QStringLiteral("cannot convert float infinity to integer"));
        // Python's int is unbounded; beyond qint64 it is beyond any proto range too, and the range
        // check reports it (converting such a double to qint64 would be undefined).
        if (d >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (d <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(std::trunc(d));
    }
    case JsonValue::Type::Bool:
        return value.toBool() ? 1 : 0;
    case JsonValue::Type::String: {
        qint64 v = 0;
        if (!pythonIntFromString(value.toString(), &v)) {
            raise(PyException::Type::ValueError,
                  QStringLiteral("invalid literal for int() with base 10: %1").arg(value.pyRepr()));
        }
        return v;
    }
    default:
        raise(PyException::Type::TypeError,
              QStringLiteral("int() argument must be a string, a bytes-like object or a real number, not '%1'")
                  .arg(value.pyTypeName()));
    }
}

bool hasUnpairedSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return true;
        }
        if (c.isLowSurrogate())
            return true;
    }
    return false;
}

bool isDefault(const JsonValue &v, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return v.toString().isEmpty();
    case Kind::Bool:
        return !v.toBool();
    case Kind::UInt32:
    case Kind::Int32:
        return v.toInt() == 0;
    case Kind::Enum:
        return v.isInt() && v.toInt() == 0;
    default:
        return false;
    }
}

// The "names" a Python `for name in js` loop sees.
std::vector<JsonValue> iterate(const JsonValue &js)
{
    std::vector<JsonValue> names;
    switch (js.type()) {
    case JsonValue::Type::Object:
        for (const auto &member : js.toObject())
            names.emplace_back(member.first);
        break;
    case JsonValue::Type::String:
        for (const QChar c : js.toString())
            names.emplace_back(QString(c));
        break;
    case JsonValue::Type::Array:
        names = js.toArray();
        break;
    default:
        raise(PyException::Type::TypeError, QStringLiteral("'%1' object is not iterable").arg(js.pyTypeName()));
    }
    return names;
}

} // namespace

JsonValue Converter::convertMessage(const JsonValue &value, const MessageDesc &desc, QString path)
{
    ++m_depth;
    if (m_depth > 100)
        parseError(QStringLiteral("Message too deep. Max recursion depth is 100"));
    if (path.isEmpty())
        path = desc.name;
    JsonValue out = convertFieldValuePair(value, desc, path);
    --m_depth;
    return out;
}

JsonValue Converter::convertFieldValuePair(const JsonValue &js, const MessageDesc &desc, const QString &path)
{
    QStringList names;
    State state;
    for (const JsonValue &nameValue : iterate(js)) {
        const QString name = nameValue.pyStr();
        const FieldDesc *field = nullptr;
        try {
            field = lookUpField(nameValue, desc, path);
            convertField(js, name, *field, desc, path, names, state);
        } catch (const PyException &e) {
            if (e.type == PyException::Type::ParseError) {
                if (field && field->oneof.isEmpty())
                    parseError(fmt(QStringLiteral("Failed to parse {0} field: {1}."), { name, e.message }));
                parseError(e.message);
            }
            parseError(fmt(QStringLiteral("Failed to parse {0} field: {1}."), { name, e.message }));
        }
    }
    return toDict(state, desc);
}

const FieldDesc *Converter::lookUpField(const JsonValue &nameValue, const MessageDesc &desc, const QString &path)
{
    const QString name = nameValue.pyStr();
    if (nameValue.isObject() || nameValue.isArray())
        raise(PyException::Type::TypeError, QStringLiteral("unhashable type: '%1'").arg(nameValue.pyTypeName()));
    const FieldDesc *field = nullptr;
    if (nameValue.isString()) {
        field = desc.byJsonName(name);
        if (!field)
            field = desc.byName(name);
    }
    if (field)
        return field;
    if (!nameValue.isString())
        raise(PyException::Type::TypeError, QStringLiteral("expected string or bytes-like object"));
    static const QRegularExpression extensionName(QStringLiteral(R"(^\[[a-zA-Z0-9\._]*\]$)"));
    if (extensionName.match(name).hasMatch())
        parseError(fmt(QStringLiteral("Message type {0} does not have extensions at {1}"), { desc.fullName, path }));
    parseError(fmt(QStringLiteral("Message type \"{0}\" has no field named \"{1}\" at \"{2}\".\n"
                                  " Available Fields(except extensions): \"{3}\""),
                   { desc.fullName, name, path, desc.availableFields() }));
}

void Converter::convertField(const JsonValue &js, const QString &name, const FieldDesc &field, const MessageDesc &desc,
                             const QString &path, QStringList &names, State &state)
{
    if (names.contains(name)) {
        parseError(fmt(QStringLiteral("Message type \"{0}\" should not have multiple \"{1}\" fields at \"{2}\"."),
                       { desc.fullName, name, path }));
    }
    names << name;
    JsonValue value;
    if (js.isObject())
        value = js.value(name);
    else if (js.isString())
        raise(PyException::Type::TypeError, QStringLiteral("string indices must be integers"));
    else
        raise(PyException::Type::TypeError, QStringLiteral("list indices must be integers or slices, not str"));
    if (!field.oneof.isEmpty() && !value.isNull()) {
        if (names.contains(field.oneof)) {
            parseError(
                fmt(QStringLiteral("Message type \"{0}\" should not have multiple \"{1}\" oneof fields at \"{2}\"."),
                    { desc.fullName, field.oneof, path }));
        }
        names << field.oneof;
    }

    const QString subPath = path + u'.' + name;
    if (value.isNull()) {
        if (field.kind == Kind::Value && !field.repeated)
            setField(state, desc, field, JsonValue());
        else
            state.erase(field.number);
        return;
    }
    if (field.repeated) {
        state.erase(field.number);
        JsonValue items = convertRepeated(value, field, name, path);
        if (items.size() > 0)
            state[field.number] = std::move(items);
    } else if (field.kind == Kind::Message) {
        setField(state, desc, field, convertMessage(value, *field.message, subPath));
    } else if (field.kind == Kind::Value) {
        setField(state, desc, field, convertValue(value, subPath));
    } else if (field.kind == Kind::ListValue) {
        setField(state, desc, field, convertListValue(value, subPath));
    } else if (field.kind == Kind::Struct) {
        setField(state, desc, field, convertStruct(value, subPath));
    } else {
        JsonValue converted = convertScalar(value, field, subPath);
        checkRange(converted, field);
        setField(state, desc, field, std::move(converted));
    }
}

JsonValue Converter::convertRepeated(const JsonValue &value, const FieldDesc &field, const QString &name,
                                     const QString &path)
{
    if (!value.isArray()) {
        parseError(
            fmt(QStringLiteral("repeated field {0} must be in [] which is {1} at {2}"), { name, value.pyStr(), path }));
    }
    JsonValue items = JsonValue::array();
    int index = 0;
    for (const JsonValue &item : value.toArray()) {
        const QString itemPath = QStringLiteral("%1.%2[%3]").arg(path, name).arg(index);
        if (item.isNull()) {
            parseError(fmt(QStringLiteral("null is not allowed to be used as an element in a "
                                          "repeated field at {0}.{1}[{2}]"),
                           { path, name, QString::number(index) }));
        }
        if (field.kind == Kind::Message)
            items.append(convertMessage(item, *field.message, itemPath));
        else
            items.append(convertScalar(item, field, itemPath));
        ++index;
    }
    return items;
}

// MessageToDict: set fields in field-number order, proto names, defaults left out (oneof members
// keep explicit presence, so a oneof set to its default stays).
JsonValue Converter::toDict(const State &state, const MessageDesc &desc)
{
    JsonValue out = JsonValue::object();
    for (const auto &[number, value] : state) {
        const FieldDesc *f = desc.byNumber(number);
        if (!f)
            continue;
        if (!f->repeated && f->oneof.isEmpty() && isDefault(value, f->kind))
            continue;
        JsonValue emitted = value;
        if (f->kind == Kind::Enum && value.isInt()) {
            for (const auto &[enumName, enumNumber] : f->enumDesc->values) {
                if (enumNumber == value.toInt())
                    emitted = JsonValue(enumName);
            }
        }
        out.insert(f->name, std::move(emitted));
    }
    return out;
}
void Converter::setField(State &state, const MessageDesc &desc, const FieldDesc &field, JsonValue value)
{
    if (!field.oneof.isEmpty()) {
        for (const auto &other : desc.fields) {
            if (other.oneof == field.oneof)
                state.erase(other.number);
        }
    }
    state[field.number] = std::move(value);
}

void Converter::checkRange(const JsonValue &v, const FieldDesc &field)
{
    if (field.kind == Kind::UInt32 && (v.toInt() < 0 || v.toInt() > 4294967295LL))
        raise(PyException::Type::ValueError, QStringLiteral("Value out of range: %1").arg(v.toInt()));
    if (field.kind == Kind::Int32 && (v.toInt() < -2147483648LL || v.toInt() > 2147483647LL))
        raise(PyException::Type::ValueError, QStringLiteral("Value out of range: %1").arg(v.toInt()));
}

JsonValue Converter::convertScalar(const JsonValue &value, const FieldDesc &field, const QString &path)
{
    try {
        switch (field.kind) {
        case Kind::UInt32:
        case Kind::Int32: {
            if (value.isDouble() && std::trunc(value.toDouble()) != value.toDouble())
                parseError(QStringLiteral("Couldn't parse integer: %1").arg(value.pyStr()));
            if (value.isString() && value.toString().contains(u' '))
                parseError(QStringLiteral("Couldn't parse integer: \"%1\"").arg(value.toString()));
            if (value.isBool())
                parseError(QStringLiteral("Bool value %1 is not acceptable for integer field").arg(value.pyStr()));
            return JsonValue(pythonInt(value));
        }
        case Kind::Bool:
            if (!value.isBool())
                parseError(QStringLiteral("Expected true or false without quotes"));
            return value;
        case Kind::String:
            if (!value.isString())
                raise(PyException::Type::TypeError, QStringLiteral("expected string or bytes-like object"));
            if (hasUnpairedSurrogate(value.toString()))
                parseError(QStringLiteral("Unpaired surrogate"));
            return value;
        case Kind::Enum: {
            if (value.isObject() || value.isArray())
                raise(PyException::Type::TypeError, QStringLiteral("unhashable type: '%1'").arg(value.pyTypeName()));
            if (value.isString()) {
                for (const auto &[enumName, enumNumber] : field.enumDesc->values) {
                    if (enumName == value.toString())
                        return JsonValue(enumNumber);
                }
            }
            qint64 number = 0;
            try {
                number = pythonInt(value);
            } catch (const PyException &e) {
                if (e.type != PyException::Type::ValueError)
                    throw;
                parseError(QStringLiteral("Invalid enum value %1 for enum type %2")
                               .arg(value.pyStr(), field.enumDesc->fullName));
            }
            // proto3 enums are open: an unknown number is kept as a number.
            return JsonValue(number);
        }
        default:
            return value;
        }
    } catch (const PyException &e) {
        if (e.type == PyException::Type::ParseError)
            parseError(QStringLiteral("%1 at %2").arg(e.message, path));
        throw;
    }
}

// google.protobuf.Value and friends; numbers come back out of MessageToDict as floats.
JsonValue Converter::convertValue(const JsonValue &value, const QString &path)
{
    switch (value.type()) {
    case JsonValue::Type::Object:
        return convertStruct(value, path);
    case JsonValue::Type::Array:
        return convertListValue(value, path);
    case JsonValue::Type::Int:
        return JsonValue(value.toDouble());
    default:
        return value;
    }
}

JsonValue Converter::convertListValue(const JsonValue &value, const QString &path)
{
    if (!value.isArray())
        parseError(fmt(QStringLiteral("ListValue must be in [] which is {0} at {1}"), { value.pyStr(), path }));
    JsonValue out = JsonValue::array();
    int index = 0;
    for (const JsonValue &item : value.toArray())
        out.append(convertValue(item, QStringLiteral("%1[%2]").arg(path).arg(index++)));
    return out;
}

JsonValue Converter::convertStruct(const JsonValue &value, const QString &path)
{
    if (!value.isObject())
        parseError(fmt(QStringLiteral("Struct must be in a dict which is {0} at {1}"), { value.pyStr(), path }));
    JsonValue out = JsonValue::object();
    for (const auto &member : value.toObject())
        out.insert(member.first, convertValue(member.second, path + u'.' + member.first));
    return out;
}

} // namespace sandbox::proto
