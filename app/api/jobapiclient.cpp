// SPDX-License-Identifier: MIT
#include "jobapiclient.h"

#include "directorylistreply.h"
#include "httptransport.h"
#include "jobapireply.h"
#include "jobdecoder.h"
#include "jobdeletereply.h"
#include "jobgetreply.h"
#include "joblistreply.h"
#include "jobstatreply.h"
#include "jsonwriter.h"
#include "jwtclaims.h"
#include "stringpool.h"
#include "timersource.h"
#include "trustedaccountsyncreply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <memory>

namespace {
// What a decoder made of a body on the transport thread: the value, or why not.
template <typename T> struct Decoded
{
    T value;
    QString error;
    bool ok = false;
};

template <typename T> HttpTransport::Decoder decoderOf(std::function<bool(const QByteArray &, T *, QString *)> decode)
{
    return [decode = std::move(decode)](const QByteArray &body) {
        auto decoded = std::make_shared<Decoded<T>>();
        decoded->ok = decode(body, &decoded->value, &decoded->error);
        return std::shared_ptr<void>(std::move(decoded));
    };
}

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

QString describeTlsProblems(const QList<TlsProblem> &problems, const QString &fallback)
{
    QStringList parts;
    for (const TlsProblem &problem : problems) {
        QString part = problem.error;
        if (problem.namesCertificate)
            part += QCoreApplication::translate("JobApiClient", " (certificate subject: %1; issuer: %2)")
                        .arg(problem.subject, problem.issuer);
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
    , m_transport(new HttpTransport(this))
    , m_timers(TimerSource::system())
{
    connect(m_transport, &HttpTransport::finished, this, &JobApiClient::onTransferFinished);
}

JobApiClient::~JobApiClient()
{
    // No transfer's end may reach a half-destroyed client.
    m_transport->disconnect(this);
}

void JobApiClient::setEndpoint(const ApiEndpoint &endpoint)
{
    // Kept-alive TLS connections were verified against the old trusted CAs (and maybe another
    // host): a new endpoint negotiates afresh.
    const bool renegotiate
        = endpoint.caCertificates != m_endpoint.caCertificates || endpoint.baseUrl != m_endpoint.baseUrl;
    m_endpoint = endpoint;
    m_scrubber = SecretScrubber(endpoint.token);
    m_tokenExpiresAtMs = JwtClaims::expiresAtMs(endpoint.token);
    cancelAll();
    if (renegotiate)
        m_transport->clearConnectionCache();
    emit endpointChanged();
}

void JobApiClient::setTimerSource(TimerSource *timers)
{
    m_timers = timers ? timers : TimerSource::system();
}

int JobApiClient::transfersInFlight() const
{
    int n = 0;
    for (const QPointer<JobApiReply> &reply : m_active) {
        if (reply && !reply->m_retryTimer)
            ++n;
    }
    return n;
}

JobListReply *JobApiClient::list(const JobListRequest &request)
{
    auto *reply = new JobListReply(m_generation, this);
    send(reply, request.toBytes(), request.query.countOnly ? 0 : request.query.pageLimit);
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
    send(reply, query.toBytes());
    return reply;
}

DirectoryListReply *JobApiClient::listDirectory(ApiResource resource, const QJsonObject &body, int rows)
{
    auto *reply = new DirectoryListReply(resource, m_generation, this);
    send(reply, body, rows);
    return reply;
}

TrustedAccountSyncReply *JobApiClient::syncTrustedAccount(const QString &trustedAccountId)
{
    auto *reply = new TrustedAccountSyncReply(trustedAccountId, m_generation, this);
    send(reply, QJsonObject{ { QLatin1String("trusted_account_id"), trustedAccountId } });
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

void JobApiClient::send(JobApiReply *reply, const QJsonObject &body, int pageLimit)
{
    send(reply, JsonWriter::compact(body), pageLimit);
}

void JobApiClient::send(JobApiReply *reply, const QByteArray &body, int pageLimit)
{
    m_active.append(reply);
    reply->m_payload = body;
    reply->m_pageLimit = pageLimit;
    reply->m_startedMs = m_timers->nowMs();

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
    // The server would answer 401 anyway; saying that the token's own expiry passed tells the
    // user what to do, and an expired credential never travels.
    if (m_tokenExpiresAtMs != JwtClaims::kNoTime && m_tokenExpiresAtMs <= reply->m_startedMs) {
        finishReply(reply, ApiError::tokenExpired(m_tokenExpiresAtMs, reply->m_startedMs));
        return;
    }
    const int deadlineMs = m_policy.deadlineMs(m_endpoint.timeoutMs);
    reply->m_deadlineTimer = m_timers->singleShot(deadlineMs, reply, [this, reply, deadlineMs] {
        if (!reply->m_finished)
            finishReply(reply, ApiError::deadline(deadlineMs));
    });
    transmit(reply);
}

void JobApiClient::transmit(JobApiReply *reply)
{
    ++reply->m_attempts;
    reply->m_bytesSent += reply->m_payload.size();
    reply->m_bytesReceivedBefore = reply->m_bytesReceived;

    HttpRequest request;
    request.url = m_endpoint.urlFor(reply->resource(), reply->verb());
    // send() refused an empty token, so every request carries one.
    const QString token = m_endpoint.token.trimmed();
    request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                        { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") },
                        { QByteArrayLiteral("User-Agent"), userAgent() },
                        { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1() } };
    request.transferTimeoutMs = qMax(1, m_endpoint.timeoutMs);
    request.caCertificates = m_endpoint.caCertificates;

    // Bodies are parsed where they arrive: a page of a thousand jobs takes long enough that the
    // GUI would stutter, and the counts a poll asks for were a tenth of its GUI time.
    HttpTransport::Decoder decoder;
    if (qobject_cast<JobListReply *>(reply)) {
        decoder = decoderOf<JobListPage>([](const QByteArray &body, JobListPage *page, QString *error) {
            StringPool pool;
            return JobDecoder::decodeList(body, page, error, &pool);
        });
    } else if (qobject_cast<JobStatReply *>(reply)) {
        decoder = decoderOf<JobStatResult>(&JobDecoder::decodeStat);
    } else if (qobject_cast<DirectoryListReply *>(reply)) {
        decoder = decoderOf<QList<DirectoryEntry>>(
            [resource = reply->resource()](const QByteArray &body, QList<DirectoryEntry> *entries, QString *error) {
                return DirectoryListReply::decode(body, resource, entries, error);
            });
    }
    const quint64 id = m_transport->post(request, reply->m_payload,
                                         m_policy.responseCap(reply->verb(), reply->m_pageLimit), std::move(decoder));
    reply->m_transferId = id;
    m_transfers.insert(id, reply);
}

void JobApiClient::dropTransfer(JobApiReply *reply)
{
    if (const quint64 id = std::exchange(reply->m_transferId, 0)) {
        m_transfers.remove(id);
        m_transport->abort(id);
    }
}

void JobApiClient::failOrRetry(JobApiReply *reply, const ApiError &error)
{
    if (reply->m_finished)
        return;
    const bool again = reply->m_generation == m_generation && RequestPolicy::isIdempotent(reply->verb())
        && reply->m_attempts < m_policy.maxAttempts && RequestPolicy::isRetryable(error);
    if (again) {
        const int delay = m_policy.retryDelay(reply->m_attempts, QRandomGenerator::global()->generateDouble());
        const qint64 elapsed = m_timers->nowMs() - reply->m_startedMs;
        // A retry that could not finish before the deadline only hides the error longer.
        if (elapsed + delay < m_policy.deadlineMs(m_endpoint.timeoutMs)) {
            dropTransfer(reply);
            reply->m_retryTimer = m_timers->singleShot(delay, reply, [this, reply] {
                if (!reply->m_finished)
                    transmit(reply);
            });
            return;
        }
    }
    finishReply(reply, error);
}

void JobApiClient::onTransferFinished(quint64 id, const HttpResult &result)
{
    const QPointer<JobApiReply> reply = m_transfers.take(id);
    if (!reply || reply->m_transferId != id)
        return;
    reply->m_transferId = 0;
    if (reply->m_finished)
        return;
    reply->m_bytesReceived = qMax(reply->m_bytesReceived, reply->m_bytesReceivedBefore + result.bytesReceived);
    const int status = result.status;
    const QNetworkReply::NetworkError networkError = result.error;

    if (result.tooLarge) {
        finishReply(reply, ApiError::tooLarge(m_policy.responseCap(reply->verb(), reply->m_pageLimit)));
    } else if (reply->m_generation != m_generation) {
        finishReply(reply, ApiError::canceled());
    } else if (status >= 300 || (status > 0 && status < 200)) {
        failOrRetry(reply, ApiError::fromHttp(status, result.body, result.contentType));
    } else if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        // Only the transfer timeout cancels a reply behind our back: abort() settles the
        // reply before the network layer reports anything.
        failOrRetry(reply, ApiError::timeout(m_endpoint.timeoutMs));
    } else if (networkError == QNetworkReply::SslHandshakeFailedError || !result.tlsProblems.isEmpty()) {
        ApiError e = ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError,
                                           describeTlsProblems(result.tlsProblems, result.errorString));
        e.kind = ApiError::Kind::Tls;
        finishReply(reply, e);
    } else if (networkError != QNetworkReply::NoError) {
        failOrRetry(reply, ApiError::fromNetwork(networkError, result.errorString));
    } else {
        decodeBody(reply, result);
    }
}

void JobApiClient::decodeBody(JobApiReply *reply, const HttpResult &result)
{
    const QByteArray &body = result.body;
    const QByteArray &contentType = result.contentType;
    QString error;
    // A decoded value moves into the reply; false when the reply failed (or retries).
    const auto take = [&](auto *target) {
        using T = std::remove_pointer_t<decltype(target)>;
        const auto decoded = std::static_pointer_cast<Decoded<T>>(result.decoded);
        if (!decoded) {
            failOrRetry(reply, ApiError::decode(QStringLiteral("the answer was not decoded")));
            return false;
        }
        if (!decoded->ok) {
            failOrRetry(reply, decodeError(decoded->error, contentType));
            return false;
        }
        *target = std::move(decoded->value);
        return true;
    };
    if (auto *listReply = qobject_cast<JobListReply *>(reply)) {
        if (!take(&listReply->m_page))
            return;
    } else if (auto *statReply = qobject_cast<JobStatReply *>(reply)) {
        if (!take(&statReply->m_result))
            return;
    } else if (auto *directoryReply = qobject_cast<DirectoryListReply *>(reply)) {
        if (!take(&directoryReply->m_entries))
            return;
    } else if (auto *getReply = qobject_cast<JobGetReply *>(reply)) {
        if (!JobDecoder::decodeJob(body, &getReply->m_job, &error)) {
            failOrRetry(reply, decodeError(error, contentType));
            return;
        }
    } else if (auto *syncReply = qobject_cast<TrustedAccountSyncReply *>(reply)) {
        if (!JobDecoder::decodeJob(body, &syncReply->m_job, &error)) {
            failOrRetry(reply, decodeError(error, contentType));
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
    reply->m_error.attempts = qMax(1, reply->m_attempts);
    // Some gateways echo the offending token back in their message, whole or in part; it must
    // not reach a log, a status bar or a bug report from there.
    reply->m_error.message = m_scrubber.scrub(reply->m_error.message);
    reply->m_error.code = m_scrubber.scrub(reply->m_error.code);
    m_active.removeAll(reply);
    delete reply->m_deadlineTimer.data();
    delete reply->m_retryTimer.data();
    dropTransfer(reply);
    QMetaObject::invokeMethod(
        reply,
        [this, reply] {
            emit reply->finished();
            emit requestFinished(reply->verb(), reply->bytesReceived(), reply->error());
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}
