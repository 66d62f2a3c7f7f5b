// SPDX-License-Identifier: MIT
#include "sandbox/jsonvalue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <limits>

namespace sandbox {

// ---------------------------------------------------------------------------------------------
// Writing: json.dumps, Python's repr() and str(), and the Qt JSON forms.

namespace {

void appendJsonString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.append(buf);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

QString isoFromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void appendJson(QByteArray &out, const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null:
        out.append("null");
        break;
    case JsonValue::Type::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case JsonValue::Type::Int:
        out.append(QByteArray::number(v.toInt()));
        break;
    case JsonValue::Type::Double: {
        const double d = v.toDouble();
        if (std::isnan(d))
            out.append("NaN");
        else if (std::isinf(d))
            out.append(d > 0 ? "Infinity" : "-Infinity");
        else
            out.append(JsonValue::pythonFloatRepr(d).toLatin1());
        break;
    }
    case JsonValue::Type::String:
        appendJsonString(out, v.toString());
        break;
    case JsonValue::Type::DateTime:
        appendJsonString(out, isoFromMsecs(v.dateTimeMsecs()));
        break;
    case JsonValue::Type::Array: {
        out.append('[');
        bool first = true;
        for (const auto &item : v.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            appendJson(out, item);
        }
        out.append(']');
        break;
    }
    case JsonValue::Type::Object: {
        out.append('{');
        bool first = true;
        for (const auto &member : v.toObject()) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, member.first);
            out.append(':');
            appendJson(out, member.second);
        }
        out.append('}');
        break;
    }
    }
}

QString pythonDateTimeRepr(qint64 msecs)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    QString s = QStringLiteral("datetime.datetime(%1, %2, %3, %4, %5")
                    .arg(d.year())
                    .arg(d.month())
                    .arg(d.day())
                    .arg(t.hour())
                    .arg(t.minute());
    if (t.second() != 0 || t.msec() != 0)
        s += QStringLiteral(", %1").arg(t.second());
    if (t.msec() != 0)
        s += QStringLiteral(", %1").arg(t.msec() * 1000);
    s += u')';
    return s;
}

QString pythonDateTimeStr(qint64 msecs)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    QString s = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (dt.time().msec() != 0)
        s += QStringLiteral(".%1").arg(dt.time().msec() * 1000, 6, 10, QLatin1Char('0'));
    return s;
}

} // namespace

QByteArray JsonValue::toJson() const
{
    QByteArray out;
    appendJson(out, *this);
    return out;
}

QString JsonValue::pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, result.ptr);
    // sci looks like "-1.2345e+06" with the shortest round-trip mantissa.
    bool negative = false;
    std::string s = sci;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        s.erase(0, 1);
    }
    const auto ePos = s.find('e');
    std::string mantissa = s.substr(0, ePos);
    const int exponent = std::stoi(s.substr(ePos + 1));
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.')
            digits.push_back(c);
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int decpt = exponent + 1;
    std::string outStr;
    if (exponent >= -4 && exponent < 16) {
        if (decpt <= 0) {
            outStr = "0." + std::string(size_t(-decpt), '0') + digits;
        } else if (size_t(decpt) >= digits.size()) {
            outStr = digits + std::string(size_t(decpt) - digits.size(), '0') + ".0";
        } else {
            outStr = digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
        }
    } else {
        outStr = digits.substr(0, 1);
        if (digits.size() > 1)
            outStr += "." + digits.substr(1);
        char expBuf[16];
        std::snprintf(expBuf, sizeof expBuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        outStr += expBuf;
    }
    if (negative)
        outStr.insert(0, "-");
    return QString::fromStdString(outStr);
}

QString JsonValue::pythonStringRepr(const QString &value)
{
    const bool hasSingle = value.contains(u'\'');
    const bool hasDouble = value.contains(u'"');
    const QChar quote = (hasSingle && !hasDouble) ? QChar(u'"') : QChar(u'\'');
    QString out;
    out.reserve(value.size() + 2);
    out.append(quote);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == quote || c == u'\\') {
            out.append(u'\\');
            out.append(c);
        } else if (c == u'\n') {
            out.append(QStringLiteral("\\n"));
        } else if (c == u'\r') {
            out.append(QStringLiteral("\\r"));
        } else if (c == u'\t') {
            out.append(QStringLiteral("\\t"));
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
        } else if (c.unicode() >= 0x80 && !c.isPrint() && !c.isSurrogate()) {
            if (c.unicode() <= 0xff)
                out.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
            else
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    out.append(quote);
    return out;
}

QString JsonValue::pyRepr() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("None");
    case Type::Bool:
        return m_bool ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Int:
        return QString::number(m_int);
    case Type::Double:
        return pythonFloatRepr(m_double);
    case Type::String:
        return pythonStringRepr(m_string);
    case Type::DateTime:
        return pythonDateTimeRepr(m_int);
    case Type::Array: {
        QStringList parts;
        for (const auto &item : m_array)
            parts << item.pyRepr();
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case Type::Object: {
        QStringList parts;
        for (const auto &member : m_object)
            parts << pythonStringRepr(member.first) + QStringLiteral(": ") + member.second.pyRepr();
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    }
    return {};
}

QString JsonValue::pyStr() const
{
    if (m_type == Type::String)
        return m_string;
    if (m_type == Type::DateTime)
        return pythonDateTimeStr(m_int);
    return pyRepr();
}

QString JsonValue::pyTypeName() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("NoneType");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Int:
        return QStringLiteral("int");
    case Type::Double:
        return QStringLiteral("float");
    case Type::String:
        return QStringLiteral("str");
    case Type::Array:
        return QStringLiteral("list");
    case Type::Object:
        return QStringLiteral("dict");
    case Type::DateTime:
        return QStringLiteral("datetime.datetime");
    }
    return {};
}

QJsonValue JsonValue::toQJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Int:
        return QJsonValue(m_int);
    case Type::Double:
        return QJsonValue(m_double);
    case Type::String:
        return QJsonValue(m_string);
    case Type::DateTime:
        return QJsonValue(isoFromMsecs(m_int));
    case Type::Array: {
        QJsonArray a;
        for (const auto &item : m_array)
            a.append(item.toQJson());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const auto &member : m_object)
            o.insert(member.first, member.second.toQJson());
        return o;
    }
    }
    return {};
}

JsonValue JsonValue::fromQJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return JsonValue();
    case QJsonValue::Bool:
        return JsonValue(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return JsonValue(qint64(d));
        return JsonValue(d);
    }
    case QJsonValue::String:
        return JsonValue(value.toString());
    case QJsonValue::Array: {
        Array a;
        for (const auto &item : value.toArray())
            a.push_back(fromQJson(item));
        return JsonValue(std::move(a));
    }
    case QJsonValue::Object: {
        JsonValue o = JsonValue::object();
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.insert(it.key(), fromQJson(it.value()));
        return o;
    }
    }
    return JsonValue();
}

} // namespace sandbox
