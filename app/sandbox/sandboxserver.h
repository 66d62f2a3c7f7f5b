// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/faultoptions.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/requestlog.h"
#include "sandbox/role.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/tokenauthority.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <type_traits>

class QThread;

namespace sandbox {

class SandboxCore;

// A SpaceONE-compatible sandbox server for the identity v2 Job API, answering exactly the way
// console-api-v2 in front of the identity service answers (see spaceone-job-api.md).
//
// It owns a worker QThread: the HTTP server (Qt HttpServer on 127.0.0.1), the SQLite store and
// the simulator live there, so a GUI thread never waits on SQL. Every public method is
// thread-safe; calls into the store run as blocking queued calls on the worker thread.
// Several sandboxes can run in one process.
//
//   sandbox::SandboxServer server;
//   QString error;
//   if (!server.start(SandboxOptions{}, &error)) ...
//   POST server.baseUrl() + "/identity/job/list" with "Authorization: Bearer " + server.defaultToken()
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Blocks until the server listens (or failed). A running server is stopped first.
    bool start(const SandboxOptions &options, QString *errorMessage = nullptr);
    // Returns at once and opens the database and the port on the server's own thread, so a
    // window can paint meanwhile; started() or startFailed() follows on this object's thread.
    // Calls made before that wait until the start is over. A running server is stopped first.
    void startInBackground(const SandboxOptions &options);
    bool isStarting() const { return m_starting; }
    // Stops the server; every acknowledged change is already on disk.
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const;
    QString domainId() const;
    QStringList workspaceIds() const; // the sandbox's workspaces (simulated or from the data)
    QStringList trustedAccountIds() const; // the simulated trusted accounts
    SandboxOptions options() const { return m_options; }

    // A long-lived token (10 years) for the role; workspace roles default to the first workspace.
    // The same string is returned for the same arguments.
    QString tokenFor(Role role, const QString &workspaceId = {}) const;
    // A freshly signed token with the given lifetime (negative: already expired).
    QString issueToken(Role role, const QString &workspaceId = {}, qint64 ttlSeconds = 3600) const;
    // Signs arbitrary claims with the sandbox's key (for tests of unusual tokens).
    QString signClaims(const QJsonObject &claims) const;
    // The DOMAIN_ADMIN token the app uses for its built-in "Local sandbox" profile.
    QString defaultToken() const;
    // The tokens configured from the token file, or generated at start (one per role).
    QList<TokenAuthority::Entry> tokens() const;
    // Where the generated tokens were written (empty when none was written).
    QString tokensFilePath() const;

    // --- test hooks (thread-safe) --------------------------------------------------------------
    FaultOptions faults() const;
    void setFaults(const FaultOptions &faults);
    QList<RecordedRequest> requests() const;
    void clearRequests();

    // Insert or replace jobs given as JobInfo objects (as the list endpoint returns them).
    bool insertJobs(const QList<QJsonObject> &jobs, QString *error = nullptr);
    // Like insertJobs(), but any status text, even an empty one, is stored as it is: documents
    // that older versions or edits by hand left in the database (the service itself only ever
    // writes the five statuses).
    bool insertLegacyJobs(const QList<QJsonObject> &jobs, QString *error = nullptr);
    bool upsertJob(const QJsonObject &job, QString *error = nullptr);
    // Removes a job without going through the API; true when it existed.
    bool deleteJobDirect(const QString &jobId);
    // The stored job as JobInfo (the gateway's omissions applied), if it exists.
    std::optional<QJsonObject> job(const QString &jobId) const;
    qint64 jobCount() const;
    // The sandbox's own stuck jobs: PENDING or IN_PROGRESS with updated_at (created_at when
    // unset) older than `thresholdMs` by the job clock, in these workspaces (all when empty).
    QStringList stuckJobIds(qint64 thresholdMs, const QStringList &workspaceIds = {}) const;
    // Every stored job's id in these workspaces (all when empty), in job_id order.
    QStringList jobIds(const QStringList &workspaceIds = {}) const;

    // Job timestamps (simulation, API) from a clock this far ahead (negative: behind) of the
    // machine's; tokens keep real time.
    void setClockOffset(qint64 offsetMs);

    // The live simulation: pause the timer, or advance it deterministically.
    void setSimulationPaused(bool paused);
    // Whether the simulation's timer runs: never while paused, so nothing changes on its own.
    bool simulationTicking() const;
    void stepSimulation(int ticks = 1);
    // Starts a job for a trusted account now (duplicate rule included); returns its id.
    QString startJob(const QString &trustedAccountId);

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void startFailed(const QString &errorMessage);
    void stopped();

private:
    template <typename F> auto call(F &&f) const -> std::invoke_result_t<F>;
    void launchThread(const SandboxOptions &options);
    // Reads what clients need from a core that started; false (and stopped) when it did not.
    bool adoptStart(bool ok, const QString &error, QString *errorMessage);
    bool insert(const QList<QJsonObject> &jobs, bool anyStatus, QString *error);

    QThread *m_thread = nullptr;
    SandboxCore *m_core = nullptr;
    mutable FaultInjector m_faults;
    mutable RequestLog m_log;
    SandboxOptions m_options;
    quint16 m_port = 0;
    bool m_starting = false;
    quint64 m_startSeq = 0; // tells a finished background start from one stop() abandoned
    QString m_domainId;
    QStringList m_workspaces;
    QStringList m_trustedAccounts;
    QList<TokenAuthority::Entry> m_entries;
    QString m_tokensFile;
    mutable QMutex m_tokenMutex;
    mutable QHash<QString, QString> m_tokenCache;
};

} // namespace sandbox
