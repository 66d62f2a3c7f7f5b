// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class JobApiClient;
class JobApiReply;
class JobDeleteReply;

// Deletes a fixed list of job ids with a bounded number of requests in flight, and tells for
// each id what happened. It only ever sends the ids it was given: callers capture the ids the
// user confirmed, never row numbers, so nothing that happens to the table meanwhile can change
// which jobs are deleted.
class JobDeleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDeleter)

public:
    static constexpr int kDefaultMaxInFlight = 4;

    enum class Outcome {
        Waiting, // not sent yet
        Sending, // sent, no answer yet
        Deleted,
        AlreadyGone, // 404 ERROR_NOT_FOUND, and a get confirms the job is gone
        NotAllowed, // 403 for the token's role, or a 404 for a job the token can read but not delete
        Failed, // anything else; worth retrying
        NotSent, // canceled, or the connection changed, before it was sent
    };
    Q_ENUM(Outcome)

    struct Result
    {
        QString jobId;
        Outcome outcome = Outcome::Waiting;
        ApiError error; // set for AlreadyGone, NotAllowed and Failed
        // Was a request for this id actually sent (in the latest attempt)?
        bool sent = false;
        // NotAllowed because the job lies outside the token's scope (the server said "not
        // found" to the delete, yet the job can be read), rather than a 403 for the role.
        bool outOfScope = false;

        bool isFinal() const { return outcome != Outcome::Waiting && outcome != Outcome::Sending; }
        // The job is not on the server any more: its row can leave the table.
        bool isGone() const { return outcome == Outcome::Deleted || outcome == Outcome::AlreadyGone; }
        // One line for a person.
        QString message() const;
    };

    explicit JobDeleter(JobApiClient *client, QObject *parent = nullptr);
    ~JobDeleter() override;

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }

    // Starts deleting these ids (duplicates and empty ids are dropped, order kept). Forgets any
    // earlier results. Returns false, doing nothing, while a run is going on.
    bool start(const QStringList &ids);
    // Deletes again the ids whose last attempt failed (not the forbidden or already gone ones).
    // Returns false when there is nothing to retry or a run is going on.
    bool retryFailed();
    // Sends nothing more; requests already sent still finish and are reported.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCanceled() const { return m_canceled; }
    // Progress of the current (or last) run: finished ids out of ids in the run.
    int doneCount() const { return m_done; }
    int totalCount() const { return m_total; }
    int inFlightCount() const { return int(m_inFlight.size()); }

    QList<Result> results() const { return m_results; }
    Result result(const QString &jobId) const;
    QStringList idsWithOutcome(Outcome outcome) const;
    QStringList failedIds() const { return idsWithOutcome(Outcome::Failed); }
    int count(Outcome outcome) const;
    // Ids handed to the client in this object's lifetime, in sending order (retries repeat).
    const QStringList &sentIds() const { return m_sentIds; }

    // How an answer to a delete is read: 404 ERROR_NOT_FOUND is already gone (unless a get then
    // finds the job), 403 not allowed, everything else a failure.
    static Outcome classify(const ApiError &error);
    // A person's words for what the role explanation should say after a 403.
    static QString permissionExplanation();

Q_SIGNALS:
    void progress(int done, int total);
    void jobFinished(const JobDeleter::Result &result);
    // The run is over: every id of it has a final outcome.
    void finished();

private:
    void beginRun(const QStringList &ids);
    void pump();
    void onReplyFinished(JobDeleteReply *reply);
    void settle(const QString &jobId, Outcome outcome, const ApiError &error);
    void finishIfDone();

    QPointer<JobApiClient> m_client;
    int m_maxInFlight = kDefaultMaxInFlight;
    QList<Result> m_results;
    QHash<QString, int> m_indexById;
    QStringList m_queue; // ids of this run still to send, in order
    QList<QPointer<JobApiReply>> m_inFlight; // deletes, and gets that check a "not found"
    QStringList m_sentIds;
    quint64 m_generation = 0; // the client's, when the run began
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_canceled = false;
};

Q_DECLARE_METATYPE(JobDeleter::Result)
