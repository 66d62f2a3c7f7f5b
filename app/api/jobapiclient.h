// SPDX-License-Identifier: MIT
#pragma once

#include "apiendpoint.h"
#include "apierror.h"
#include "jobquery.h"
#include "requestpolicy.h"
#include "secretscrubber.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class DirectoryListReply;
class HttpTransport;
struct HttpResult;
class JobApiReply;
class JobDeleteReply;
class JobGetReply;
class JobListReply;
class JobStatReply;
class TimerSource;
class TrustedAccountSyncReply;

// Talks to the identity Job API through the console-api-v2 gateway: every verb is a POST with
// a JSON object body and a Bearer token. Each call returns a reply object that emits
// finished() once; the client deletes it afterwards.
//
// Every caller gets the same protection from a flaky or hostile server (RequestPolicy): list,
// get and stat are retried after transient errors with a short jittered backoff, every request
// ends within an overall deadline however slowly the bytes trickle in, and an answer that grows
// beyond its size cap is stopped while it downloads. A token whose own exp claim has passed is
// not sent, and whatever a server echoes of the token is scrubbed from error messages.
//
// The transfers themselves run on a thread of their own (HttpTransport): the calling thread
// builds each request and hears once when it has ended, so a poll of many requests costs the
// GUI thread little more than their answers.
class JobApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobApiClient)

public:
    explicit JobApiClient(QObject *parent = nullptr);
    ~JobApiClient() override;

    // Cancels every request in flight (they belong to the old server or token).
    void setEndpoint(const ApiEndpoint &endpoint);
    const ApiEndpoint &endpoint() const { return m_endpoint; }

    // Bumped by setEndpoint() and cancelAll(). Replies of an older generation finish with
    // ApiError::Kind::Canceled and never deliver data.
    quint64 generation() const { return m_generation; }

    void setRequestPolicy(const RequestPolicy &policy) { m_policy = policy; }
    const RequestPolicy &requestPolicy() const { return m_policy; }
    // The clock and timers of backoffs, deadlines and the token's expiry; not owned, must
    // outlive the client. Null restores the system's.
    void setTimerSource(TimerSource *timers);
    TimerSource *timerSource() const { return m_timers; }

    JobListReply *list(const JobListRequest &request);
    JobGetReply *get(const QString &jobId);
    JobDeleteReply *remove(const QString &jobId);
    JobStatReply *stat(const JobStatQuery &query);
    // POST .../<resource>/list of a directory resource (workspaces, trusted accounts, plugins);
    // `body` is the whole request, `rows` the most rows it can answer (sizes the reply's cap).
    DirectoryListReply *listDirectory(ApiResource resource, const QJsonObject &body, int rows);
    // POST .../trusted-account/sync: runs the account's collector again; the reply holds the new
    // job. Sent once, never retried.
    TrustedAccountSyncReply *syncTrustedAccount(const QString &trustedAccountId);

    void cancelAll();
    // Requests not finished yet, those waiting to be retried included.
    int requestsInFlight() const { return int(m_active.size()); }
    // Requests on the wire or being decoded, that is not waiting for a retry.
    int transfersInFlight() const;

    // "spaceone-job-monitor/0.1.0 (Qt 6.4.2)"
    static QByteArray userAgent();

Q_SIGNALS:
    // Every request's outcome, for status and debug views. Never carries the token.
    void requestFinished(const QString &verb, qint64 bytesReceived, const ApiError &error);
    void endpointChanged();

private:
    friend class JobApiReply;

    void send(JobApiReply *reply, const QJsonObject &body, int pageLimit = 0);
    void send(JobApiReply *reply, const QByteArray &body, int pageLimit = 0);
    void transmit(JobApiReply *reply);
    void onTransferFinished(quint64 id, const HttpResult &result);
    void decodeBody(JobApiReply *reply, const HttpResult &result);
    // Retries the request when the error allows it and time is left; otherwise finishes it.
    void failOrRetry(JobApiReply *reply, const ApiError &error);
    void dropTransfer(JobApiReply *reply);
    // Settles the outcome now and emits finished() from the event loop, so a caller never sees
    // finished() from inside list()/abort()/cancelAll().
    void finishReply(JobApiReply *reply, const ApiError &error);

    HttpTransport *m_transport = nullptr;
    QHash<quint64, QPointer<JobApiReply>> m_transfers;
    TimerSource *m_timers = nullptr;
    RequestPolicy m_policy;
    ApiEndpoint m_endpoint;
    SecretScrubber m_scrubber;
    qint64 m_tokenExpiresAtMs = -1;
    quint64 m_generation = 1;
    QList<QPointer<JobApiReply>> m_active;
};
