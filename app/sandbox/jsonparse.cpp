// SPDX-License-Identifier: MIT
#include "sandbox/jsonvalue.h"

#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <limits>

namespace sandbox {

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

} // namespace sandbox
