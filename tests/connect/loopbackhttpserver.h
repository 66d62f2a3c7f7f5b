// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

// A tiny HTTP/1.1 server on 127.0.0.1 for tests: canned responses per path, optional TLS with a
// given certificate, and a record of what clients sent. One request per connection.
class LoopbackHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false; // read the request, never answer
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    explicit LoopbackHttpServer(QObject *parent = nullptr);

    bool listenLoopback();
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);
    void setResponse(const QByteArray &path, const Response &response) { m_responses.insert(path, response); }
    // Answer for paths without a response: FastAPI's 404 by default.
    void setFallback(const Response &response) { m_fallback = response; }
    QUrl baseUrl() const;
    QList<Request> requests() const { return m_requests; }

    static Response json(int status, const QByteArray &body);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket *socket);

    QHash<QByteArray, Response> m_responses;
    Response m_fallback;
    QList<Request> m_requests;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};
