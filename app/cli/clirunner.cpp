// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "clicommand.h"
#include "clinamelookup.h"
#include "clioutput.h"
#include "jobformatter.h"

#include "api/jobapiclient.h"
#include "api/jobdeletereply.h"
#include "api/jobgetreply.h"
#include "api/joblister.h"
#include "api/jobstatreply.h"
#include "api/jobwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// Enough to overlap round trips without looking like a flood to the gateway.
constexpr int kParallelDeletes = 4;

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}
} // namespace

CliRunner::CliRunner(const CliInvocation &invocation, QObject *parent)
    : QObject(parent)
    , m_inv(invocation)
    , m_client(new JobApiClient(this))
{
    m_client->setEndpoint(m_inv.endpoint);
}

CliRunner::~CliRunner() = default;

int CliRunner::exitCodeFor(const ApiError &error)
{
    if (!error.isError())
        return Success;
    if (error.isAuthentication() || error.isPermission())
        return Unauthorized;
    if (error.isNotFound())
        return NotFound;
    return Failure;
}

void CliRunner::start()
{
    for (const QString &warning : std::as_const(m_inv.warnings))
        CliOutput::errorLine(warning);
    switch (m_inv.command->id) {
    case CliCommand::List:
        runList();
        break;
    case CliCommand::Get:
        runGet();
        break;
    case CliCommand::Delete:
        runDelete();
        break;
    case CliCommand::Stat:
        runStat();
        break;
    default:
        finish(Usage);
        break;
    }
}

void CliRunner::fail(const ApiError &error)
{
    CliOutput::error(error.humanMessage());
    finish(exitCodeFor(error));
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    CliOutput::flush();
    emit finished(exitCode);
}

JobNames CliRunner::names() const
{
    return m_names ? m_names->names() : JobNames{};
}

void CliRunner::whenNamed(void (CliRunner::*print)())
{
    if (!m_inv.names) {
        (this->*print)();
        return;
    }
    m_names = new CliNameLookup(m_client, this);
    m_names->lookUp(m_jobs, [this, print] { (this->*print)(); });
}

void CliRunner::runList()
{
    m_lister = new JobLister(m_client, this);
    m_lister->setMaxJobs(m_inv.limit);
    m_lister->setPageLimit(qMin(JobLister::kDefaultPageLimit, m_inv.limit));
    JobListRequest request;
    request.query.filter = m_inv.filter.serverFilters();
    request.query.keyword = m_inv.keyword;
    request.query.sort = m_inv.sort;
    connect(m_lister, &JobLister::finished, this, [this] {
        if (!m_lister->isOk()) {
            fail(m_lister->error());
            return;
        }
        m_jobs = m_lister->takeJobs();
        whenNamed(&CliRunner::printList);
    });
    m_lister->start(request);
}

void CliRunner::printList()
{
    switch (m_inv.format) {
    case CliInvocation::Format::Json:
        CliOutput::out(JobWriter::toJson(m_jobs, names()));
        break;
    case CliInvocation::Format::Csv:
        CliOutput::out(JobWriter::toCsv(m_jobs, names()));
        break;
    case CliInvocation::Format::Table:
        CliOutput::out(JobFormatter::jobsTable(m_jobs, QDateTime::currentMSecsSinceEpoch(), names()));
        break;
    }
    if (m_lister->truncated())
        CliOutput::errorLine(
            tr("note: showing %1 of %2 jobs; raise --limit to see more")
                .arg(m_jobs.size())
                .arg(m_lister->serverTotal() >= 0 ? QString::number(m_lister->serverTotal()) : tr("more")));
    finish(Success);
}

void CliRunner::runGet()
{
    JobGetReply *reply = m_client->get(m_inv.jobIds.first());
    connect(reply, &JobApiReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        m_jobs = { reply->job() };
        whenNamed(&CliRunner::printGet);
    });
}

void CliRunner::printGet()
{
    const Job &job = m_jobs.front();
    switch (m_inv.format) {
    case CliInvocation::Format::Json:
        CliOutput::out(QJsonDocument(JobWriter::toJsonObject(job, names())).toJson(QJsonDocument::Indented));
        break;
    case CliInvocation::Format::Csv:
        CliOutput::out(JobWriter::toCsv(m_jobs, names()));
        break;
    case CliInvocation::Format::Table:
        CliOutput::out(JobFormatter::jobDetails(job, QDateTime::currentMSecsSinceEpoch(), names()));
        break;
    }
    finish(Success);
}

void CliRunner::runStat()
{
    JobStatQuery query = JobStatQuery::countBy({ m_inv.statField }, m_inv.filter.serverFilters());
    query.keyword = m_inv.keyword;
    JobStatReply *reply = m_client->stat(query);
    connect(reply, &JobApiReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        const QHash<QString, qint64> counts = reply->result().countsBy(m_inv.statField);
        JobFormatter::Counts rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.append({ it.key(), it.value() });
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        switch (m_inv.format) {
        case CliInvocation::Format::Json:
            CliOutput::out(JobFormatter::countsJson(m_inv.statField, rows));
            break;
        case CliInvocation::Format::Csv:
            CliOutput::out(JobFormatter::countsCsv(m_inv.statField, rows));
            break;
        case CliInvocation::Format::Table:
            CliOutput::out(JobFormatter::countsTable(m_inv.statField, rows));
            break;
        }
        finish(Success);
    });
}

bool CliRunner::confirmDeletion()
{
    if (m_inv.assumeYes)
        return true;
    if (!stdinIsTerminal()) {
        CliOutput::error(tr("refusing to delete without confirmation: standard input is not a terminal (add --yes)"));
        return false;
    }
    const int n = int(m_inv.jobIds.size());
    QString shown = m_inv.jobIds.mid(0, 5).join(QLatin1String(", "));
    if (n > 5)
        shown += tr(" and %1 more").arg(n - 5);
    CliOutput::prompt(tr("Delete %n job(s) (%1)? This cannot be undone. [y/N] ", nullptr, n).arg(shown));
    std::string answer;
    if (!std::getline(std::cin, answer))
        answer.clear();
    const QString a = QString::fromLocal8Bit(answer.c_str()).trimmed().toLower();
    if (a == QLatin1String("y") || a == QLatin1String("yes"))
        return true;
    CliOutput::error(tr("nothing deleted"));
    return false;
}

void CliRunner::runDelete()
{
    if (!confirmDeletion()) {
        finish(Usage);
        return;
    }
    m_toDelete = m_inv.jobIds;
    deleteNext();
}

void CliRunner::deleteNext()
{
    while (!m_finished && m_deletesInFlight < kParallelDeletes && !m_toDelete.isEmpty()) {
        const QString id = m_toDelete.takeFirst();
        JobDeleteReply *reply = m_client->remove(id);
        ++m_deletesInFlight;
        connect(reply, &JobApiReply::finished, this, [this, reply] {
            --m_deletesInFlight;
            if (m_finished)
                return;
            const ApiError &e = reply->error();
            if (e.isAuthentication()) {
                // The same rejected token would fail every other id: say it once.
                m_client->cancelAll();
                fail(e);
                return;
            }
            DeleteOutcome outcome = DeleteOutcome::Failed;
            if (!e.isError())
                outcome = DeleteOutcome::Deleted;
            else if (e.isNotFound())
                outcome = DeleteOutcome::AlreadyGone;
            else if (e.isPermission())
                outcome = DeleteOutcome::NotAllowed;
            m_deleteResults.insert(reply->jobId(), { outcome, e.isError() ? e.humanMessage() : QString() });
            if (m_deleteResults.size() == m_inv.jobIds.size())
                printDeleteResults();
            else
                deleteNext();
        });
    }
}

void CliRunner::printDeleteResults()
{
    auto word = [](DeleteOutcome o) {
        switch (o) {
        case DeleteOutcome::Deleted:
            return QStringLiteral("deleted");
        case DeleteOutcome::AlreadyGone:
            return QStringLiteral("already gone");
        case DeleteOutcome::NotAllowed:
            return QStringLiteral("not allowed");
        case DeleteOutcome::Failed:
            break;
        }
        return QStringLiteral("failed");
    };
    int notDeleted = 0;
    QList<QStringList> rows;
    QJsonArray json;
    QString csv = JobWriter::csvLine({ QStringLiteral("job_id"), QStringLiteral("result"), QStringLiteral("error") });
    for (const QString &id : std::as_const(m_inv.jobIds)) {
        const auto result = m_deleteResults.value(id);
        if (result.first == DeleteOutcome::NotAllowed || result.first == DeleteOutcome::Failed)
            ++notDeleted;
        // "Already gone" also covers a job outside this token's scope; the detail says so.
        const QString detail = result.first == DeleteOutcome::Deleted ? QString() : result.second;
        rows.append({ id, word(result.first), detail });
        QJsonObject o{ { QStringLiteral("job_id"), id }, { QStringLiteral("result"), word(result.first) } };
        if (!detail.isEmpty())
            o.insert(QStringLiteral("error"), detail);
        json.append(o);
        csv += JobWriter::csvLine({ id, word(result.first), detail });
    }
    switch (m_inv.format) {
    case CliInvocation::Format::Json:
        CliOutput::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
        break;
    case CliInvocation::Format::Csv:
        CliOutput::out(csv);
        break;
    case CliInvocation::Format::Table:
        CliOutput::out(JobFormatter::alignedTable({ tr("JOB ID"), tr("RESULT"), tr("DETAIL") }, rows));
        break;
    }
    if (notDeleted > 0) {
        CliOutput::error(tr("%1 of %2 jobs could not be deleted").arg(notDeleted).arg(m_inv.jobIds.size()));
        finish(Failure);
        return;
    }
    finish(Success);
}
