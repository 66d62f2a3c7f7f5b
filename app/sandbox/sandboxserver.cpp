// SPDX-License-Identifier: MIT
#include "sandbox/sandboxserver.h"

#include "sandbox/jsonvalue.h"
#include "sandbox/sandboxcore.h"

#include <QJsonValue>
#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace sandbox {

namespace {

constexpr qint64 kLongLivedSeconds = 10LL * 365 * 24 * 3600;

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{ }

SandboxServer::~SandboxServer()
{
    stop();
}

template <typename F> auto SandboxServer::call(F &&f) const -> std::invoke_result_t<F>
{
    using R = std::invoke_result_t<F>;
    if (!m_core || !m_thread) {
        if constexpr (std::is_void_v<R>)
            return;
        else
            return R{};
    }
    if (QThread::currentThread() == m_thread)
        return f();
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(m_core, std::forward<F>(f), Qt::BlockingQueuedConnection);
    } else {
        R result{};
        QMetaObject::invokeMethod(
            m_core, [&result, &f] { result = f(); }, Qt::BlockingQueuedConnection);
        return result;
    }
}

void SandboxServer::launchThread(const SandboxOptions &options)
{
    stop();
    m_options = options;
    m_log.clear();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sandbox"));
    m_core = new SandboxCore(m_faults, m_log);
    m_core->moveToThread(m_thread);
    m_thread->start();
}

bool SandboxServer::adoptStart(bool ok, const QString &error, QString *errorMessage)
{
    m_starting = false;
    if (!ok) {
        if (errorMessage)
            *errorMessage = error;
        stop();
        return false;
    }
    m_port = call([this] { return m_core->port(); });
    m_domainId = call([this] { return m_core->domainId(); });
    m_workspaces = call([this] { return m_core->workspaceIds(); });
    m_trustedAccounts = call([this] { return m_core->trustedAccountIds(); });
    m_entries = call([this] { return m_core->tokens(); });
    m_tokensFile = call([this] { return m_core->tokensFilePath(); });
    {
        QMutexLocker lock(&m_tokenMutex);
        m_tokenCache.clear();
    }
    Q_EMIT started(baseUrl());
    return true;
}

bool SandboxServer::start(const SandboxOptions &options, QString *errorMessage)
{
    launchThread(options);
    QString error;
    const bool ok = call([this, &options, &error] { return m_core->start(options, &error); });
    return adoptStart(ok, error, errorMessage);
}

void SandboxServer::startInBackground(const SandboxOptions &options)
{
    launchThread(options);
    m_starting = true;
    const quint64 seq = ++m_startSeq;
    SandboxCore *core = m_core;
    // Queued behind nothing on the new thread; every later call() queues behind it.
    QMetaObject::invokeMethod(core, [this, core, options, seq] {
        QString error;
        const bool ok = core->start(options, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, seq] {
                if (seq != m_startSeq || !m_starting)
                    return; // stopped, or started again, in the meantime
                QString why;
                if (!adoptStart(ok, error, &why))
                    Q_EMIT startFailed(why);
            },
            Qt::QueuedConnection);
    });
}

void SandboxServer::stop()
{
    m_starting = false;
    ++m_startSeq;
    if (!m_thread)
        return;
    const bool wasRunning = m_port != 0;
    if (m_core)
        call([this] { m_core->shutdown(); });
    m_thread->quit();
    m_thread->wait();
    delete m_core;
    m_core = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
    if (wasRunning)
        Q_EMIT stopped();
}

bool SandboxServer::isRunning() const
{
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QString SandboxServer::domainId() const
{
    return m_domainId;
}

QStringList SandboxServer::workspaceIds() const
{
    return m_workspaces;
}

QStringList SandboxServer::trustedAccountIds() const
{
    return m_trustedAccounts;
}

QString SandboxServer::tokenFor(Role role, const QString &workspaceId) const
{
    const QString key = roleName(role) + u'|' + workspaceId;
    {
        QMutexLocker lock(&m_tokenMutex);
        if (const auto it = m_tokenCache.constFind(key); it != m_tokenCache.constEnd())
            return *it;
    }
    const QString token = issueToken(role, workspaceId, kLongLivedSeconds);
    if (token.isEmpty())
        return token; // not running
    QMutexLocker lock(&m_tokenMutex);
    m_tokenCache.insert(key, token);
    return token;
}

QString SandboxServer::issueToken(Role role, const QString &workspaceId, qint64 ttlSeconds) const
{
    return call([this, role, workspaceId, ttlSeconds] { return m_core->issueToken(role, workspaceId, ttlSeconds); });
}

QString SandboxServer::signClaims(const QJsonObject &claims) const
{
    const JsonValue payload = JsonValue::fromQJson(claims);
    return call([this, &payload] { return m_core->signClaims(payload); });
}

QString SandboxServer::defaultToken() const
{
    for (const auto &e : m_entries) {
        if (e.role == Role::DomainAdmin)
            return e.token;
    }
    return tokenFor(Role::DomainAdmin);
}

QList<TokenAuthority::Entry> SandboxServer::tokens() const
{
    return m_entries;
}

QString SandboxServer::tokensFilePath() const
{
    return m_tokensFile;
}

FaultOptions SandboxServer::faults() const
{
    return m_faults.options();
}

void SandboxServer::setFaults(const FaultOptions &faults)
{
    m_faults.setOptions(faults);
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return m_log.all();
}

void SandboxServer::clearRequests()
{
    m_log.clear();
}

bool SandboxServer::insertJobs(const QList<QJsonObject> &jobs, QString *error)
{
    return insert(jobs, false, error);
}

bool SandboxServer::insertLegacyJobs(const QList<QJsonObject> &jobs, QString *error)
{
    return insert(jobs, true, error);
}

bool SandboxServer::insert(const QList<QJsonObject> &jobs, bool anyStatus, QString *error)
{
    QList<JsonValue> values;
    for (const QJsonObject &job : jobs)
        values << JsonValue::fromQJson(job);
    QString why;
    const bool ok = call([this, &values, &why, anyStatus] { return m_core->insertJobs(values, &why, anyStatus); });
    if (!ok && error)
        *error = m_core ? why : QStringLiteral("the sandbox is not running");
    return ok;
}

bool SandboxServer::upsertJob(const QJsonObject &job, QString *error)
{
    return insertJobs({ job }, error);
}

bool SandboxServer::deleteJobDirect(const QString &jobId)
{
    return call([this, &jobId] { return m_core->deleteJob(jobId); });
}

std::optional<QJsonObject> SandboxServer::job(const QString &jobId) const
{
    const auto record = call([this, &jobId] { return m_core->job(jobId); });
    if (!record)
        return std::nullopt;
    return record->toJobInfo().toQJson().toObject();
}

QStringList SandboxServer::stuckJobIds(qint64 thresholdMs, const QStringList &workspaceIds) const
{
    return call([this, thresholdMs, workspaceIds] { return m_core->stuckJobIds(thresholdMs, workspaceIds); });
}

QStringList SandboxServer::jobIds(const QStringList &workspaceIds) const
{
    return call([this, workspaceIds] { return m_core->jobIds(workspaceIds); });
}

qint64 SandboxServer::jobCount() const
{
    return call([this] { return m_core->jobCount(); });
}

void SandboxServer::setClockOffset(qint64 offsetMs)
{
    call([this, offsetMs] { m_core->setClockOffset(offsetMs); });
}

void SandboxServer::setSimulationPaused(bool paused)
{
    call([this, paused] { m_core->setSimulationPaused(paused); });
}

bool SandboxServer::simulationTicking() const
{
    return call([this] { return m_core->simulationTicking(); });
}

void SandboxServer::stepSimulation(int ticks)
{
    call([this, ticks] { m_core->stepSimulation(ticks); });
}

QString SandboxServer::startJob(const QString &trustedAccountId)
{
    return call([this, &trustedAccountId] { return m_core->startJob(trustedAccountId); });
}

} // namespace sandbox
