// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace largesandbox {

// A sandbox holding `jobs` generated jobs, started in well under a second. Generating 100,000
// jobs takes the sandbox tens of seconds, and CTest runs every test in a process of its own, so
// the database is generated once into a cache shared by every test process (under the build
// tree, or the temporary directory) and each test serves a private copy it may change.
class Sandbox
{
public:
    bool start(int jobs, quint32 seed, QString *error)
    {
        const QString cacheDir = cacheDirectory();
        QDir().mkpath(cacheDir);
        const QString cached = QStringLiteral("%1/jobs-%2-seed-%3.db").arg(cacheDir).arg(jobs).arg(seed);
        {
            // Another test process may be generating the same database right now.
            QLockFile lock(cached + QStringLiteral(".lock"));
            lock.setStaleLockTime(0);
            if (!lock.lock()) {
                *error = QStringLiteral("cannot lock %1").arg(lock.fileName());
                return false;
            }
            if (!QFile::exists(cached) && !generate(cached, jobs, seed, error))
                return false;
        }
        const QString copy = m_dir.filePath(QStringLiteral("jobs.db"));
        if (!QFile::copy(cached, copy)) {
            *error = QStringLiteral("cannot copy %1").arg(cached);
            return false;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        sandbox::SandboxOptions options;
        options.databasePath = copy;
        options.simulate = false;
        options.seed = seed;
        options.initialJobs = 0;
        options.tokensOutputPath = m_dir.filePath(QStringLiteral("tokens.json"));
        m_server = std::make_unique<sandbox::SandboxServer>();
        if (!m_server->start(options, error))
            return false;
        if (m_server->jobCount() < jobs) {
            *error = QStringLiteral("the cached database %1 holds %2 jobs, not %3")
                         .arg(cached)
                         .arg(m_server->jobCount())
                         .arg(jobs);
            return false;
        }
        return true;
    }

    sandbox::SandboxServer &server() { return *m_server; }

    // The generated history was stamped when the cached database was made. Active jobs whose
    // stamps come near the stuck threshold now would become stuck while a test compares counts:
    // they are moved well past it, so the server's stuck set holds still during a test.
    bool holdStuckSetStill(qint64 thresholdMs, QString *error)
    {
        const qint64 margin = 20 * 60 * 1000;
        QStringList nearing = m_server->stuckJobIds(qMax<qint64>(0, thresholdMs - 2 * margin));
        const QStringList past = m_server->stuckJobIds(thresholdMs + margin);
        for (const QString &id : past)
            nearing.removeOne(id);
        const QString longAgo = QDateTime::currentDateTimeUtc()
                                    .addMSecs(-(thresholdMs + 2 * margin))
                                    .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        for (const QString &id : std::as_const(nearing)) {
            std::optional<QJsonObject> job = m_server->job(id);
            if (!job) {
                *error = QStringLiteral("job %1 vanished").arg(id);
                return false;
            }
            job->insert(QStringLiteral("created_at"), longAgo);
            job->insert(QStringLiteral("updated_at"), longAgo);
            if (!m_server->upsertJob(*job, error))
                return false;
        }
        return true;
    }

private:
    static QString cacheDirectory()
    {
#ifdef SJM_TEST_CACHE_DIR
        return QStringLiteral(SJM_TEST_CACHE_DIR);
#else
        return QDir::tempPath() + QStringLiteral("/sjm-test-cache");
#endif
    }

    static bool generate(const QString &target, int jobs, quint32 seed, QString *error)
    {
        QElapsedTimer timer;
        timer.start();
        QTemporaryDir work(target + QStringLiteral(".XXXXXX"));
        const QString db = work.filePath(QStringLiteral("jobs.db"));
        {
            sandbox::SandboxServer generator;
            sandbox::SandboxOptions options;
            options.databasePath = db;
            options.initialJobs = jobs;
            options.seed = seed;
            options.simulate = false;
            options.tokensOutputPath = work.filePath(QStringLiteral("tokens.json"));
            if (!generator.start(options, error))
                return false;
            generator.stop(); // checkpoints the journal into the file
        }
        if (!QFile::rename(db, target)) {
            *error = QStringLiteral("cannot move the generated database to %1").arg(target);
            return false;
        }
        std::fprintf(stderr, "generated %d sandbox jobs into %s in %lld ms (once per build tree)\n", jobs,
                     qPrintable(target), static_cast<long long>(timer.elapsed()));
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace largesandbox
