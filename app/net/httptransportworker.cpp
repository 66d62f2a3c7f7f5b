// SPDX-License-Identifier: MIT
#include "httptransportworker.h"

#include "tlssupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <utility>

namespace {
QNetworkRequest networkRequest(const HttpRequest &plain)
{
    QNetworkRequest request(plain.url);
    for (const auto &[name, value] : plain.headers)
        request.setRawHeader(name, value);
    if (plain.transferTimeoutMs > 0)
        request.setTransferTimeout(plain.transferTimeoutMs);
    if (!plain.followRedirects)
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Adds trust for a private CA; peer verification itself stays on.
    if (plain.url.scheme() == QLatin1String("https") && !plain.caCertificates.isEmpty())
        request.setSslConfiguration(TlsSupport::configuration(plain.caCertificates));
    return request;
}
} // namespace

HttpTransportWorker::HttpTransportWorker(HttpTransport *frontend)
    : m_frontend(frontend)
{ }

HttpTransportWorker::~HttpTransportWorker()
{
    // Nobody waits for these any more: stop them without a word.
    const QHash<quint64, Transfer> transfers = std::exchange(m_transfers, {});
    for (const Transfer &transfer : transfers) {
        transfer.reply->disconnect(this);
        transfer.reply->abort();
    }
    delete m_network;
}

void HttpTransportWorker::post(quint64 id, const HttpRequest &request, const QByteArray &payload, qint64 cap,
                               const HttpTransport::Decoder &decoder)
{
    // Made here, on the transport thread, so its objects and its own HTTP thread belong to it.
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->post(networkRequest(request), payload);
    m_transfers.insert(id, Transfer{ reply, 0, decoder });
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors += errors; });
    // An announced length over the cap stops the transfer before the body; a body that keeps
    // coming stops it as soon as it passes the cap, so memory never holds more than that.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(id, reply, length.toLongLong(), cap);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id, reply, cap](qint64 received, qint64) {
        const auto it = m_transfers.find(id);
        if (it != m_transfers.end())
            it->received = received;
        checkSize(id, reply, received, cap);
    });
    // downloadProgress comes at most every 100 ms, in which a fast sender fills gigabytes;
    // readyRead comes with every chunk, and the body stays buffered until the reply finishes.
    connect(reply, &QNetworkReply::readyRead, this,
            [this, id, reply, cap] { checkSize(id, reply, reply->bytesAvailable(), cap); });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, cap, sslErrors] {
        // The cap was checked while downloading; the last chunk may not have been reported.
        if (reply->isOpen() && reply->bytesAvailable() > cap)
            checkSize(id, reply, reply->bytesAvailable(), cap);
        else
            onFinished(id, reply, *sslErrors);
    });
}

void HttpTransportWorker::checkSize(quint64 id, QNetworkReply *reply, qint64 bytes, qint64 cap)
{
    if (bytes <= cap || m_transfers.value(id).reply != reply)
        return;
    HttpResult result;
    result.tooLarge = true;
    result.bytesReceived = qMax(m_transfers.value(id).received, reply->bytesAvailable());
    drop(id);
    deliver(m_frontend, id, result);
}

void HttpTransportWorker::onFinished(quint64 id, QNetworkReply *reply, const QList<QSslError> &sslErrors)
{
    const Transfer transfer = m_transfers.value(id);
    if (transfer.reply != reply)
        return;
    HttpResult result;
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.bytesReceived = qMax(transfer.received, qint64(result.body.size()));
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QUrl redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (redirect.isValid())
        result.redirectTarget = reply->url().resolved(redirect);
    result.tlsProblems = TlsSupport::problems(sslErrors, &result.certificateDetails);
    drop(id);
    if (transfer.decoder && result.status >= 200 && result.status < 300 && result.error == QNetworkReply::NoError) {
        result.decoded = transfer.decoder(result.body);
        result.body.clear();
    }
    deliver(m_frontend, id, result);
}

void HttpTransportWorker::abort(quint64 id)
{
    drop(id);
}

void HttpTransportWorker::drop(quint64 id)
{
    QNetworkReply *reply = m_transfers.take(id).reply;
    if (!reply)
        return;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void HttpTransportWorker::clearConnectionCache()
{
    if (m_network)
        m_network->clearConnectionCache();
}
