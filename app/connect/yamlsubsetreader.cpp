// SPDX-License-Identifier: MIT
#include "yamlsubsetreader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace {
struct Line
{
    int number = 0;
    int indent = 0;
    QString text; // without indentation and trailing comment-free whitespace
};

class ParseFailure
{
public:
    ParseFailure(int line, QString message)
        : m_line(line)
        , m_message(std::move(message))
    { }
    QString text() const
    {
        return m_line > 0 ? QCoreApplication::translate("YamlSubsetReader", "line %1: %2").arg(m_line).arg(m_message)
                          : m_message;
    }

private:
    int m_line;
    QString m_message;
};

// Index of a '#' that starts a comment (at the start or after whitespace, outside quotes), or -1.
int commentStart(const QString &text)
{
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                    ++i;
                    continue;
                }
                quote = QChar();
            } else if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
                ++i;
            }
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
            && (i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == QLatin1Char(':')
                || text.at(i - 1) == QLatin1Char('-'))) {
            quote = c;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace()))
            return i;
    }
    return -1;
}

// Position of the ':' that separates key and value (followed by a space or the end), outside
// quotes; -1 when the text is not a mapping entry.
int keySeparator(const QString &text)
{
    int i = 0;
    if (!text.isEmpty() && (text.at(0) == QLatin1Char('"') || text.at(0) == QLatin1Char('\''))) {
        const QChar quote = text.at(0);
        for (i = 1; i < text.size(); ++i) {
            if (quote == QLatin1Char('"') && text.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (text.at(i) == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                    ++i;
                    continue;
                }
                break;
            }
        }
        ++i;
    }
    for (; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
            return i;
    }
    return -1;
}

QString unquoteDouble(const QString &body, int lineNumber)
{
    QString out;
    out.reserve(body.size());
    for (int i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= body.size())
            throw ParseFailure(lineNumber,
                               QCoreApplication::translate("YamlSubsetReader", "a backslash ends the quoted string"));
        switch (body.at(i).unicode()) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case '0':
            out += QChar(0);
            break;
        case '"':
        case '\\':
        case '/':
        case ' ':
            out += body.at(i);
            break;
        case 'x':
        case 'u': {
            const int digits = body.at(i) == QLatin1Char('x') ? 2 : 4;
            const QString hex = body.mid(i + 1, digits);
            bool ok = false;
            const uint code = hex.toUInt(&ok, 16);
            if (!ok || hex.size() != digits)
                throw ParseFailure(
                    lineNumber,
                    QCoreApplication::translate("YamlSubsetReader", "bad escape sequence in a quoted string"));
            out += QChar(char16_t(code));
            i += digits;
            break;
        }
        default:
            throw ParseFailure(
                lineNumber,
                QCoreApplication::translate("YamlSubsetReader", "unknown escape \"\\%1\" in a quoted string")
                    .arg(body.at(i)));
        }
    }
    return out;
}

QVariant parseScalar(const QString &raw, int lineNumber)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null")
        || text == QLatin1String("NULL"))
        return QVariant();
    const QChar first = text.at(0);
    if (first == QLatin1Char('"')) {
        int close = -1;
        for (int i = 1; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (text.at(i) == QLatin1Char('"')) {
                close = i;
                break;
            }
        }
        if (close < 0)
            throw ParseFailure(lineNumber,
                               QCoreApplication::translate("YamlSubsetReader", "unterminated double-quoted string"));
        if (close != text.size() - 1)
            throw ParseFailure(
                lineNumber,
                QCoreApplication::translate("YamlSubsetReader", "unexpected text after a double-quoted string"));
        return unquoteDouble(text.mid(1, close - 1), lineNumber);
    }
    if (first == QLatin1Char('\'')) {
        if (text.size() < 2 || !text.endsWith(QLatin1Char('\'')))
            throw ParseFailure(lineNumber,
                               QCoreApplication::translate("YamlSubsetReader", "unterminated single-quoted string"));
        const QString body = text.mid(1, text.size() - 2);
        // Inside single quotes only '' is special; a lone ' means the string ended early.
        QString out;
        for (int i = 0; i < body.size(); ++i) {
            if (body.at(i) == QLatin1Char('\'')) {
                if (i + 1 < body.size() && body.at(i + 1) == QLatin1Char('\'')) {
                    out += QLatin1Char('\'');
                    ++i;
                    continue;
                }
                throw ParseFailure(
                    lineNumber,
                    QCoreApplication::translate("YamlSubsetReader", "unexpected text after a single-quoted string"));
            }
            out += body.at(i);
        }
        return out;
    }
    if (text == QLatin1String("{}"))
        return QVariantMap();
    if (text == QLatin1String("[]"))
        return QVariantList();
    if (first == QLatin1Char('{') || first == QLatin1Char('['))
        throw ParseFailure(
            lineNumber,
            QCoreApplication::translate("YamlSubsetReader", "inline { } and [ ] collections are not supported here"));
    if (first == QLatin1Char('|') || first == QLatin1Char('>'))
        throw ParseFailure(
            lineNumber,
            QCoreApplication::translate("YamlSubsetReader", "block scalars (| and >) are not supported here"));
    if (first == QLatin1Char('&') || first == QLatin1Char('*') || first == QLatin1Char('!'))
        throw ParseFailure(
            lineNumber,
            QCoreApplication::translate("YamlSubsetReader", "anchors, aliases and tags are not supported here"));
    if (first == QLatin1Char('@') || first == QLatin1Char('`') || first == QLatin1Char('%'))
        throw ParseFailure(
            lineNumber,
            QCoreApplication::translate("YamlSubsetReader", "a plain value cannot start with \"%1\"").arg(first));
    return text;
}

class Parser
{
public:
    explicit Parser(std::vector<Line> lines)
        : m_lines(std::move(lines))
    { }

    QVariantMap document()
    {
        if (m_lines.empty())
            return {};
        if (m_lines.front().indent != 0)
            throw ParseFailure(
                m_lines.front().number,
                QCoreApplication::translate("YamlSubsetReader", "the document must start at the first column"));
        if (isSequenceItem(m_lines.front().text))
            throw ParseFailure(m_lines.front().number,
                               QCoreApplication::translate("YamlSubsetReader",
                                                           "expected \"key: value\" at the top level, found a list"));
        QVariantMap map = mapping(0);
        if (m_pos < m_lines.size())
            throw ParseFailure(m_lines[m_pos].number,
                               QCoreApplication::translate("YamlSubsetReader", "unexpected indentation"));
        return map;
    }

private:
    static bool isSequenceItem(const QString &text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    QVariant block(int parentIndent)
    {
        if (m_pos >= m_lines.size() || m_lines[m_pos].indent <= parentIndent)
            return QVariant();
        const Line &first = m_lines[m_pos];
        if (isSequenceItem(first.text))
            return sequence(first.indent);
        return mapping(first.indent);
    }

    QVariantMap mapping(int indent)
    {
        QVariantMap map;
        while (m_pos < m_lines.size()) {
            Line &line = m_lines[m_pos];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                throw ParseFailure(line.number,
                                   QCoreApplication::translate("YamlSubsetReader", "unexpected indentation"));
            if (isSequenceItem(line.text))
                throw ParseFailure(
                    line.number,
                    QCoreApplication::translate("YamlSubsetReader", "a list item where \"key: value\" was expected"));
            const int colon = keySeparator(line.text);
            if (colon < 0)
                // The line is not echoed: in a credentials file it may be a secret.
                throw ParseFailure(line.number,
                                   QCoreApplication::translate("YamlSubsetReader", "expected \"key: value\""));
            const QVariant keyValue = parseScalar(line.text.left(colon), line.number);
            const QString key = keyValue.toString();
            if (key.isEmpty())
                throw ParseFailure(line.number, QCoreApplication::translate("YamlSubsetReader", "a key is empty"));
            if (map.contains(key))
                throw ParseFailure(
                    line.number,
                    QCoreApplication::translate("YamlSubsetReader", "the key \"%1\" appears twice").arg(key));
            const QString rest = line.text.mid(colon + 1).trimmed();
            const int number = line.number;
            ++m_pos;
            if (rest.isEmpty()) {
                map.insert(key, block(indent));
            } else {
                map.insert(key, parseScalar(rest, number));
                if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
                    throw ParseFailure(
                        m_lines[m_pos].number,
                        QCoreApplication::translate("YamlSubsetReader",
                                                    "unexpected indentation (a value spread over several lines is not "
                                                    "supported here)"));
            }
        }
        return map;
    }

    QVariantList sequence(int indent)
    {
        QVariantList list;
        while (m_pos < m_lines.size()) {
            Line &line = m_lines[m_pos];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                throw ParseFailure(line.number,
                                   QCoreApplication::translate("YamlSubsetReader", "unexpected indentation"));
            if (!isSequenceItem(line.text))
                break;
            const QString rest = line.text.mid(1).trimmed();
            if (rest.isEmpty()) {
                ++m_pos;
                list.append(block(indent));
            } else if (keySeparator(rest) >= 0 && !rest.startsWith(QLatin1Char('"'))
                       && !rest.startsWith(QLatin1Char('\''))) {
                // "- key: value": the item is a mapping whose first entry sits right after "- ".
                line.indent = indent + int(line.text.size() - line.text.mid(1).trimmed().size());
                line.text = rest;
                list.append(mapping(line.indent));
            } else {
                list.append(parseScalar(rest, line.number));
                ++m_pos;
            }
        }
        return list;
    }

    std::vector<Line> m_lines;
    size_t m_pos = 0;
};
} // namespace

QVariantMap YamlSubsetReader::parse(const QByteArray &bytes, QString *error)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<Line> lines;
    try {
        if (text.contains(QChar(QChar::ReplacementCharacter)) && !bytes.contains("\xEF\xBF\xBD"))
            throw ParseFailure(0, QCoreApplication::translate("YamlSubsetReader", "the file is not UTF-8 text"));
        const QStringList rawLines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < rawLines.size(); ++i) {
            QString raw = rawLines.at(i);
            if (raw.endsWith(QLatin1Char('\r')))
                raw.chop(1);
            int indent = 0;
            while (indent < raw.size() && (raw.at(indent) == QLatin1Char(' ') || raw.at(indent) == QLatin1Char('\t'))) {
                if (raw.at(indent) == QLatin1Char('\t')) {
                    // A tab inside leading whitespace of a blank or comment line is harmless.
                    const QString after = raw.mid(indent).trimmed();
                    if (after.isEmpty() || after.startsWith(QLatin1Char('#')))
                        break;
                    throw ParseFailure(i + 1,
                                       QCoreApplication::translate("YamlSubsetReader",
                                                                   "tabs cannot be used for indentation; use spaces"));
                }
                ++indent;
            }
            QString content = raw.mid(indent);
            const int comment = commentStart(content);
            if (comment >= 0)
                content.truncate(comment);
            content = content.trimmed();
            if (content.isEmpty())
                continue;
            if (indent == 0 && (content == QLatin1String("---") || content.startsWith(QLatin1String("--- ")))) {
                if (!lines.empty())
                    throw ParseFailure(i + 1,
                                       QCoreApplication::translate("YamlSubsetReader",
                                                                   "only one YAML document per file is supported"));
                continue;
            }
            if (indent == 0 && content == QLatin1String("..."))
                break;
            lines.push_back(Line{ i + 1, indent, content });
        }
        QVariantMap result = Parser(std::move(lines)).document();
        if (error)
            error->clear();
        return result;
    } catch (const ParseFailure &failure) {
        if (error)
            *error = failure.text();
        return {};
    }
}
