// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresult.h"
#include "httptransport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;

// The transport thread's side of HttpTransport: owns the QNetworkAccessManager and its replies.
// Lives on the transport thread; every call arrives queued from HttpTransport.
class HttpTransportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransportWorker)

public:
    explicit HttpTransportWorker(HttpTransport *frontend);
    ~HttpTransportWorker() override;

    void post(quint64 id, const HttpRequest &request, const QByteArray &payload, qint64 cap,
              const HttpTransport::Decoder &decoder);
    void abort(quint64 id);
    void clearConnectionCache();

private:
    void checkSize(quint64 id, QNetworkReply *reply, qint64 bytes, qint64 cap);
    void onFinished(quint64 id, QNetworkReply *reply, const QList<QSslError> &sslErrors);
    // Forgets the transfer and stops its reply if it still runs.
    void drop(quint64 id);
    void deliver(quint64 id, const HttpResult &result);

    struct Transfer
    {
        QNetworkReply *reply = nullptr;
        qint64 received = 0; // as downloadProgress last said
        HttpTransport::Decoder decoder;
    };

    HttpTransport *m_frontend;
    QNetworkAccessManager *m_network = nullptr;
    QHash<quint64, Transfer> m_transfers;
};
