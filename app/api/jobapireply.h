// SPDX-License-Identifier: MIT
#pragma once

#include "apiendpoint.h"
#include "apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>

class JobApiClient;

// One request to the Job API. The client deletes it (deleteLater) right after finished(), so
// take the data in the slot connected to finished(). finished() is emitted exactly once and
// never from inside the call that created or aborted the request.
class JobApiReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobApiReply)

public:
    ~JobApiReply() override;

    QString verb() const { return m_verb; }
    // What the verb applies to: the Job, or a resource of the directory.
    ApiResource resource() const { return m_resource; }
    const ApiError &error() const { return m_error; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    // The client's generation when the request was made.
    quint64 generation() const { return m_generation; }
    // Over every attempt, retries included.
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }
    // How many times the request was sent (idempotent calls are retried after transient errors).
    int attempts() const { return m_attempts; }

    // Ends the request; it finishes with ApiError::Kind::Canceled and delivers no data.
    void abort();

Q_SIGNALS:
    void finished();

protected:
    JobApiReply(const QString &verb, quint64 generation, JobApiClient *client, ApiResource resource = ApiResource::Job);

private:
    friend class JobApiClient;

    QString m_verb;
    ApiResource m_resource = ApiResource::Job;
    quint64 m_generation = 0;
    QPointer<JobApiClient> m_client;
    quint64 m_transferId = 0; // HttpTransport's id of the attempt on the wire, 0 when none
    ApiError m_error;
    QByteArray m_payload; // kept for retries
    int m_pageLimit = 0; // rows a list asked for; sizes the response cap
    int m_attempts = 0;
    qint64 m_startedMs = 0; // the timer source's clock
    QPointer<QObject> m_deadlineTimer;
    QPointer<QObject> m_retryTimer;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesReceivedBefore = 0; // by earlier attempts
    qint64 m_bytesSent = 0;
    bool m_finished = false; // the outcome is settled, even if finished() is still queued
};
