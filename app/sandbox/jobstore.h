// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jobrecord.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace sandbox {

// The sandbox's job table in SQLite (Qt SQL, QSQLITE driver), owned by one thread.
//
// Durability: the database runs in WAL mode with synchronous=FULL, so every committed change
// (a delete answered with 200, a simulated status change) is on disk before it is acknowledged
// and survives the process being killed. Every connection gets a unique name, so several
// sandboxes can run in one process.
//
// Indexes cover the columns the Job API filters on (the real model indexes plugin_id,
// trusted_account_id, workspace_id and domain_id) plus status and created_at, the default order,
// each led by domain_id because every API query is scoped to the token's domain.
class JobStore
{
public:
    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // Opens (creating if needed) the database file. `durable` selects synchronous=FULL; the
    // in-process sandbox on a temporary file uses NORMAL, which still survives a process kill.
    bool open(const QString &path, bool durable, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    QString metaValue(const QString &key) const;
    void setMetaValue(const QString &key, const QString &value);

    qint64 count() const;
    // Changes with every write, made here or by another connection to the same file.
    quint64 generation() const;
    // Inserts or replaces (by job_id) in one transaction; the insertion order is kept as "seq".
    bool upsert(const QVector<JobRecord> &jobs, QString *error = nullptr);
    bool upsert(const JobRecord &job, QString *error = nullptr);
    // Returns true when a job was deleted.
    bool remove(const QString &jobId);
    void clear();
    std::optional<JobRecord> find(const QString &jobId) const;

    // SELECT ... WHERE <where> ORDER BY <orderBy> LIMIT/OFFSET (limit <= 0: all rows).
    // Throws ApiError (ERROR_DB_QUERY) when SQLite fails.
    QVector<JobRecord> select(const QString &where, const QVariantList &binds, const QString &orderBy, qint64 limit = 0,
                              qint64 offset = 0) const;
    qint64 countWhere(const QString &where, const QVariantList &binds) const;
    // A prepared, executed query for the stat engine (forward only). Throws on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &binds) const;

    QSqlDatabase database() const;
    // Refreshes the query planner's statistics after bulk loads.
    void analyze();

    static JobRecord recordFromRow(const QSqlQuery &query);
    static QString selectColumns();

private:
    QString m_connectionName;
    QString m_path;
    mutable quint64 m_generation = 0;
    mutable qint64 m_dataVersion = -1;
};

} // namespace sandbox
