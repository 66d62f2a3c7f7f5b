// SPDX-License-Identifier: MIT
#include "trustedaccountsyncer.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "api/trustedaccountsyncreply.h"
#include "connect/tokeninfo.h"

#include <QSet>

namespace {

// identity's ERROR_DUPLICATE_JOB: the sync answers 200 with a job created as FAILURE.
bool isDuplicateJob(const Job &job)
{
    return job.status == JobStatus::Failure
        && job.errorMessage.contains(QLatin1String("already running"), Qt::CaseInsensitive);
}

// The request may have reached the server, which may have created the job before the answer
// was lost.
bool mayHaveArrived(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Timeout)
        return true;
    return error.kind == ApiError::Kind::Network
        && (error.networkError == QNetworkReply::RemoteHostClosedError
            || error.networkError == QNetworkReply::UnknownNetworkError);
}

} // namespace

QString TrustedAccountSyncer::Target::label() const
{
    if (name.isEmpty())
        return trustedAccountId;
    return QStringLiteral("%1 (%2)").arg(name, trustedAccountId);
}

QString TrustedAccountSyncer::Result::message() const
{
    return TrustedAccountSyncer::describe(*this);
}

QString TrustedAccountSyncer::describe(const Result &result)
{
    const Target &target = result.target;
    const Job &job = result.job;
    const ApiError &error = result.error;
    switch (result.outcome) {
    case Outcome::Waiting:
        return target.isAllowed() ? tr("Waiting") : target.refusal;
    case Outcome::Started:
        return tr("Started: %1").arg(job.jobId);
    case Outcome::AlreadyRunning:
        return tr("Already syncing: the server refused a second sync while one runs (%1 failed at once).")
            .arg(job.jobId);
    case Outcome::NotFound:
        return tr("The trusted account no longer exists, or is outside this token's scope.");
    case Outcome::NotAllowed:
        return tr("Not allowed: syncing needs a domain admin, or a workspace owner for the workspace's own "
                  "accounts.");
    case Outcome::Unknown:
        return tr("No answer (%1): the sync may have started; its job will show in the table if it did.")
            .arg(error.humanMessage());
    case Outcome::Failed:
        break;
    }
    return error.humanMessage();
}

TrustedAccountSyncer::TrustedAccountSyncer(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

TrustedAccountSyncer::~TrustedAccountSyncer()
{
    cancel();
}

QString TrustedAccountSyncer::refusalFor(const TokenInfo &token, const QString &workspaceId)
{
    switch (token.role()) {
    case TokenInfo::Role::DomainAdmin:
    case TokenInfo::Role::System:
    case TokenInfo::Role::Unknown:
        return {};
    case TokenInfo::Role::WorkspaceOwner:
        if (workspaceId == NameDirectory::kDomainWorkspace)
            return tr("A domain-wide trusted account can be synced by a domain admin only.");
        if (!token.workspaceId().isEmpty() && !workspaceId.isEmpty() && token.workspaceId() != workspaceId)
            return tr("This account belongs to another workspace than the token's.");
        return {};
    case TokenInfo::Role::WorkspaceMember:
        return tr("Workspace members may not sync trusted accounts; that needs a workspace owner or domain admin "
                  "token.");
    case TokenInfo::Role::User:
        break;
    }
    return tr("This token's role may not sync trusted accounts.");
}

bool TrustedAccountSyncer::maySyncAny(const TokenInfo &token)
{
    switch (token.role()) {
    case TokenInfo::Role::DomainAdmin:
    case TokenInfo::Role::System:
    case TokenInfo::Role::WorkspaceOwner:
    case TokenInfo::Role::Unknown:
        return !token.isEmpty();
    case TokenInfo::Role::WorkspaceMember:
    case TokenInfo::Role::User:
        break;
    }
    return false;
}

QList<TrustedAccountSyncer::Target> TrustedAccountSyncer::targetsFor(const QList<Job> &jobs, const TokenInfo &token,
                                                                     const NameDirectory *names)
{
    QList<Target> targets;
    QSet<QString> seen;
    for (const Job &job : jobs) {
        if (job.trustedAccountId.isEmpty() || seen.contains(job.trustedAccountId))
            continue;
        seen.insert(job.trustedAccountId);
        Target t;
        t.trustedAccountId = job.trustedAccountId;
        t.workspaceId = job.workspaceId;
        if (names) {
            t.name = names->name(NameDirectory::Kind::TrustedAccount, job.trustedAccountId);
            t.provider = names->provider(job.trustedAccountId);
        }
        t.refusal = refusalFor(token, job.workspaceId);
        targets.append(t);
    }
    return targets;
}

TrustedAccountSyncer::Outcome TrustedAccountSyncer::classify(const Job &job, const ApiError &error)
{
    if (!error.isError())
        return isDuplicateJob(job) ? Outcome::AlreadyRunning : Outcome::Started;
    if (error.isNotFound())
        return Outcome::NotFound;
    if (error.isPermission())
        return Outcome::NotAllowed;
    if (mayHaveArrived(error))
        return Outcome::Unknown;
    return Outcome::Failed;
}

void TrustedAccountSyncer::start(const QList<Target> &targets)
{
    cancel();
    m_results.clear();
    for (const Target &t : targets) {
        Result r;
        r.target = t;
        m_results.append(r);
    }
    m_next = 0;
    m_running = true;
    sendNext();
}

void TrustedAccountSyncer::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_next = int(m_results.size());
    if (m_reply) {
        const QPointer<TrustedAccountSyncReply> reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}

int TrustedAccountSyncer::count(Outcome outcome) const
{
    int n = 0;
    for (const Result &r : m_results)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

QList<Job> TrustedAccountSyncer::startedJobs() const
{
    QList<Job> jobs;
    for (const Result &r : m_results) {
        if (r.outcome == Outcome::Started)
            jobs.append(r.job);
    }
    return jobs;
}

void TrustedAccountSyncer::sendNext()
{
    while (m_next < m_results.size() && !m_results.at(m_next).target.isAllowed())
        ++m_next;
    if (m_next >= m_results.size() || !m_client) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const int index = m_next++;
    TrustedAccountSyncReply *reply = m_client->syncTrustedAccount(m_results.at(index).target.trustedAccountId);
    m_reply = reply;
    connect(reply, &JobApiReply::finished, this, [this, index, reply] { onReplyFinished(index, reply); });
}

void TrustedAccountSyncer::onReplyFinished(int index, TrustedAccountSyncReply *reply)
{
    m_reply = nullptr;
    if (!m_running)
        return;
    Result &r = m_results[index];
    r.error = reply->error();
    r.job = reply->job();
    r.outcome = classify(r.job, r.error);
    Q_EMIT resultChanged(index);
    sendNext();
}
