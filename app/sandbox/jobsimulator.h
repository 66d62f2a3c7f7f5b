// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jobrecord.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <random>

namespace sandbox {

class JobStore;

// A seeded generator of realistic identity jobs, and their live life cycle.
//
// The world (domain, workspaces, trusted accounts with their providers and collector plugins)
// follows from the seed alone. generateHistory() fills an empty store with days of finished
// jobs (mostly SUCCESS, some FAILURE with provider-specific error texts, CANCELED ones that a
// later run superseded, duplicate-run failures), a few jobs stuck in PENDING or IN_PROGRESS for
// hours, and a handful of recent active ones.
//
// tick() advances the live simulation by one step: new jobs arrive at `jobsPerMinute` (Poisson)
// and active jobs move PENDING -> IN_PROGRESS -> SUCCESS / FAILURE. Every new job goes through
// identity's duplicate check (JobService._check_duplicate_job): if the account has an
// IN_PROGRESS job created less than 10 minutes ago the new job fails at once with "The same job
// is already running. (trusted_account_id = ta-...)"; otherwise older IN_PROGRESS jobs of the
// account are CANCELED. Every change refreshes updated_at. Decisions come from the seeded
// generator and are counted in ticks, so a sequence of ticks is reproducible.
class JobSimulator
{
public:
    struct Account
    {
        QString trustedAccountId;
        QString provider;
        QString pluginId;
        QString resourceGroup; // DOMAIN or WORKSPACE
        QString workspaceId; // "*" for DOMAIN accounts
        QString cloudAccount; // provider-side account number/project/subscription, for messages
        // Deleted from identity: its old jobs remain (deleting an account keeps its jobs), no
        // new ones arrive.
        bool deleted = false;
    };
    struct Plugin
    {
        QString pluginId;
        QString provider;
    };

    JobSimulator(JobStore &store, quint32 seed, const QString &domainId);

    // A domain id derived from a seed (`domain-` + 12 hex).
    static QString domainIdForSeed(quint32 seed);

    const QStringList &workspaces() const { return m_workspaces; }
    const QVector<Account> &accounts() const { return m_accounts; }
    // The collector plugins the accounts' jobs run.
    static QVector<Plugin> plugins();

    // Fills the store with `count` jobs whose history ends at `nowMsecs`.
    void generateHistory(int count, qint64 nowMsecs);
    // Gives active jobs created in the last 30 minutes a plan again (after a restart); older
    // active jobs stay stuck, as they would in the real system.
    void adoptActiveJobs(qint64 nowMsecs);
    // One step of `tickMs` milliseconds. Returns the number of jobs created or changed.
    int tick(qint64 nowMsecs, double jobsPerMinute, int tickMs);
    // Starts a job for a trusted account now (as POST /identity/trusted-account/sync would),
    // applying the duplicate rule. Unknown accounts are looked up from their latest job.
    // Returns the new job id, or an empty string when the account is unknown.
    QString startJob(const QString &trustedAccountId, qint64 nowMsecs, int tickMs = 1000);

    // The plan of a live job is forgotten when the job is deleted or replaced from outside.
    void forget(const QString &jobId) { m_plans.remove(jobId); }

private:
    struct Plan
    {
        int pendingTicks = 0;
        int runTicks = 0;
        QString outcome; // SUCCESS or FAILURE
        QString errorMessage;
    };

    QString newJobId();
    QString errorMessageFor(const Account &account, std::mt19937 &rng) const;
    Plan makePlan(const Account &account, int tickMs);
    const Account &pickAccount(std::mt19937 &rng) const;
    // A job of the account created at `createdMsecs`, PENDING, nothing else set yet.
    JobRecord newRecord(const Account &a, const QString &jobId, qint64 createdMsecs) const;
    // One generated job's life up to now: stuck, failed, superseded or finished.
    void liveHistoricalJob(JobRecord &j, const Account &a, qint64 t, qint64 nowMsecs, std::mt19937 &rng) const;
    QString startJobFor(const Account &account, qint64 nowMsecs, int tickMs);

    JobStore &m_store;
    QString m_domainId;
    std::mt19937 m_worldRng;
    std::mt19937 m_liveRng;
    QStringList m_workspaces;
    QVector<Account> m_accounts;
    QHash<QString, Plan> m_plans;
    qint64 m_lastStamp = 0;
};

} // namespace sandbox
