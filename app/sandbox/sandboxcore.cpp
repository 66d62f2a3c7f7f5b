// SPDX-License-Identifier: MIT
#include "sandbox/sandboxcore.h"

#include "sandbox/apierror.h"
#include "sandbox/directoryservice.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpfront.h"
#include "sandbox/jobservice.h"
#include "sandbox/jobsimulator.h"
#include "sandbox/namecatalog.h"
#include "sandbox/requestlog.h"
#include "sandbox/timestamps.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

namespace sandbox {

namespace {

constexpr qint64 kLongLivedSeconds = 10LL * 365 * 24 * 3600;

} // namespace

SandboxCore::SandboxCore(FaultInjector &faults, RequestLog &log)
    : m_faults(faults)
    , m_log(log)
{ }

SandboxCore::~SandboxCore()
{
    shutdown();
}

bool SandboxCore::start(const SandboxOptions &options, QString *error)
{
    try {
        if (startImpl(options, error))
            return true;
    } catch (const ApiError &e) {
        *error = e.message().trimmed();
    }
    shutdown();
    return false;
}

bool SandboxCore::startImpl(const SandboxOptions &options, QString *error)
{
    m_options = options;
    m_clockOffsetMs = options.clockOffsetMs;
    if (!openDatabase(options, error))
        return false;

    quint32 worldSeed = options.seed;
    const QString storedSeed = m_store.metaValue(QStringLiteral("seed"));
    if (!storedSeed.isEmpty())
        worldSeed = storedSeed.toUInt();
    else
        m_store.setMetaValue(QStringLiteral("seed"), QString::number(worldSeed));

    QString domainId = m_store.metaValue(QStringLiteral("domain_id"));
    if (!options.dataFile.isEmpty() && !serveData(options.dataFile, &domainId, error))
        return false;
    if (domainId.isEmpty())
        domainId = JobSimulator::domainIdForSeed(worldSeed);
    m_tokens.setDomainId(domainId);
    startSimulator(options, worldSeed, domainId);

    if (!setUpTokens(options, error))
        return false;
    // The token file may name another domain than the data or the seed.
    m_store.setMetaValue(QStringLiteral("domain_id"), m_tokens.domainId());

    m_seed = worldSeed;
    if (!startHttp(options, error))
        return false;

    if (m_simulator && options.simulate && options.dataFile.isEmpty()) {
        m_timer = new QTimer(this);
        m_timer->setInterval(std::max(10, options.tickMs));
        connect(m_timer, &QTimer::timeout, this, &SandboxCore::onTick);
        if (!m_paused)
            m_timer->start();
    }
    return true;
}

bool SandboxCore::openDatabase(const SandboxOptions &options, QString *error)
{
    QString dbPath = options.databasePath;
    const bool durable = !dbPath.isEmpty();
    if (dbPath.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sjm-sandbox-XXXXXX"));
        if (!m_tempDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_tempDir->errorString());
            return false;
        }
        dbPath = m_tempDir->filePath(QStringLiteral("sandbox.db"));
    } else {
        const QFileInfo info(dbPath);
        QDir().mkpath(info.absolutePath());
    }
    if (!m_store.open(dbPath, durable, error)) {
        *error = QStringLiteral("cannot open database %1: %2").arg(dbPath, *error);
        return false;
    }

    // The signing secret stays with the database, so issued tokens survive a restart.
    QByteArray secret = QByteArray::fromHex(m_store.metaValue(QStringLiteral("secret")).toLatin1());
    if (secret.isEmpty()) {
        secret.resize(32);
        for (auto &b : secret)
            b = char(QRandomGenerator::system()->bounded(256));
        m_store.setMetaValue(QStringLiteral("secret"), QString::fromLatin1(secret.toHex()));
    }
    m_tokens.setSecret(secret);
    return true;
}

bool SandboxCore::serveData(const QString &path, QString *domainId, QString *error)
{
    if (!loadDataFile(path, error))
        return false;
    // Serve the data's own domain, so the tokens see its jobs.
    QHash<QString, int> domains;
    QString best;
    const QVector<JobRecord> all = m_store.select(QStringLiteral("1"), {}, QStringLiteral("seq ASC"));
    for (const JobRecord &job : all) {
        if (!job.domainId.isEmpty() && ++domains[job.domainId] > domains.value(best))
            best = job.domainId;
    }
    if (!best.isEmpty())
        *domainId = best;
    QSet<QString> seen;
    for (const JobRecord &job : all) {
        if (!job.workspaceId.isEmpty() && job.workspaceId != u"*" && !seen.contains(job.workspaceId)) {
            seen.insert(job.workspaceId);
            m_workspaces << job.workspaceId;
        }
    }
    return true;
}

void SandboxCore::startSimulator(const SandboxOptions &options, quint32 worldSeed, const QString &domainId)
{
    if (options.dataFile.isEmpty()) {
        m_simulator = std::make_unique<JobSimulator>(m_store, worldSeed, domainId);
        m_workspaces = m_simulator->workspaces();
        const qint64 now = jobClock();
        if (m_store.count() == 0)
            m_simulator->generateHistory(options.initialJobs, now);
        m_simulator->adoptActiveJobs(now);
    } else if (m_workspaces.isEmpty()) {
        m_workspaces = JobSimulator(m_store, worldSeed, domainId).workspaces();
    }
}

bool SandboxCore::startHttp(const SandboxOptions &options, QString *error)
{
    m_service = std::make_unique<JobService>(m_store, m_tokens);
    m_catalog = std::make_unique<NameCatalog>(
        m_simulator ? NameCatalog(m_simulator->workspaces(), m_simulator->accounts(), m_seed)
                    : NameCatalog::fromJobs(m_store.select(QStringLiteral("1"), {}, QStringLiteral("seq ASC")),
                                            m_workspaces, m_seed));
    m_directory = std::make_unique<DirectoryService>(*m_catalog, m_store, m_tokens,
                                                     [this](const QString &id) { return startSyncJob(id); });
    m_faults.setOptions(options.faults);
    m_http = new HttpFront(
        [this](const QString &endpoint, const QByteArray &body, const QByteArray &authorization) {
            HttpFront::Reply reply;
            if (!endpoint.startsWith(QStringLiteral("identity/job/"))) {
                const DirectoryService::Reply r = m_directory->handle(endpoint, body, authorization, jobClock());
                reply.status = r.status;
                reply.body = r.body.toJson();
                return reply;
            }
            const JobService::Reply r = m_service->handle(endpoint.section(u'/', 2), body, authorization, jobClock());
            if (!r.deletedJobId.isEmpty() && m_simulator)
                m_simulator->forget(r.deletedJobId);
            reply.status = r.status;
            reply.body = r.body.toJson();
            reply.deletedJobId = r.deletedJobId;
            return reply;
        },
        m_faults, m_log, this);
    m_http->setLimits(options.limits);
    m_port = m_http->listen(options.port, error);
    return m_port != 0;
}

void SandboxCore::shutdown()
{
    if (m_timer) {
        m_timer->stop();
        delete m_timer;
        m_timer = nullptr;
    }
    if (m_http) {
        m_http->close();
        delete m_http;
        m_http = nullptr;
    }
    m_service.reset();
    m_directory.reset();
    m_catalog.reset();
    m_syncOnly.reset();
    m_simulator.reset();
    m_store.close();
    m_tempDir.reset();
    m_port = 0;
}

bool SandboxCore::loadDataFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read data file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // Same data as last time on this database: keep the database, so deletes stay deleted.
    if (m_store.metaValue(QStringLiteral("data_hash")) == hash)
        return true;
    JsonValue root;
    QString parseError;
    if (!JsonValue::parse(bytes, &root, &parseError)) {
        *error = QStringLiteral("data file %1 is not valid JSON: %2").arg(path, parseError);
        return false;
    }
    if (root.isObject() && root.value(QStringLiteral("results")).isArray())
        root = root.value(QStringLiteral("results"));
    if (!root.isArray()) {
        *error = QStringLiteral("data file %1 must hold a JSON array of jobs").arg(path);
        return false;
    }
    QVector<JobRecord> records;
    QSet<QString> ids;
    int index = 0;
    for (const JsonValue &item : root.toArray()) {
        JobRecord r;
        QString why;
        // Any status text is served as it is (the service never writes one outside its enum, but
        // the API docs' "ERROR" and hand-edited databases exist), so that clients' handling of
        // unknown statuses can be tried end to end.
        if (!JobRecord::fromJobInfo(item, &r, &why, true)) {
            *error = QStringLiteral("data file %1, job %2: %3").arg(path).arg(index).arg(why);
            return false;
        }
        if (ids.contains(r.jobId)) {
            *error = QStringLiteral("data file %1: job_id %2 appears twice").arg(path, r.jobId);
            return false;
        }
        ids.insert(r.jobId);
        records.push_back(r);
        ++index;
    }
    m_store.clear();
    if (!m_store.upsert(records, error))
        return false;
    m_store.analyze();
    m_store.setMetaValue(QStringLiteral("data_hash"), hash);
    return true;
}

bool SandboxCore::setUpTokens(const SandboxOptions &options, QString *error)
{
    const qint64 now = Timestamps::nowMsecs() / 1000;
    const QString firstWorkspace = m_workspaces.value(0);
    if (!options.tokenFile.isEmpty()) {
        QFile file(options.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read token file %1: %2").arg(options.tokenFile, file.errorString());
            return false;
        }
        TokenAuthority::FileContents contents;
        if (!TokenAuthority::parseTokenFile(file.readAll(), &contents, error))
            return false;
        if (!contents.domainId.isEmpty())
            m_tokens.setDomainId(contents.domainId);
        if (!contents.secret.isEmpty())
            m_tokens.setSecret(contents.secret);
        for (const auto &spec : contents.tokens) {
            TokenAuthority::Entry e;
            e.role = spec.role;
            e.workspaceId = spec.role == Role::DomainAdmin
                ? QString()
                : (spec.workspaceId.isEmpty() ? firstWorkspace : spec.workspaceId);
            e.name = spec.name.isEmpty() ? roleName(spec.role).toLower() : spec.name;
            if (!spec.token.isEmpty()) {
                e.token = spec.token;
                e.fixed = true;
                m_tokens.addFixedToken(spec.token, e.role, e.workspaceId);
            } else {
                e.token = m_tokens.issue(e.role, e.workspaceId,
                                         spec.ttlSeconds > 0 ? spec.ttlSeconds : kLongLivedSeconds, now);
            }
            m_entries << e;
        }
        return true;
    }
    for (const Role role : { Role::DomainAdmin, Role::WorkspaceOwner, Role::WorkspaceMember }) {
        TokenAuthority::Entry e;
        e.role = role;
        e.workspaceId = role == Role::DomainAdmin ? QString() : firstWorkspace;
        e.name = roleName(role).toLower();
        e.token = m_tokens.issue(role, e.workspaceId, kLongLivedSeconds, now);
        m_entries << e;
    }
    m_tokensFilePath = options.tokensOutputPath;
    if (m_tokensFilePath.isEmpty() && !options.databasePath.isEmpty())
        m_tokensFilePath = options.databasePath + QStringLiteral(".tokens.json");
    if (!m_tokensFilePath.isEmpty()) {
        QString writeError;
        if (!TokenAuthority::writeTokenFile(m_tokensFilePath, m_tokens.domainId(), m_entries, &writeError))
            qWarning("sandbox: cannot write %s: %s", qPrintable(m_tokensFilePath), qPrintable(writeError));
    }
    return true;
}

QStringList SandboxCore::trustedAccountIds() const
{
    QStringList ids;
    if (m_simulator) {
        for (const auto &a : m_simulator->accounts())
            ids << a.trustedAccountId;
    }
    return ids;
}

QString SandboxCore::issueToken(Role role, const QString &workspaceId, qint64 ttlSeconds) const
{
    const QString ws
        = role == Role::DomainAdmin ? QString() : (workspaceId.isEmpty() ? m_workspaces.value(0) : workspaceId);
    return m_tokens.issue(role, ws, ttlSeconds, Timestamps::nowMsecs() / 1000);
}

bool SandboxCore::insertJobs(const QList<JsonValue> &jobs, QString *error, bool anyStatus)
{
    QVector<JobRecord> records;
    for (const JsonValue &job : jobs) {
        JobRecord r;
        if (!JobRecord::fromJobInfo(job, &r, error, anyStatus))
            return false;
        if (m_simulator)
            m_simulator->forget(r.jobId);
        records.push_back(r);
    }
    return m_store.upsert(records, error);
}

bool SandboxCore::deleteJob(const QString &jobId)
{
    if (m_simulator)
        m_simulator->forget(jobId);
    try {
        return m_store.remove(jobId);
    } catch (const ApiError &e) {
        qWarning("sandbox: delete failed: %s", qPrintable(e.message()));
        return false;
    }
}

std::optional<JobRecord> SandboxCore::job(const QString &jobId) const
{
    try {
        return m_store.find(jobId);
    } catch (const ApiError &) {
        return std::nullopt;
    }
}

qint64 SandboxCore::jobCount() const
{
    return m_store.count();
}

QStringList SandboxCore::stuckJobIds(qint64 thresholdMs, const QStringList &workspaceIds) const
{
    return idsWhere(QStringLiteral("status IN ('PENDING', 'IN_PROGRESS') AND COALESCE(updated_at, created_at) < ?"),
                    { Timestamps::format(jobClock() - thresholdMs) }, workspaceIds);
}

QStringList SandboxCore::jobIds(const QStringList &workspaceIds) const
{
    return idsWhere(QStringLiteral("1"), {}, workspaceIds);
}

QStringList SandboxCore::idsWhere(QString where, QVariantList binds, const QStringList &workspaceIds) const
{
    if (!workspaceIds.isEmpty()) {
        QStringList marks;
        for (const QString &ws : workspaceIds) {
            marks << QStringLiteral("?");
            binds << ws;
        }
        where += QStringLiteral(" AND workspace_id IN (%1)").arg(marks.join(u','));
    }
    QStringList ids;
    try {
        for (const JobRecord &job : m_store.select(where, binds, QStringLiteral("job_id ASC")))
            ids << job.jobId;
    } catch (const ApiError &e) {
        qWarning("sandbox: id query failed: %s", qPrintable(e.message()));
    }
    return ids;
}

qint64 SandboxCore::jobClock() const
{
    return Timestamps::nowMsecs() + m_clockOffsetMs;
}

void SandboxCore::setClockOffset(qint64 offsetMs)
{
    m_clockOffsetMs = offsetMs;
}

void SandboxCore::setSimulationPaused(bool paused)
{
    m_paused = paused;
    // A paused simulation wakes nothing up: an idle sandbox costs no CPU.
    if (m_timer)
        paused ? m_timer->stop() : m_timer->start();
}

bool SandboxCore::simulationTicking() const
{
    return m_timer && m_timer->isActive();
}

void SandboxCore::stepSimulation(int ticks)
{
    if (!m_simulator)
        return;
    try {
        for (int i = 0; i < ticks; ++i)
            m_simulator->tick(jobClock(), m_options.jobsPerMinute, std::max(10, m_options.tickMs));
    } catch (const ApiError &e) {
        qWarning("sandbox: simulation step failed: %s", qPrintable(e.message()));
    }
}

QString SandboxCore::startJob(const QString &trustedAccountId)
{
    return m_simulator ? startSyncJob(trustedAccountId) : QString();
}

QString SandboxCore::startSyncJob(const QString &trustedAccountId)
{
    // Served data is not simulated: a synced job is created and stays PENDING.
    if (!m_simulator && !m_syncOnly)
        m_syncOnly = std::make_unique<JobSimulator>(m_store, m_seed, m_tokens.domainId());
    JobSimulator &simulator = m_simulator ? *m_simulator : *m_syncOnly;
    try {
        return simulator.startJob(trustedAccountId, jobClock(), std::max(10, m_options.tickMs));
    } catch (const ApiError &e) {
        qWarning("sandbox: starting a job failed: %s", qPrintable(e.message()));
        return {};
    }
}

void SandboxCore::onTick()
{
    if (m_paused)
        return;
    stepSimulation(1);
}

} // namespace sandbox
