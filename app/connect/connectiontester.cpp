// SPDX-License-Identifier: MIT
#include "connectiontester.h"

#include "api/apierror.h"
#include "api/httptransport.h"
#include "api/requestpolicy.h"
#include "api/secretscrubber.h"
#include "tlspolicy.h"
#include "transportpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace {
using Outcome = ConnectionTestResult::Outcome;

QString styleLabel(PathStyle style)
{
    return style == PathStyle::V2 ? ConnectionTester::tr("V2 (/identity/v2/job/…)")
                                  : ConnectionTester::tr("Console (/identity/job/…)");
}

PathStyle otherStyle(PathStyle style)
{
    return style == PathStyle::V2 ? PathStyle::Console : PathStyle::V2;
}

ConnectionTestResult make(Outcome outcome, const QString &message, int httpStatus = 0)
{
    ConnectionTestResult r;
    r.outcome = outcome;
    r.message = message;
    r.httpStatus = httpStatus;
    return r;
}

// A stat reply: {"results":[{"total":46.0}]}; an empty collection gives no row at all.
bool readCount(const QByteArray &body, double *count)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonValue results = doc.object().value(QLatin1String("results"));
    if (results.isUndefined()) {
        *count = 0;
        return true;
    }
    if (!results.isArray())
        return false;
    const QJsonArray rows = results.toArray();
    if (rows.isEmpty()) {
        *count = 0;
        return true;
    }
    const QJsonValue total = rows.first().toObject().value(QLatin1String("total"));
    if (!total.isDouble())
        return false;
    *count = total.toDouble();
    return true;
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionTester::handleTimeout);
}

ConnectionTester::~ConnectionTester() = default;

QByteArray ConnectionTester::statBody(const QString &workspaceId)
{
    QJsonObject query{
        { QStringLiteral("aggregate"),
          QJsonArray{ QJsonObject{
              { QStringLiteral("count"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("total") } } } } } }
    };
    if (!workspaceId.isEmpty())
        query.insert(QStringLiteral("filter"),
                     QJsonArray{ QJsonObject{ { QStringLiteral("k"), QStringLiteral("workspace_id") },
                                              { QStringLiteral("v"), workspaceId },
                                              { QStringLiteral("o"), QStringLiteral("eq") } } });
    return QJsonDocument(QJsonObject{ { QStringLiteral("query"), query } }).toJson(QJsonDocument::Compact);
}

void ConnectionTester::start(const ConnectionProfile &profile, const QString &token)
{
    cancel();
    ++m_generation;
    m_profile = profile;
    m_token = token.trimmed();
    m_firstAttempt.reset();

    const QString invalid = profile.validationError();
    if (!invalid.isEmpty()) {
        finishLater(make(Outcome::InvalidProfile, invalid));
        return;
    }
    const TransportPolicy::Decision decision = TransportPolicy::check(profile);
    if (!decision.allowed) {
        finishLater(make(Outcome::PlainHttpRefused, decision.reason));
        return;
    }
    QString caError;
    m_caCertificates.clear();
    if (!profile.caBundlePath.isEmpty()
        && !TlsPolicy::loadCaBundle(profile.caBundlePath, &m_caCertificates, &caError)) {
        finishLater(make(Outcome::CaBundleError, caError));
        return;
    }
    if (!m_transport) {
        m_transport = new HttpTransport(this);
        connect(m_transport, &HttpTransport::finished, this, &ConnectionTester::handleResult);
    }
    // Connections are reused per host and port whatever their TLS configuration, so a test
    // after the user changed the CA bundle would otherwise still use the old one.
    m_transport->clearConnectionCache();
    send(profile.pathStyle);
}

void ConnectionTester::cancel()
{
    ++m_generation; // drops a result queued by start() but not yet delivered
    m_timer->stop();
    if (const quint64 id = std::exchange(m_transferId, 0))
        m_transport->abort(id);
}

void ConnectionTester::send(PathStyle style)
{
    const QUrl url = m_profile.verbUrl(m_profile.baseUrl, style, QStringLiteral("stat"));
    HttpRequest request;
    request.url = url;
    request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                        { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } };
    if (!m_token.isEmpty())
        request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8() });
    // A redirect could carry the token elsewhere; report it instead of following it.
    request.followRedirects = false;
    request.caCertificates = m_caCertificates;

    m_timedOut = false;
    m_sentStyle = style;
    emit progress(tr("Asking %1 for a job count…").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    // A job count is a few bytes; whatever streams far more is not the API, and must not fill memory.
    m_transferId = m_transport->post(request, statBody(m_profile.workspaceId), RequestPolicy().minResponseBytes);
    m_timer->start(m_timeoutMs);
}

void ConnectionTester::handleTimeout()
{
    const quint64 id = std::exchange(m_transferId, 0);
    if (!id)
        return;
    m_transport->abort(id);
    m_timedOut = true;
    conclude(HttpResult());
}

void ConnectionTester::handleResult(quint64 id, const HttpResult &result)
{
    if (id == 0 || id != m_transferId)
        return;
    m_transferId = 0;
    m_timer->stop();
    conclude(result);
}

void ConnectionTester::conclude(const HttpResult &reply)
{
    const PathStyle style = m_sentStyle;
    ConnectionTestResult result = interpret(reply, style);
    result.testedStyle = m_profile.pathStyle;

    if (!m_firstAttempt) {
        if (result.outcome == Outcome::UnknownPath) {
            m_firstAttempt = result;
            emit progress(tr("That path does not exist; trying the %1 path style…").arg(styleLabel(otherStyle(style))));
            send(otherStyle(style));
            return;
        }
        finish(result);
        return;
    }

    // Second attempt, with the other path style.
    const PathStyle tried = otherStyle(m_profile.pathStyle);
    ConnectionTestResult first = *m_firstAttempt;
    m_firstAttempt.reset();
    const bool otherPathExists = result.outcome != Outcome::UnknownPath && result.httpStatus != 0;
    if (!otherPathExists) {
        first.message = tr("%1 does not exist on this server, and neither does the %2 path. Check that the URL is "
                           "console-api-v2's address (e.g. https://console-v2.api.example.com), not the web "
                           "console's.")
                            .arg(m_profile.verbUrl(QStringLiteral("stat")).toDisplayString(QUrl::RemoveUserInfo),
                                 styleLabel(tried));
        finish(first);
        return;
    }
    ConnectionTestResult wrong = make(Outcome::WrongPathStyle, {}, 404);
    wrong.workingStyle = tried;
    wrong.jobCount = result.jobCount;
    if (result.isSuccess()) {
        wrong.message = tr("Wrong path style: %1 does not exist, but the %2 path works (%3). Switch the path style "
                           "to %2.")
                            .arg(m_profile.verbUrl(QStringLiteral("stat")).toDisplayString(QUrl::RemoveUserInfo),
                                 styleLabel(tried), result.message);
    } else {
        wrong.message = tr("Wrong path style: %1 does not exist, but the %2 path does. Switch the path style to %2; "
                           "that path then answered: %3")
                            .arg(m_profile.verbUrl(QStringLiteral("stat")).toDisplayString(QUrl::RemoveUserInfo),
                                 styleLabel(tried), result.message);
    }
    finish(wrong);
}

ConnectionTestResult ConnectionTester::interpret(const HttpResult &reply, PathStyle style)
{
    const QString host = m_profile.baseUrl.host();
    const int status = reply.status;

    if (reply.tooLarge)
        return make(
            Outcome::BadResponse,
            tr("%1 answered with far more data than a job count; it is not console-api-v2. Check the URL.").arg(host));
    if (m_timedOut)
        return make(Outcome::Timeout,
                    tr("No answer from %1 within %2 s. The server may be down, or a firewall may drop the "
                       "connection; check the URL and port.")
                        .arg(host)
                        .arg(m_timeoutMs / 1000.0, 0, 'f', m_timeoutMs % 1000 == 0 ? 0 : 1));

    if (status == 0 || (reply.error != QNetworkReply::NoError && status < 300)) {
        if (!reply.tlsProblems.isEmpty() || reply.error == QNetworkReply::SslHandshakeFailedError)
            return describeTlsFailure(reply, host);
        return describeNetworkFailure(reply.error, host, reply.errorString);
    }

    if (status >= 300 && status < 400) {
        return make(Outcome::Redirected,
                    tr("The server redirects (HTTP %1) to %2 instead of answering. Use the final address as the "
                       "URL; the token is not sent along redirects.")
                        .arg(status)
                        .arg(reply.redirectTarget.toDisplayString(QUrl::RemoveUserInfo)),
                    status);
    }

    if (status >= 200 && status < 300)
        return describeAnswer(reply.body, status, host);
    return describeHttpError(reply.body, reply.contentType, status, style);
}

ConnectionTestResult ConnectionTester::describeTlsFailure(const HttpResult &reply, const QString &host)
{
    ConnectionTestResult r = make(Outcome::Tls, {});
    r.certificateDetails = reply.certificateDetails;
    const QString why = reply.tlsProblems.isEmpty()
        ? reply.errorString
        : TlsPolicy::describeProblems(reply.tlsProblems, reply.certificateDetails);
    r.message = tr("Refused the secure connection to %1: its certificate is not trusted (%2). If this is a "
                   "private deployment, ask its administrator for the CA certificate, compare the "
                   "fingerprint, and set it as this connection's CA bundle.")
                    .arg(host, why);
    return r;
}

ConnectionTestResult ConnectionTester::describeAnswer(const QByteArray &body, int status, const QString &host)
{
    double count = 0;
    if (!readCount(body, &count))
        return make(Outcome::BadResponse,
                    tr("%1 answered, but not like console-api-v2 (the reply is not a job count). Check that the "
                       "URL is console-api-v2's address.")
                        .arg(host),
                    status);
    ConnectionTestResult r = make(Outcome::Connected, {}, status);
    r.jobCount = count;
    const QString number = QLocale().toString(qlonglong(count));
    r.message = m_profile.workspaceId.isEmpty()
        ? tr("Connected: %1 jobs visible").arg(number)
        : tr("Connected: %1 jobs visible in workspace %2").arg(number, m_profile.workspaceId);
    return r;
}

ConnectionTestResult ConnectionTester::describeHttpError(const QByteArray &body, const QByteArray &contentType,
                                                         int status, PathStyle style)
{
    const ApiError error = ApiError::fromHttp(status, body, contentType);
    // A gateway may echo the rejected token; it must not end up in the dialog.
    const SecretScrubber scrubber(m_token);
    const QString detail = scrubber.scrub(
        error.code.isEmpty() ? error.message : QStringLiteral("%1: %2").arg(error.code, error.message));
    switch (status) {
    case 401:
        return make(Outcome::Unauthorized,
                    m_token.isEmpty()
                        ? tr("The server wants a token (HTTP 401). Paste an API key or access token.")
                        : tr("The server rejected the token (HTTP 401: %1). It is expired, revoked or for another "
                             "deployment; get a new token or API key.")
                              .arg(detail),
                    status);
    case 403:
        return make(Outcome::Forbidden,
                    tr("The token is valid, but its role may not read jobs (HTTP 403: %1). Use a domain admin, "
                       "workspace owner or workspace member token.")
                        .arg(detail),
                    status);
    case 404:
        if (error.isUnknownPath())
            return make(Outcome::UnknownPath,
                        tr("%1 does not exist on this server (HTTP 404).")
                            .arg(m_profile.verbUrl(m_profile.baseUrl, style, QStringLiteral("stat"))
                                     .toDisplayString(QUrl::RemoveUserInfo)),
                        status);
        break;
    default:
        break;
    }
    return make(Outcome::HttpError, tr("The server answered with an error (HTTP %1: %2).").arg(status).arg(detail),
                status);
}

ConnectionTestResult ConnectionTester::describeNetworkFailure(QNetworkReply::NetworkError error, const QString &host,
                                                              const QString &detail)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return make(Outcome::HostNotFound,
                    tr("Host not found: the name %1 does not resolve. Check the spelling of the URL, your DNS, VPN or "
                       "proxy settings.")
                        .arg(host));
    case QNetworkReply::ConnectionRefusedError:
        return make(Outcome::ConnectionRefused,
                    tr("Connection refused by %1: nothing listens at that address and port. Check the URL's port and "
                       "that the server is running.")
                        .arg(host));
    case QNetworkReply::TimeoutError:
        return make(Outcome::Timeout, tr("The connection to %1 timed out.").arg(host));
    case QNetworkReply::SslHandshakeFailedError:
        return make(Outcome::Tls, tr("The secure connection to %1 failed: %2.").arg(host, detail));
    case QNetworkReply::OperationCanceledError:
        return make(Outcome::Canceled, tr("The test was canceled."));
    case QNetworkReply::RemoteHostClosedError:
        return make(Outcome::NetworkError,
                    tr("%1 closed the connection without answering. Is it an http server, and is the URL's "
                       "scheme (http/https) right?")
                        .arg(host));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyConnectionClosedError:
        return make(Outcome::NetworkError, tr("The proxy failed: %1. Check the system proxy settings.").arg(detail));
    default:
        break;
    }
    return make(Outcome::NetworkError, tr("Network error talking to %1: %2.").arg(host, detail));
}

void ConnectionTester::finish(ConnectionTestResult result)
{
    result.testedStyle = m_profile.pathStyle;
    m_token.clear();
    emit finished(result);
}

void ConnectionTester::finishLater(ConnectionTestResult result)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, result]() {
        if (generation == m_generation)
            finish(result);
    });
}
