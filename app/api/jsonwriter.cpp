// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

void JsonWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_filled.empty()) {
        if (m_filled.back())
            m_out += ',';
        m_filled.back() = true;
    }
}

void JsonWriter::beginObject()
{
    beginValue();
    m_out += '{';
    m_filled.push_back(false);
}

void JsonWriter::endObject()
{
    m_filled.pop_back();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beginValue();
    m_out += '[';
    m_filled.push_back(false);
}

void JsonWriter::endArray()
{
    m_filled.pop_back();
    m_out += ']';
}

void JsonWriter::key(QLatin1StringView name)
{
    beginValue();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    beginValue();
    escaped(text);
}

void JsonWriter::strings(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        string(text);
    endArray();
}

void JsonWriter::boolean(bool value)
{
    beginValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::number(qint64 value)
{
    beginValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        boolean(value.toBool());
        return;
    case QJsonValue::String:
        string(value.toString());
        return;
    case QJsonValue::Double: {
        beginValue();
        // As Qt writes numbers: integers exactly, others in the fewest digits that read back.
        const double d = value.toDouble();
        if (!std::isfinite(d))
            m_out += "null";
        else if (d == std::floor(d) && std::fabs(d) <= double(1LL << 53))
            m_out += QByteArray::number(qint64(d));
        else
            m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            this->value(item);
        endArray();
        return;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            beginValue();
            escaped(it.key());
            m_out += ':';
            m_afterKey = true;
            this->value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        beginValue();
        m_out += "null";
        return;
    }
}

// Quotes `text`: printable ASCII as it is, the two characters JSON reserves and control
// characters escaped, everything else as UTF-8.
void JsonWriter::escaped(QStringView text)
{
    m_out += '"';
    qsizetype plainFrom = 0;
    // A run of printable ASCII in one step: ids and names are mostly nothing else.
    const auto flushPlain = [&](qsizetype to) {
        if (to <= plainFrom)
            return;
        const qsizetype at = m_out.size();
        m_out.resize(at + (to - plainFrom));
        char *out = m_out.data() + at;
        for (qsizetype i = plainFrom; i < to; ++i)
            *out++ = char(text[i].unicode());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x7f && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            m_out += "\\\"";
            continue;
        case u'\\':
            m_out += "\\\\";
            continue;
        case u'\b':
            m_out += "\\b";
            continue;
        case u'\f':
            m_out += "\\f";
            continue;
        case u'\n':
            m_out += "\\n";
            continue;
        case u'\r':
            m_out += "\\r";
            continue;
        case u'\t':
            m_out += "\\t";
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            static const char kHex[] = "0123456789abcdef";
            m_out += "\\u00";
            m_out += kHex[c >> 4];
            m_out += kHex[c & 0xf];
            continue;
        }
        // The rest of the text from here, as UTF-8 (a surrogate pair stays whole).
        qsizetype end = i + 1;
        while (
            end < text.size()
            && !(text[end].unicode() < 0x7f && (text[end].unicode() < 0x20 || text[end] == u'"' || text[end] == u'\\')))
            ++end;
        m_out += text.mid(i, end - i).toUtf8();
        i = end - 1;
        plainFrom = end;
    }
    flushPlain(text.size());
    m_out += '"';
}

QByteArray JsonWriter::compact(const QJsonValue &value)
{
    JsonWriter writer;
    writer.value(value);
    return writer.take();
}
