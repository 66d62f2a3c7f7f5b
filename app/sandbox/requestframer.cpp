// SPDX-License-Identifier: MIT
#include "sandbox/requestframer.h"

#include <QList>

#include <utility>

namespace sandbox {

namespace {
constexpr qsizetype kMaxChunkLine = 1024;

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*' || c == '+' || c == '.'
        || c == '^' || c == '`' || c == '|' || c == '~';
}

// A non-negative decimal that fits in qint64, or -1.
qint64 parseLength(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A chunk size (hex, extensions after ';' ignored), or -1.
qint64 parseChunkSize(const QByteArray &line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
    if (hex.isEmpty() || hex.size() > 15)
        return -1;
    qint64 value = 0;
    for (char c : hex) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}
} // namespace

RequestFramer::RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeader(qMax<qint64>(16, maxHeaderBytes))
    , m_maxBody(qMax<qint64>(0, maxBodyBytes))
{ }

void RequestFramer::completeRequest()
{
    ++m_completed;
    if (m_keepBodies)
        m_bodies.append(std::exchange(m_body, {}));
    m_state = State::Idle;
}

bool RequestFramer::takeBody(QByteArray *body)
{
    if (m_bodies.isEmpty())
        return false;
    *body = m_bodies.takeFirst();
    return true;
}

RequestFramer::Verdict RequestFramer::fail(Verdict verdict)
{
    m_state = State::Failed;
    m_verdict = verdict;
    m_header.clear();
    m_line.clear();
    m_body.clear();
    return verdict;
}

bool RequestFramer::readLine(char c, qsizetype maxLength)
{
    if (c == '\n') {
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        return true;
    }
    m_line.append(c);
    if (m_line.size() > maxLength)
        fail(Verdict::Malformed);
    return false;
}

RequestFramer::Verdict RequestFramer::endOfHeader()
{
    QList<QByteArray> lines = m_header.split('\n');
    m_header.clear();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(Verdict::Malformed);
    for (char c : requestLine.at(0)) {
        if (!isTokenChar(c))
            return fail(Verdict::Malformed);
    }
    m_method = requestLine.at(0);
    m_target = requestLine.at(1).left(2048);

    qint64 contentLength = -1;
    bool chunked = false;
    bool transferEncoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(Verdict::Malformed);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            const qint64 length = parseLength(value);
            // Two different lengths make the body's end ambiguous: a classic way to smuggle a
            // second request past a front end.
            if (length < 0 || (contentLength >= 0 && length != contentLength))
                return fail(Verdict::Malformed);
            contentLength = length;
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
            chunked = value.toLower().endsWith("chunked");
            if (!chunked)
                return fail(Verdict::Malformed);
        }
    }
    if (transferEncoding && contentLength >= 0)
        return fail(Verdict::Malformed);
    if (chunked) {
        m_bodyLength = 0;
        m_line.clear();
        m_state = State::ChunkSize;
        return Verdict::Ok;
    }
    m_bodyLength = qMax<qint64>(0, contentLength);
    if (m_bodyLength > m_maxBody)
        return fail(Verdict::BodyTooLarge);
    if (m_bodyLength == 0) {
        completeRequest();
        return Verdict::Ok;
    }
    m_remaining = m_bodyLength;
    m_state = State::Body;
    return Verdict::Ok;
}

void RequestFramer::readChunkSize(char c)
{
    if (!readLine(c, kMaxChunkLine))
        return;
    const qint64 chunk = parseChunkSize(m_line);
    m_line.clear();
    if (chunk < 0) {
        fail(Verdict::Malformed);
    } else if (chunk == 0) {
        m_state = State::Trailer;
        m_remaining = 0; // trailer bytes so far
    } else if (chunk > m_maxBody - m_bodyLength) {
        fail(Verdict::BodyTooLarge);
    } else {
        m_bodyLength += chunk;
        m_remaining = chunk;
        m_state = State::ChunkData;
    }
}

void RequestFramer::readTrailer(char c)
{
    if (!readLine(c, kMaxChunkLine)) {
        if (++m_remaining > m_maxHeader)
            fail(Verdict::HeaderTooLarge);
        return;
    }
    const bool end = m_line.isEmpty();
    m_line.clear();
    if (end)
        completeRequest();
}

RequestFramer::Verdict RequestFramer::feed(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && m_state != State::Failed) {
        switch (m_state) {
        case State::Idle:
            // Empty lines before a request line are allowed (RFC 9112, 2.2).
            if (data[i] == '\r' || data[i] == '\n') {
                ++i;
                break;
            }
            m_header.clear();
            m_method.clear();
            m_target.clear();
            m_body.clear();
            m_bodyLength = -1;
            m_state = State::Header;
            break;
        case State::Header: {
            // Up to the end of the headers at most; the body is never copied.
            const char c = data[i++];
            m_header.append(c);
            if (m_header.size() > m_maxHeader)
                return fail(Verdict::HeaderTooLarge);
            if (c == '\n' && (m_header.endsWith("\r\n\r\n") || m_header.endsWith("\n\n")))
                endOfHeader();
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, qint64(size - i));
            if (m_keepBodies)
                m_body.append(data + i, qsizetype(take));
            i += qsizetype(take);
            m_remaining -= take;
            if (m_remaining > 0)
                break;
            if (m_state == State::Body) {
                completeRequest();
            } else {
                m_line.clear();
                m_state = State::ChunkDataEnd;
            }
            break;
        }
        case State::ChunkSize:
            readChunkSize(data[i++]);
            break;
        case State::ChunkDataEnd:
            if (!readLine(data[i++], 2))
                break;
            if (!m_line.isEmpty())
                return fail(Verdict::Malformed);
            m_state = State::ChunkSize;
            break;
        case State::Trailer:
            readTrailer(data[i++]);
            break;
        case State::Failed:
            break;
        }
    }
    return m_verdict;
}

} // namespace sandbox
