// SPDX-License-Identifier: MIT
#pragma once

#include "cliinvocation.h"

#include "api/apierror.h"
#include "api/job.h"
#include "api/jobnames.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <vector>

class CliNameLookup;
class JobApiClient;
class JobLister;

// Runs one parsed command against the server and prints its result: data on stdout, and on
// failure exactly one line on stderr. Emits finished() with the process exit code.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1, // a request failed, or some jobs were not deleted
        Usage = 2, // wrong usage, or deletion refused without confirmation
        Unauthorized = 3, // 401 or 403
        NotFound = 4,
    };

    explicit CliRunner(const CliInvocation &invocation, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    static int exitCodeFor(const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class DeleteOutcome { Deleted, AlreadyGone, NotAllowed, Failed };

    // Calls `print` once the names of m_jobs are in, at once with --no-names.
    void whenNamed(void (CliRunner::*print)());
    JobNames names() const;
    void runList();
    void printList();
    void runGet();
    void printGet();
    void runDelete();
    void runStat();
    bool confirmDeletion();
    void deleteNext();
    void printDeleteResults();
    void fail(const ApiError &error);
    void finish(int exitCode);

    CliInvocation m_inv;
    JobApiClient *m_client = nullptr;
    JobLister *m_lister = nullptr;
    CliNameLookup *m_names = nullptr; // none with --no-names
    std::vector<Job> m_jobs; // listed or got, to print
    QStringList m_toDelete;
    QHash<QString, QPair<DeleteOutcome, QString>> m_deleteResults;
    int m_deletesInFlight = 0;
    bool m_finished = false;
};
