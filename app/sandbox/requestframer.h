// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

namespace sandbox {

// Follows the bytes of HTTP/1.1 requests on one connection just far enough to enforce limits
// before the HTTP server buffers them: where a request's headers end, how long its body is
// (Content-Length or chunked), and where the next request begins. It keeps at most the header
// section of the current request, and, when asked to, the bodies (de-chunked) of the requests
// it framed, which are never larger than the limit.
class RequestFramer
{
public:
    enum class Verdict {
        Ok,
        HeaderTooLarge, // 431
        BodyTooLarge, // 413
        Malformed, // 400: a request line or a length that cannot be framed
    };
    enum class State {
        Idle, // between requests
        Header,
        Body, // Content-Length bytes
        ChunkSize,
        ChunkData,
        ChunkDataEnd, // the CRLF after a chunk
        Trailer,
        Failed,
    };

    RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    // Keep the body of each complete request for takeBody().
    void setKeepBodies(bool keep) { m_keepBodies = keep; }
    // The body of the oldest complete request not taken yet; false when there is none.
    bool takeBody(QByteArray *body);
    int bodiesKept() const { return int(m_bodies.size()); }

    // Feeds the next bytes of the connection. Returns the first violation; once one is seen,
    // every further call returns it again.
    Verdict feed(const char *data, qsizetype size);
    Verdict feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    State state() const { return m_state; }
    Verdict verdict() const { return m_verdict; }
    // Part of a request arrived, not all of it.
    bool inRequest() const { return m_state != State::Idle && m_state != State::Failed; }
    bool inHeader() const { return m_state == State::Header; }
    int requestsCompleted() const { return m_completed; }
    // Of the current (or last) request, once its request line was read.
    const QByteArray &method() const { return m_method; }
    const QByteArray &target() const { return m_target; }
    // The body length the headers announced, or the chunked bytes so far; -1 before the headers.
    qint64 bodyLength() const { return m_bodyLength; }

private:
    Verdict fail(Verdict verdict);
    void completeRequest();
    Verdict endOfHeader();
    bool readLine(char c, qsizetype maxLength);
    void readChunkSize(char c);
    void readTrailer(char c);

    qint64 m_maxHeader;
    qint64 m_maxBody;
    State m_state = State::Idle;
    Verdict m_verdict = Verdict::Ok;
    QByteArray m_header; // of the current request, bounded by m_maxHeader
    QByteArray m_line; // a chunk-size or trailer line
    QByteArray m_method;
    QByteArray m_target;
    qint64 m_bodyLength = -1;
    qint64 m_remaining = 0; // of the body or the current chunk
    int m_completed = 0;
    bool m_keepBodies = false;
    QByteArray m_body; // of the current request, when bodies are kept
    QList<QByteArray> m_bodies; // of complete requests not taken yet
};

} // namespace sandbox
