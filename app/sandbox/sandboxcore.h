// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jobstore.h"
#include "sandbox/jsonvalue.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/tokenauthority.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryDir;
class QTimer;

namespace sandbox {

class DirectoryService;
class FaultInjector;
class HttpFront;
class JobService;
class JobSimulator;
class NameCatalog;
class RequestLog;

// Everything that runs on the sandbox thread: the SQLite store, the HTTP front, the job service
// and the simulator. SandboxServer creates it, moves it to its thread and calls into it with
// blocking queued calls; every method here runs on that thread.
class SandboxCore : public QObject
{
    Q_OBJECT

public:
    SandboxCore(FaultInjector &faults, RequestLog &log);
    ~SandboxCore() override;

    bool start(const SandboxOptions &options, QString *error);
    void shutdown();

    quint16 port() const { return m_port; }
    QString domainId() const { return m_tokens.domainId(); }
    QStringList workspaceIds() const { return m_workspaces; }
    QStringList trustedAccountIds() const;
    QList<TokenAuthority::Entry> tokens() const { return m_entries; }
    QString issueToken(Role role, const QString &workspaceId, qint64 ttlSeconds) const;
    QString signClaims(const JsonValue &claims) const { return m_tokens.sign(claims); }
    QString tokensFilePath() const { return m_tokensFilePath; }

    bool insertJobs(const QList<JsonValue> &jobs, QString *error, bool anyStatus = false);
    bool deleteJob(const QString &jobId);
    std::optional<JobRecord> job(const QString &jobId) const;
    qint64 jobCount() const;
    // The sandbox's own verdict on stuck jobs: PENDING or IN_PROGRESS with updated_at (created_at
    // when unset) older than `thresholdMs` on the job clock, in the given workspaces (all when
    // empty). Sorted.
    QStringList stuckJobIds(qint64 thresholdMs, const QStringList &workspaceIds) const;
    QStringList jobIds(const QStringList &workspaceIds) const;
    // The server's clock for job timestamps and timediff filters: the wall clock plus an offset,
    // to play a server whose clock is ahead of or behind the desktop's. Tokens keep real time.
    qint64 jobClock() const;
    void setClockOffset(qint64 offsetMs);
    void setSimulationPaused(bool paused);
    bool simulationPaused() const { return m_paused; }
    // Whether the simulation's own timer runs (false when paused, or when nothing is simulated).
    bool simulationTicking() const;
    void stepSimulation(int ticks);
    QString startJob(const QString &trustedAccountId);

private:
    bool startImpl(const SandboxOptions &options, QString *error);
    // The database (a temporary one unless a path is given) and the signing secret it keeps.
    bool openDatabase(const SandboxOptions &options, QString *error);
    // Loads the data file and serves its own domain (the most frequent one) and workspaces.
    bool serveData(const QString &path, QString *domainId, QString *error);
    // The simulator and its history when no data is served; the workspaces either way.
    void startSimulator(const SandboxOptions &options, quint32 worldSeed, const QString &domainId);
    bool loadDataFile(const QString &path, QString *error);
    bool setUpTokens(const SandboxOptions &options, QString *error);
    // The services (jobs and the directory) behind the HTTP front, which starts listening.
    bool startHttp(const SandboxOptions &options, QString *error);
    // A job for POST /identity/trusted-account/sync; its id, or empty.
    QString startSyncJob(const QString &trustedAccountId);
    void onTick();
    // Ids of the jobs matching `where` (with `binds`) in these workspaces (all when empty), in
    // job_id order.
    QStringList idsWhere(QString where, QVariantList binds, const QStringList &workspaceIds) const;

    FaultInjector &m_faults;
    RequestLog &m_log;
    SandboxOptions m_options;
    JobStore m_store;
    TokenAuthority m_tokens;
    QList<TokenAuthority::Entry> m_entries;
    QStringList m_workspaces;
    QString m_tokensFilePath;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<JobService> m_service;
    std::unique_ptr<JobSimulator> m_simulator;
    std::unique_ptr<JobSimulator> m_syncOnly; // creates synced jobs when data is served
    std::unique_ptr<NameCatalog> m_catalog;
    std::unique_ptr<DirectoryService> m_directory;
    quint32 m_seed = 1;
    HttpFront *m_http = nullptr;
    QTimer *m_timer = nullptr;
    quint16 m_port = 0;
    bool m_paused = false;
    qint64 m_clockOffsetMs = 0;
};

} // namespace sandbox
