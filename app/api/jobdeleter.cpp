// SPDX-License-Identifier: MIT
#include "jobdeleter.h"

#include "jobapiclient.h"
#include "jobdeletereply.h"
#include "jobgetreply.h"

#include <utility>

QString JobDeleter::Result::message() const
{
    switch (outcome) {
    case Outcome::Waiting:
        return tr("Waiting");
    case Outcome::Sending:
        return tr("Deleting…");
    case Outcome::Deleted:
        return tr("Deleted");
    case Outcome::AlreadyGone:
        return tr("Already gone: the server no longer has this job (deleted elsewhere, or outside this token's "
                  "workspace).");
    case Outcome::NotAllowed:
        if (outOfScope)
            return tr("Not allowed: this is a domain-level job (workspace \"*\"); only a domain admin token can "
                      "delete it. The server answers \"not found\" to workspace tokens.");
        if (!sent)
            return tr("Not sent: %1").arg(permissionExplanation());
        return permissionExplanation();
    case Outcome::Failed:
        return error.humanMessage();
    case Outcome::NotSent:
        return tr("Not sent: stopped, or the connection changed, before this job's turn.");
    }
    return {};
}

JobDeleter::JobDeleter(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

JobDeleter::~JobDeleter()
{
    // A reply outliving the deleter must not call back into it.
    for (const QPointer<JobApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->disconnect(this);
    }
}

void JobDeleter::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    if (m_running)
        pump();
}

bool JobDeleter::start(const QStringList &ids)
{
    if (m_running)
        return false;
    m_results.clear();
    m_indexById.clear();
    QStringList unique;
    unique.reserve(ids.size());
    for (const QString &id : ids) {
        if (id.isEmpty() || m_indexById.contains(id))
            continue;
        m_indexById.insert(id, int(m_results.size()));
        m_results.append(Result{ id, Outcome::Waiting, {}, false, false });
        unique.append(id);
    }
    beginRun(unique);
    return true;
}

bool JobDeleter::retryFailed()
{
    if (m_running)
        return false;
    const QStringList ids = failedIds();
    if (ids.isEmpty())
        return false;
    for (const QString &id : ids)
        m_results[m_indexById.value(id)] = Result{ id, Outcome::Waiting, {}, false, false };
    beginRun(ids);
    return true;
}

void JobDeleter::beginRun(const QStringList &ids)
{
    m_generation = m_client ? m_client->generation() : 0;
    m_queue = ids;
    m_total = int(ids.size());
    m_done = 0;
    m_canceled = false;
    m_running = true;
    Q_EMIT progress(m_done, m_total);
    pump();
    // An empty run (or one whose every request failed at once) still ends from the event loop,
    // so callers can connect after start().
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        QMetaObject::invokeMethod(this, &JobDeleter::finishIfDone, Qt::QueuedConnection);
}

void JobDeleter::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    const QStringList rest = m_queue;
    m_queue.clear();
    for (const QString &id : rest)
        settle(id, Outcome::NotSent, {});
    finishIfDone();
}

void JobDeleter::pump()
{
    if (!m_client || m_client->generation() != m_generation) {
        // The client now talks to another server or with another token: the ids belong to the
        // old one, so nothing more is sent.
        const QStringList rest = m_queue;
        m_queue.clear();
        for (const QString &id : rest)
            settle(id, Outcome::NotSent, {});
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const QString id = m_queue.takeFirst();
        Result &r = m_results[m_indexById.value(id)];
        r.outcome = Outcome::Sending;
        r.sent = true;
        m_sentIds.append(id);
        JobDeleteReply *reply = m_client->remove(id);
        m_inFlight.append(reply);
        connect(reply, &JobApiReply::finished, this, [this, reply] { onReplyFinished(reply); });
    }
}

void JobDeleter::onReplyFinished(JobDeleteReply *reply)
{
    m_inFlight.removeAll(reply);
    const ApiError error = reply->error();
    const Outcome outcome = classify(error);
    if (outcome == Outcome::AlreadyGone && m_client) {
        // identity answers "not found" also when the job exists outside the token's scope: a
        // workspace token cannot delete a domain-level ("*") job, yet may read it. A get tells
        // the two apart, so a refused job is not reported (and hidden) as gone.
        JobGetReply *check = m_client->get(reply->jobId());
        m_inFlight.append(check);
        const QString jobId = reply->jobId();
        connect(check, &JobApiReply::finished, this, [this, check, jobId, error] {
            m_inFlight.removeAll(check);
            if (check->isOk()) {
                m_results[m_indexById.value(jobId)].outOfScope = true;
                settle(jobId, Outcome::NotAllowed, error);
            } else {
                settle(jobId, Outcome::AlreadyGone, error);
            }
            if (!m_canceled)
                pump();
            finishIfDone();
        });
        return;
    }
    settle(reply->jobId(), outcome, error);
    if (outcome == Outcome::NotAllowed && !m_queue.isEmpty()) {
        // identity refuses delete by role, not per job: every other id would get the same 403,
        // so do not send them at all.
        const QStringList rest = m_queue;
        m_queue.clear();
        for (const QString &id : rest) {
            m_results[m_indexById.value(id)].sent = false;
            settle(id, Outcome::NotAllowed, error);
        }
    }
    if (!m_canceled)
        pump();
    finishIfDone();
}

void JobDeleter::settle(const QString &jobId, Outcome outcome, const ApiError &error)
{
    const auto it = m_indexById.constFind(jobId);
    if (it == m_indexById.constEnd())
        return;
    Result &r = m_results[*it];
    if (r.isFinal())
        return;
    r.outcome = outcome;
    r.error = outcome == Outcome::Deleted || outcome == Outcome::NotSent ? ApiError() : error;
    ++m_done;
    Q_EMIT jobFinished(r);
    Q_EMIT progress(m_done, m_total);
}

void JobDeleter::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_inFlight.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished();
}

JobDeleter::Result JobDeleter::result(const QString &jobId) const
{
    const auto it = m_indexById.constFind(jobId);
    return it == m_indexById.constEnd() ? Result{ jobId, Outcome::Waiting, {}, false, false } : m_results.at(*it);
}

QStringList JobDeleter::idsWithOutcome(Outcome outcome) const
{
    QStringList ids;
    for (const Result &r : m_results) {
        if (r.outcome == outcome)
            ids.append(r.jobId);
    }
    return ids;
}

int JobDeleter::count(Outcome outcome) const
{
    int n = 0;
    for (const Result &r : m_results)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

JobDeleter::Outcome JobDeleter::classify(const ApiError &error)
{
    if (!error.isError())
        return Outcome::Deleted;
    if (error.isNotFound())
        return Outcome::AlreadyGone;
    if (error.isPermission())
        return Outcome::NotAllowed;
    return Outcome::Failed;
}

QString JobDeleter::permissionExplanation()
{
    return tr("Not allowed: your role cannot delete jobs. Deleting needs a domain admin or workspace owner token; "
              "workspace members can only view them.");
}
