// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class JobApiClient;
class NameDirectory;
class TokenInfo;
class TrustedAccountSyncReply;

// Runs the collectors of trusted accounts again ("Sync now"): one POST
// .../trusted-account/sync per account, one after the other, each answered with the job it
// started. Callers name jobs; the syncer asks once per distinct account, however many of the
// account's jobs were chosen.
class TrustedAccountSyncer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustedAccountSyncer)

public:
    // One account to sync, as the chosen jobs describe it.
    struct Target
    {
        QString trustedAccountId;
        QString workspaceId; // of its jobs; "*" for a domain-wide account
        QString name; // from the name directory; empty when unknown
        QString provider;
        // Why the token's role may not sync this account; empty when it may or the server decides.
        QString refusal;

        bool isAllowed() const { return refusal.isEmpty(); }
        // "aws-prod-billing (ta-93de0d464817)", or the id alone.
        QString label() const;
        // "aws-prod-billing", or the id where no name is known.
        QString displayName() const { return name.isEmpty() ? trustedAccountId : name; }
    };

    enum class Outcome {
        Waiting,
        Started, // a new job was created and will run
        AlreadyRunning, // the server created the job as FAILURE: a sync of the account is running
        NotFound, // the account was deleted (or is outside the token's scope)
        NotAllowed, // 403
        Unknown, // no answer in time: the job may or may not have been created
        Failed,
    };

    struct Result
    {
        Target target;
        Outcome outcome = Outcome::Waiting;
        Job job; // the job the server answered with (Started and AlreadyRunning)
        ApiError error;
        // One line for a person.
        QString message() const;
    };

    // The client must outlive the syncer.
    explicit TrustedAccountSyncer(JobApiClient *client, QObject *parent = nullptr);
    ~TrustedAccountSyncer() override;

    // The distinct accounts of `jobs`, in the order they first appear, named from `names` (may
    // be null) and judged against what `token` says of its role.
    static QList<Target> targetsFor(const QList<Job> &jobs, const TokenInfo &token, const NameDirectory *names);
    // Why `token` may not sync an account of `workspaceId` ("*": domain-wide); empty when it may,
    // or when its role is unknown and the server must decide.
    static QString refusalFor(const TokenInfo &token, const QString &workspaceId);
    // The token may sync some accounts (domain admin, workspace owner, or a role the server decides).
    static bool maySyncAny(const TokenInfo &token);
    static Outcome classify(const Job &job, const ApiError &error);
    // What happened to one account, in one line for a person.
    static QString describe(const Result &result);

    // Syncs the allowed ones of `targets`, one request at a time; the refused ones are not sent.
    void start(const QList<Target> &targets);
    // Sends nothing more; a request already sent may still create its job.
    void cancel();

    const QList<Result> &results() const { return m_results; }
    bool isRunning() const { return m_running; }
    int count(Outcome outcome) const;
    // The jobs the server created and will run.
    QList<Job> startedJobs() const;

Q_SIGNALS:
    void resultChanged(int index);
    void finished();

private:
    void sendNext();
    void onReplyFinished(int index, TrustedAccountSyncReply *reply);

    QPointer<JobApiClient> m_client;
    QPointer<TrustedAccountSyncReply> m_reply;
    QList<Result> m_results;
    int m_next = 0;
    bool m_running = false;
};
