// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace sandbox {

// An ordered JSON value with the semantics the real gateway's Python stack gives JSON:
// - objects keep their key order (Python dicts do; QJsonObject sorts keys, which would change
//   which error the gateway reports first and how it prints values in messages);
// - integers and floats stay distinct (`5` is int, `5.0` is float), as json.loads makes them;
// - toJson() writes what Python's json.dumps(separators=(",", ":"), ensure_ascii=False) writes,
//   so integral doubles come out as `42.0`;
// - pyRepr()/pyStr() print a value the way Python's repr()/str() do, for error messages.
// DateTime is not a JSON type: the stat pipeline uses it for date fields (milliseconds since
// the epoch, UTC), which is what makes the real server fail on unformatted dates in stat.
// The sandbox keeps its own JSON handling on purpose: it shares nothing with the app's client.
class JsonValue
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array, Object, DateTime };
    using Array = std::vector<JsonValue>;
    using Member = std::pair<QString, JsonValue>;
    using Object = std::vector<Member>;

    JsonValue() = default;
    JsonValue(std::nullptr_t) { }
    JsonValue(bool value);
    JsonValue(int value);
    JsonValue(qint64 value);
    JsonValue(double value);
    JsonValue(const QString &value);
    JsonValue(const char *value);
    JsonValue(Array value);
    JsonValue(Object value);
    static JsonValue dateTime(qint64 msecsSinceEpoch);
    static JsonValue object() { return JsonValue(Object{}); }
    static JsonValue array() { return JsonValue(Array{}); }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isDateTime() const { return m_type == Type::DateTime; }

    bool toBool() const { return m_bool; }
    qint64 toInt() const;
    double toDouble() const;
    // On a temporary these return by value, so `for (auto &x : v.value("k").toArray())` is safe.
    const QString &toString() const & { return m_string; }
    QString toString() && { return std::move(m_string); }
    qint64 dateTimeMsecs() const { return m_int; }
    const Array &toArray() const & { return m_array; }
    Array toArray() && { return std::move(m_array); }
    Array &arrayRef() { return m_array; }
    const Object &toObject() const & { return m_object; }
    Object toObject() && { return std::move(m_object); }
    Object &objectRef() { return m_object; }

    // Object helpers. insert() replaces an existing key in place or appends a new one.
    bool contains(const QString &key) const;
    const JsonValue *find(const QString &key) const;
    JsonValue *find(const QString &key);
    JsonValue value(const QString &key) const;
    void insert(const QString &key, JsonValue value);
    bool remove(const QString &key);
    // Array helper.
    void append(JsonValue value);
    int size() const;

    // Python-semantics parse of a request body (json.loads on bytes). Returns false on any error
    // (Python raises and the gateway turns every such error into the same message).
    static bool parse(const QByteArray &text, JsonValue *out, QString *error = nullptr);
    // json.dumps(value, ensure_ascii=False, separators=(",", ":")) encoded as UTF-8.
    QByteArray toJson() const;
    // Python repr() and str() of the value as json.loads would have produced it.
    QString pyRepr() const;
    QString pyStr() const;
    // Python type name: dict, list, str, int, float, bool, NoneType (datetime for DateTime).
    QString pyTypeName() const;

    // Conversions to and from Qt's JSON types (key order of QJsonObject is alphabetical).
    QJsonValue toQJson() const;
    static JsonValue fromQJson(const QJsonValue &value);

    // Deep equality with Python semantics: 1 == 1.0, True == 1 is NOT treated as equal here.
    bool operator==(const JsonValue &other) const;
    bool operator!=(const JsonValue &other) const { return !(*this == other); }

    // Python float repr (shortest round-trip digits, scientific below 1e-4 and from 1e16).
    static QString pythonFloatRepr(double value);
    // Python repr of a str.
    static QString pythonStringRepr(const QString &value);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QString m_string;
    Array m_array;
    Object m_object;
};

} // namespace sandbox
