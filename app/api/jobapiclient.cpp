// SPDX-License-Identifier: MIT
#include "jobapiclient.h"

#include "jobapireply.h"
#include "jobdecoder.h"
#include "jobdeletereply.h"
#include "jobgetreply.h"
#include "joblistreply.h"
#include "jobstatreply.h"
#include "stringpool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {
struct DecodedPage
{
    JobListPage page;
    QString error;
    bool ok = false;
};

// A token is sent verbatim in a header; a pasted line break or space would corrupt the request
// (or, worse, inject a header), so refuse it before anything leaves the machine.
bool isHeaderSafe(const QString &token)
{
    for (QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

QString describeSslErrors(const QList<QSslError> &errors, const QString &fallback)
{
    QStringList parts;
    for (const QSslError &e : errors) {
        QString part = e.errorString();
        const QSslCertificate cert = e.certificate();
        if (!cert.isNull())
            part += QCoreApplication::translate("JobApiClient", " (certificate subject: %1; issuer: %2)")
                        .arg(cert.subjectDisplayName(), cert.issuerDisplayName());
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.isEmpty() ? fallback : parts.join(QLatin1String("; "));
}

ApiError decodeError(const QString &detail, const QByteArray &contentType)
{
    // An HTML page with status 200 usually means the URL points at the web console or a
    // captive proxy rather than the API gateway: say so instead of "malformed JSON at byte 0".
    if (!contentType.isEmpty() && !contentType.contains("json"))
        return ApiError::decode(
            QCoreApplication::translate("JobApiClient",
                                        "expected JSON but the server sent %1 (is the address the console API "
                                        "endpoint?); %2")
                .arg(QString::fromLatin1(contentType), detail));
    return ApiError::decode(detail);
}
} // namespace

JobApiClient::JobApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

JobApiClient::~JobApiClient()
{
    // Replies are children of this object; stop their transfers before the manager goes away so
    // no network signal reaches a half-destroyed client.
    for (const QPointer<JobApiReply> &reply : std::as_const(m_active)) {
        if (reply && reply->m_networkReply) {
            QNetworkReply *nr = reply->m_networkReply;
            nr->disconnect(this);
            nr->disconnect(reply);
            nr->abort();
        }
    }
}

void JobApiClient::setEndpoint(const ApiEndpoint &endpoint)
{
    // Kept-alive TLS connections were verified against the old trusted CAs (and maybe another
    // host): a new endpoint negotiates afresh.
    const bool renegotiate
        = endpoint.caCertificates != m_endpoint.caCertificates || endpoint.baseUrl != m_endpoint.baseUrl;
    m_endpoint = endpoint;
    cancelAll();
    if (renegotiate)
        m_network->clearConnectionCache();
    emit endpointChanged();
}

JobListReply *JobApiClient::list(const JobListRequest &request)
{
    auto *reply = new JobListReply(m_generation, this);
    send(reply, request.toJson());
    return reply;
}

JobGetReply *JobApiClient::get(const QString &jobId)
{
    auto *reply = new JobGetReply(m_generation, this);
    send(reply, QJsonObject{ { QLatin1String("job_id"), jobId } });
    return reply;
}

JobDeleteReply *JobApiClient::remove(const QString &jobId)
{
    auto *reply = new JobDeleteReply(jobId, m_generation, this);
    send(reply, QJsonObject{ { QLatin1String("job_id"), jobId } });
    return reply;
}

JobStatReply *JobApiClient::stat(const JobStatQuery &query)
{
    auto *reply = new JobStatReply(m_generation, this);
    send(reply, query.toJson());
    return reply;
}

void JobApiClient::cancelAll()
{
    ++m_generation;
    const QList<QPointer<JobApiReply>> active = m_active;
    for (const QPointer<JobApiReply> &reply : active) {
        if (reply)
            finishReply(reply, ApiError::canceled());
    }
}

QByteArray JobApiClient::userAgent()
{
    return QByteArrayLiteral("spaceone-job-monitor/" SJM_VERSION " (Qt ") + qVersion() + ')';
}

void JobApiClient::send(JobApiReply *reply, const QJsonObject &body)
{
    m_active.append(reply);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply->m_bytesSent = payload.size();

    if (!m_endpoint.isValid()) {
        finishReply(reply,
                    ApiError::fromNetwork(
                        QNetworkReply::ProtocolUnknownError,
                        QCoreApplication::translate(
                            "JobApiClient", "no server address is set (an http:// or https:// URL is needed)")));
        return;
    }
    const QString token = m_endpoint.token.trimmed();
    if (token.isEmpty()) {
        // Every Job API call needs a token; a request without one would only earn a 401.
        finishReply(reply, ApiError::missingToken());
        return;
    }
    if (!isHeaderSafe(token)) {
        finishReply(reply,
                    ApiError::fromNetwork(
                        QNetworkReply::ProtocolFailure,
                        QCoreApplication::translate("JobApiClient",
                                                    "the token contains spaces, line breaks or non-ASCII characters; "
                                                    "check how it was copied")));
        return;
    }

    QNetworkRequest request(m_endpoint.urlFor(reply->verb()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1());
    request.setTransferTimeout(qMax(1, m_endpoint.timeoutMs));
    if (m_endpoint.baseUrl.scheme() == QLatin1String("https") && !m_endpoint.caCertificates.isEmpty()) {
        // Adds trust for a private CA; peer verification itself stays on.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_endpoint.caCertificates);
        request.setSslConfiguration(ssl);
    }

    QNetworkReply *nr = m_network->post(request, payload);
    reply->m_networkReply = nr;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(nr, &QNetworkReply::sslErrors, reply,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors += errors; });
    connect(nr, &QNetworkReply::downloadProgress, reply,
            [reply](qint64 received, qint64) { reply->m_bytesReceived = received; });
    connect(nr, &QNetworkReply::finished, reply,
            [this, reply, nr, sslErrors] { onNetworkFinished(reply, nr, *sslErrors); });
}

void JobApiClient::onNetworkFinished(JobApiReply *reply, QNetworkReply *nr, const QList<QSslError> &sslErrors)
{
    reply->m_networkReply = nullptr;
    nr->disconnect(reply);
    nr->deleteLater();
    if (reply->m_finished)
        return;

    const QByteArray body = nr->isOpen() ? nr->readAll() : QByteArray();
    reply->m_bytesReceived = qMax(reply->m_bytesReceived, qint64(body.size()));
    const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = nr->error();

    if (reply->m_generation != m_generation) {
        finishReply(reply, ApiError::canceled());
    } else if (status >= 300 || (status > 0 && status < 200)) {
        finishReply(reply, ApiError::fromHttp(status, body));
    } else if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        // Only the transfer timeout cancels a reply behind our back: abort() settles the
        // reply before the network layer reports anything.
        finishReply(reply, ApiError::timeout(m_endpoint.timeoutMs));
    } else if (networkError == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
        ApiError e = ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError,
                                           describeSslErrors(sslErrors, nr->errorString()));
        e.kind = ApiError::Kind::Tls;
        finishReply(reply, e);
    } else if (networkError != QNetworkReply::NoError) {
        finishReply(reply, ApiError::fromNetwork(networkError, nr->errorString()));
    } else {
        decodeBody(reply, body, nr->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    }
}

void JobApiClient::decodeBody(JobApiReply *reply, const QByteArray &body, const QByteArray &contentType)
{
    QString error;
    if (auto *listReply = qobject_cast<JobListReply *>(reply)) {
        // A page of a thousand jobs takes long enough to parse that the GUI would stutter.
        QtConcurrent::run([body] {
            DecodedPage decoded;
            StringPool pool;
            decoded.ok = JobDecoder::decodeList(body, &decoded.page, &decoded.error, &pool);
            return decoded;
        }).then(listReply, [this, listReply, contentType](DecodedPage decoded) {
            if (listReply->m_finished)
                return;
            if (listReply->m_generation != m_generation) {
                finishReply(listReply, ApiError::canceled());
            } else if (!decoded.ok) {
                finishReply(listReply, decodeError(decoded.error, contentType));
            } else {
                listReply->m_page = std::move(decoded.page);
                finishReply(listReply, {});
            }
        });
        return;
    }
    if (auto *getReply = qobject_cast<JobGetReply *>(reply)) {
        if (!JobDecoder::decodeJob(body, &getReply->m_job, &error)) {
            finishReply(reply, decodeError(error, contentType));
            return;
        }
    } else if (auto *statReply = qobject_cast<JobStatReply *>(reply)) {
        if (!JobDecoder::decodeStat(body, &statReply->m_result, &error)) {
            finishReply(reply, decodeError(error, contentType));
            return;
        }
    }
    // delete answers google.protobuf.Empty ({}); any 2xx means the job is gone.
    finishReply(reply, {});
}

void JobApiClient::finishReply(JobApiReply *reply, const ApiError &error)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = error;
    // Some gateways echo the offending token back in their message; it must not reach a log,
    // a status bar or a bug report from there.
    const QString token = m_endpoint.token.trimmed();
    if (!token.isEmpty() && token.size() >= 4)
        reply->m_error.message.replace(token, QStringLiteral("[token]"));
    m_active.removeAll(reply);
    if (QNetworkReply *nr = reply->m_networkReply) {
        reply->m_networkReply = nullptr;
        nr->disconnect(reply);
        nr->abort();
        nr->deleteLater();
    }
    QMetaObject::invokeMethod(
        reply,
        [this, reply] {
            emit reply->finished();
            emit requestFinished(reply->verb(), reply->bytesReceived(), reply->error());
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}
