// SPDX-License-Identifier: MIT
#include "sandbox/jobstore.h"

#include "sandbox/apierror.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sandbox {

namespace {

QAtomicInt g_connectionCounter;

QVariant optionalText(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QString> textOrNull(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

} // namespace

JobStore::JobStore()
    : m_connectionName(QStringLiteral("sjm-sandbox-%1").arg(g_connectionCounter.fetchAndAddOrdered(1)))
{ }

JobStore::~JobStore()
{
    close();
}

QSqlDatabase JobStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool JobStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

bool JobStore::open(const QString &path, bool durable, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // REGEXP for the regex operators (QRegularExpression), a busy timeout for safety.
    db.setConnectOptions(QStringLiteral("QSQLITE_ENABLE_REGEXP;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    m_path = path;
    const QStringList statements{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS jobs ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " job_id TEXT NOT NULL UNIQUE,"
                       " status TEXT,"
                       " options TEXT,"
                       " resource_group TEXT,"
                       " error_message TEXT,"
                       " domain_id TEXT,"
                       " workspace_id TEXT,"
                       " trusted_account_id TEXT,"
                       " plugin_id TEXT,"
                       " created_at TEXT,"
                       " updated_at TEXT,"
                       " finished_at TEXT)"),
        // Every API query filters on domain_id (the token's domain), so it leads each index; the
        // indexes then cover counts and stat groups without touching the table, and the first one
        // returns the default order (newest first, job_id tie-break) without sorting.
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_domain_created ON jobs(domain_id, created_at DESC, job_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_domain_status ON jobs(domain_id, status, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_domain_workspace_status ON jobs(domain_id, workspace_id, "
                       "status, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_domain_trusted_account ON jobs(domain_id, trusted_account_id, "
                       "created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_domain_plugin ON jobs(domain_id, plugin_id, created_at)"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            close();
            return false;
        }
    }
    return true;
}

void JobStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString JobStore::metaValue(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

void JobStore::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.exec();
}

qint64 JobStore::count() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool JobStore::upsert(const JobRecord &job, QString *error)
{
    return upsert(QVector<JobRecord>{ job }, error);
}

quint64 JobStore::generation() const
{
    // data_version moves when another connection committed; this connection's own writes
    // bump the generation where they happen.
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next()) {
        const qint64 version = q.value(0).toLongLong();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            ++m_generation;
        }
    }
    return m_generation;
}

bool JobStore::upsert(const QVector<JobRecord> &jobs, QString *error)
{
    ++m_generation;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO jobs(job_id, status, options, resource_group, error_message, domain_id, workspace_id,"
        " trusted_account_id, plugin_id, created_at, updated_at, finished_at)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(job_id) DO UPDATE SET status = excluded.status, options = excluded.options,"
        " resource_group = excluded.resource_group, error_message = excluded.error_message,"
        " domain_id = excluded.domain_id, workspace_id = excluded.workspace_id,"
        " trusted_account_id = excluded.trusted_account_id, plugin_id = excluded.plugin_id,"
        " created_at = excluded.created_at, updated_at = excluded.updated_at, finished_at = excluded.finished_at"));
    for (const JobRecord &job : jobs) {
        q.bindValue(0, job.jobId);
        q.bindValue(1, job.status);
        q.bindValue(2,
                    job.options ? QVariant(QString::fromUtf8(job.options->toJson()))
                                : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(3, job.resourceGroup);
        q.bindValue(4, optionalText(job.errorMessage));
        q.bindValue(5, job.domainId);
        q.bindValue(6, job.workspaceId);
        q.bindValue(7, job.trustedAccountId);
        q.bindValue(8, optionalText(job.pluginId));
        q.bindValue(9, job.createdAt);
        q.bindValue(10, job.updatedAt);
        q.bindValue(11, optionalText(job.finishedAt));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool JobStore::remove(const QString &jobId)
{
    ++m_generation;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec())
        throw ApiError::dbQuery(q.lastError().text());
    return q.numRowsAffected() > 0;
}

void JobStore::clear()
{
    ++m_generation;
    QSqlQuery q(database());
    q.exec(QStringLiteral("DELETE FROM jobs"));
    q.exec(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'jobs'"));
}

QString JobStore::selectColumns()
{
    return QStringLiteral("job_id, status, options, resource_group, error_message, domain_id, workspace_id,"
                          " trusted_account_id, plugin_id, created_at, updated_at, finished_at");
}

JobRecord JobStore::recordFromRow(const QSqlQuery &q)
{
    JobRecord r;
    r.jobId = q.value(0).toString();
    r.status = q.value(1).toString();
    const QVariant options = q.value(2);
    if (options.isNull()) {
        r.options = std::nullopt;
    } else {
        JsonValue v;
        if (JsonValue::parse(options.toString().toUtf8(), &v))
            r.options = v;
        else
            r.options = JsonValue::object();
    }
    r.resourceGroup = q.value(3).toString();
    r.errorMessage = textOrNull(q.value(4));
    r.domainId = q.value(5).toString();
    r.workspaceId = q.value(6).toString();
    r.trustedAccountId = q.value(7).toString();
    r.pluginId = textOrNull(q.value(8));
    r.createdAt = q.value(9).toString();
    r.updatedAt = q.value(10).toString();
    r.finishedAt = textOrNull(q.value(11));
    return r;
}

std::optional<JobRecord> JobStore::find(const QString &jobId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE job_id = ?").arg(selectColumns()));
    q.addBindValue(jobId);
    if (!q.exec())
        throw ApiError::dbQuery(q.lastError().text());
    if (!q.next())
        return std::nullopt;
    return recordFromRow(q);
}

QSqlQuery JobStore::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw ApiError::dbQuery(q.lastError().text());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        throw ApiError::dbQuery(q.lastError().text());
    return q;
}

QVector<JobRecord> JobStore::select(const QString &where, const QVariantList &binds, const QString &orderBy,
                                    qint64 limit, qint64 offset) const
{
    QString sql = QStringLiteral("SELECT %1 FROM jobs WHERE %2").arg(selectColumns(), where);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery q = exec(sql, binds);
    QVector<JobRecord> out;
    while (q.next())
        out.push_back(recordFromRow(q));
    return out;
}

qint64 JobStore::countWhere(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q = exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE %1").arg(where), binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void JobStore::analyze()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ANALYZE"));
}

} // namespace sandbox
