// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// One request as the fake server saw it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
    // The last path segment: "list", "get", ...
    QString verb() const;
};

// What the fake server does with one request.
struct FakeResponse
{
    enum class Action {
        Reply,
        Drop, // close the connection without answering
        Truncate, // announce the whole body, send half of it, close
        Hang, // never answer
        // Send the status line and headers, then one byte of `body` every `delayMs` (looping
        // over it), forever: progress that never ends.
        Trickle,
        // Send `floodBytes` of body (announced when `announceLength`) in 64 KiB writes as fast
        // as the client reads them.
        Flood,
    };
    int status = 200;
    QByteArray body = "{}";
    QByteArray contentType = "application/json";
    int delayMs = 0;
    Action action = Action::Reply;
    qint64 floodBytes = 0;
    bool announceLength = true;

    static FakeResponse json(int status, const QByteArray &body, int delayMs = 0);
    static FakeResponse ofAction(Action action);
};

// A scripted HTTP/1.1 server on loopback: records every request and answers from a queue of
// canned responses, or from a handler once the queue is empty. With a certificate it speaks TLS.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // On a free port, or on `port` (to come back where a stopped server was).
    bool listen(quint16 port = 0);
    // Refuses new connections from now on; listen(port()) again to come back.
    void stopListening();
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const { return m_port; }
    QUrl url() const;

    void enqueue(const FakeResponse &response) { m_queue.enqueue(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // The most requests for one verb ("list") the server held unanswered at once.
    int maxInFlight(const QString &verb) const { return m_maxInFlightByVerb.value(verb); }
    // Body bytes written by Trickle and Flood answers, over all connections.
    qint64 streamedBytes() const { return m_streamed; }
    // How much a Flood can get ahead of a client that stopped reading: what the kernel may hold in
    // the loopback socket's send and receive buffers (their sysctl maxima) plus what Qt's HTTP
    // thread reads ahead. streamedBytes() of a stopped flood stays below this and the cap.
    static qint64 bufferedAheadBytes();

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const RecordedRequest &request);
    void write(QTcpSocket *socket, const FakeResponse &response, const QString &verb);
    void answered(const QString &verb);

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QQueue<FakeResponse> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QString, int> m_inFlightByVerb;
    QHash<QString, int> m_maxInFlightByVerb;
    qint64 m_streamed = 0;
};
