// SPDX-License-Identifier: MIT
#pragma once

#include "apiendpoint.h"
#include "apierror.h"
#include "jobquery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class JobApiReply;
class JobDeleteReply;
class JobGetReply;
class JobListReply;
class JobStatReply;
class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// Talks to the identity Job API through the console-api-v2 gateway: every verb is a POST with
// a JSON object body and a Bearer token. Each call returns a reply object that emits
// finished() once; the client deletes it afterwards.
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

    JobListReply *list(const JobListRequest &request);
    JobGetReply *get(const QString &jobId);
    JobDeleteReply *remove(const QString &jobId);
    JobStatReply *stat(const JobStatQuery &query);

    void cancelAll();
    int requestsInFlight() const { return int(m_active.size()); }

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // "spaceone-job-monitor/0.1.0 (Qt 6.4.2)"
    static QByteArray userAgent();

Q_SIGNALS:
    // Every request's outcome, for status and debug views. Never carries the token.
    void requestFinished(const QString &verb, qint64 bytesReceived, const ApiError &error);
    void endpointChanged();

private:
    friend class JobApiReply;

    void send(JobApiReply *reply, const QJsonObject &body);
    void onNetworkFinished(JobApiReply *reply, QNetworkReply *networkReply, const QList<QSslError> &sslErrors);
    void decodeBody(JobApiReply *reply, const QByteArray &body, const QByteArray &contentType);
    // Settles the outcome now and emits finished() from the event loop, so a caller never sees
    // finished() from inside list()/abort()/cancelAll().
    void finishReply(JobApiReply *reply, const ApiError &error);

    QNetworkAccessManager *m_network = nullptr;
    ApiEndpoint m_endpoint;
    quint64 m_generation = 1;
    QList<QPointer<JobApiReply>> m_active;
};
