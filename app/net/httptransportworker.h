// SPDX-License-Identifier: MIT
#pragma once

#include "api/httptransportengine.h"

#include <QHash>
#include <QList>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;

// The transport engine on Qt Network: owns the QNetworkAccessManager and its replies.
class HttpTransportWorker final : public HttpTransportEngine
{
    Q_DISABLE_COPY_MOVE(HttpTransportWorker)

public:
    explicit HttpTransportWorker(HttpTransport *frontend);
    ~HttpTransportWorker() override;

    void post(quint64 id, const HttpRequest &request, const QByteArray &payload, qint64 cap,
              const HttpTransport::Decoder &decoder) override;
    void abort(quint64 id) override;
    void clearConnectionCache() override;

private:
    void checkSize(quint64 id, QNetworkReply *reply, qint64 bytes, qint64 cap);
    void onFinished(quint64 id, QNetworkReply *reply, const QList<QSslError> &sslErrors);
    // Forgets the transfer and stops its reply if it still runs.
    void drop(quint64 id);

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
