// SPDX-License-Identifier: MIT
#include "sandbox/jsonvalue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <limits>

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

// ---------------------------------------------------------------------------------------------
// Parser: the subset of Python's json.loads behaviour that matters to a REST body.

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    bool parseDocument(JsonValue *out, QString *error)
    {
        skipWhitespace();
        if (!parseValue(out, 0)) {
            if (error)
                *error = m_error.isEmpty() ? QStringLiteral("Expecting value") : m_error;
            return false;
        }
        skipWhitespace();
        if (m_pos != m_text.size()) {
            if (error)
                *error = QStringLiteral("Extra data");
            return false;
        }
        return true;
    }

private:
    void skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
                ++m_pos;
            else
                break;
        }
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool consumeLiteral(QStringView literal)
    {
        if (QStringView(m_text).mid(m_pos, literal.size()) == literal) {
            m_pos += literal.size();
            return true;
        }
        return false;
    }

    bool parseValue(JsonValue *out, int depth)
    {
        // Python raises RecursionError near 1000 nested levels; the gateway reports any failure alike.
        if (depth > 900)
            return fail(QStringLiteral("maximum recursion depth exceeded"));
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("Expecting value"));
        const QChar c = m_text.at(m_pos);
        if (c == u'{')
            return parseObject(out, depth);
        if (c == u'[')
            return parseArray(out, depth);
        if (c == u'"') {
            QString s;
            if (!parseString(&s))
                return false;
            *out = JsonValue(s);
            return true;
        }
        if (consumeLiteral(u"null")) {
            *out = JsonValue();
            return true;
        }
        if (consumeLiteral(u"true")) {
            *out = JsonValue(true);
            return true;
        }
        if (consumeLiteral(u"false")) {
            *out = JsonValue(false);
            return true;
        }
        if (consumeLiteral(u"NaN")) {
            *out = JsonValue(std::numeric_limits<double>::quiet_NaN());
            return true;
        }
        if (consumeLiteral(u"Infinity")) {
            *out = JsonValue(std::numeric_limits<double>::infinity());
            return true;
        }
        if (consumeLiteral(u"-Infinity")) {
            *out = JsonValue(-std::numeric_limits<double>::infinity());
            return true;
        }
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return parseNumber(out);
        return fail(QStringLiteral("Expecting value"));
    }

    bool parseNumber(JsonValue *out)
    {
        const qsizetype start = m_pos;
        if (m_text.at(m_pos) == u'-')
            ++m_pos;
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("Expecting value"));
        if (m_text.at(m_pos) == u'0') {
            ++m_pos;
        } else if (m_text.at(m_pos) >= u'1' && m_text.at(m_pos) <= u'9') {
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit() && m_text.at(m_pos).unicode() < 128)
                ++m_pos;
        } else {
            return fail(QStringLiteral("Expecting value"));
        }
        bool isFloat = false;
        if (m_pos + 1 < m_text.size() && m_text.at(m_pos) == u'.' && m_text.at(m_pos + 1) >= u'0'
            && m_text.at(m_pos + 1) <= u'9') {
            isFloat = true;
            ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) >= u'0' && m_text.at(m_pos) <= u'9')
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            qsizetype p = m_pos + 1;
            if (p < m_text.size() && (m_text.at(p) == u'+' || m_text.at(p) == u'-'))
                ++p;
            if (p < m_text.size() && m_text.at(p) >= u'0' && m_text.at(p) <= u'9') {
                isFloat = true;
                while (p < m_text.size() && m_text.at(p) >= u'0' && m_text.at(p) <= u'9')
                    ++p;
                m_pos = p;
            }
        }
        const QString literal = m_text.mid(start, m_pos - start);
        if (!isFloat) {
            bool ok = false;
            const qint64 v = literal.toLongLong(&ok);
            if (ok) {
                *out = JsonValue(v);
                return true;
            }
            // Python ints are unbounded; beyond 64 bits the sandbox keeps the nearest double.
        }
        *out = JsonValue(literal.toDouble());
        return true;
    }

    bool parseHex4(uint *out)
    {
        if (m_pos + 4 > m_text.size())
            return fail(QStringLiteral("Invalid \\uXXXX escape"));
        bool ok = false;
        const uint v = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail(QStringLiteral("Invalid \\uXXXX escape"));
        m_pos += 4;
        *out = v;
        return true;
    }

    bool parseString(QString *out)
    {
        ++m_pos; // opening quote
        QString result;
        while (true) {
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("Unterminated string starting at"));
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                break;
            }
            if (c.unicode() < 0x20)
                return fail(QStringLiteral("Invalid control character at"));
            if (c != u'\\') {
                result.append(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("Unterminated string starting at"));
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case '"':
                result.append(u'"');
                break;
            case '\\':
                result.append(u'\\');
                break;
            case '/':
                result.append(u'/');
                break;
            case 'b':
                result.append(u'\b');
                break;
            case 'f':
                result.append(u'\f');
                break;
            case 'n':
                result.append(u'\n');
                break;
            case 'r':
                result.append(u'\r');
                break;
            case 't':
                result.append(u'\t');
                break;
            case 'u': {
                uint code = 0;
                if (!parseHex4(&code))
                    return false;
                result.append(QChar(char16_t(code)));
                break;
            }
            default:
                return fail(QStringLiteral("Invalid \\escape"));
            }
        }
        *out = result;
        return true;
    }

    bool parseArray(JsonValue *out, int depth)
    {
        ++m_pos;
        JsonValue::Array items;
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
            ++m_pos;
            *out = JsonValue(std::move(items));
            return true;
        }
        while (true) {
            skipWhitespace();
            JsonValue item;
            if (!parseValue(&item, depth + 1))
                return false;
            items.push_back(std::move(item));
            skipWhitespace();
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("Expecting ',' delimiter"));
            const QChar c = m_text.at(m_pos++);
            if (c == u']')
                break;
            if (c != u',')
                return fail(QStringLiteral("Expecting ',' delimiter"));
        }
        *out = JsonValue(std::move(items));
        return true;
    }

    bool parseObject(JsonValue *out, int depth)
    {
        ++m_pos;
        JsonValue result = JsonValue::object();
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'}') {
            ++m_pos;
            *out = std::move(result);
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
                return fail(QStringLiteral("Expecting property name enclosed in double quotes"));
            QString key;
            if (!parseString(&key))
                return false;
            skipWhitespace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u':')
                return fail(QStringLiteral("Expecting ':' delimiter"));
            ++m_pos;
            skipWhitespace();
            JsonValue value;
            if (!parseValue(&value, depth + 1))
                return false;
            // A Python dict keeps the first position and the last value of a repeated key.
            result.insert(key, std::move(value));
            skipWhitespace();
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("Expecting ',' delimiter"));
            const QChar c = m_text.at(m_pos++);
            if (c == u'}')
                break;
            if (c != u',')
                return fail(QStringLiteral("Expecting ',' delimiter"));
        }
        *out = std::move(result);
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

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

bool JsonValue::parse(const QByteArray &text, JsonValue *out, QString *error)
{
    QByteArray bytes = text;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = QStringLiteral("'utf-8' codec can't decode bytes");
        return false;
    }
    Parser parser(decoded);
    JsonValue value;
    if (!parser.parseDocument(&value, error))
        return false;
    *out = std::move(value);
    return true;
}

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
