// SPDX-License-Identifier: MIT
#include "deleterunreport.h"

#include <QLocale>

DeleteRunReport::DeleteRunReport(const JobDeleter &deleter, int sent, int skippedActive)
    : m_deleter(deleter)
    , m_sent(sent)
    , m_skippedActive(skippedActive)
    , m_deleted(deleter.count(JobDeleter::Outcome::Deleted))
    , m_gone(deleter.count(JobDeleter::Outcome::AlreadyGone))
    , m_refused(deleter.count(JobDeleter::Outcome::NotAllowed))
    , m_failed(deleter.count(JobDeleter::Outcome::Failed))
    , m_notSent(deleter.count(JobDeleter::Outcome::NotSent))
{ }

QString DeleteRunReport::jobsText(int n)
{
    return n == 1 ? tr("1 job") : tr("%1 jobs").arg(QLocale().toString(n));
}

QString DeleteRunReport::shortResult(const JobDeleter::Result &r)
{
    switch (r.outcome) {
    case JobDeleter::Outcome::Waiting:
        return tr("Waiting");
    case JobDeleter::Outcome::Sending:
        return tr("Deleting…");
    case JobDeleter::Outcome::Deleted:
        return tr("Deleted");
    case JobDeleter::Outcome::AlreadyGone:
        return tr("Already gone");
    case JobDeleter::Outcome::NotAllowed:
        if (r.outOfScope)
            return tr("Not allowed: domain-level job");
        return r.sent ? tr("Not allowed (403)") : tr("Not sent: not allowed");
    case JobDeleter::Outcome::Failed:
        return tr("Failed: %1").arg(r.error.humanMessage());
    case JobDeleter::Outcome::NotSent:
        return tr("Not sent (stopped)");
    }
    return {};
}

QString DeleteRunReport::headline() const
{
    if (m_failed > 0 || m_refused > 0)
        return tr("Some jobs were not deleted");
    return m_deleted + m_gone == m_sent ? tr("Done") : tr("Stopped");
}

QString DeleteRunReport::countsLine() const
{
    QStringList parts;
    if (m_deleted > 0)
        parts << tr("%1 deleted").arg(m_deleted);
    if (m_gone > 0)
        parts << tr("%1 already gone").arg(m_gone);
    if (m_refused > 0)
        parts << tr("%1 not allowed").arg(m_refused);
    if (m_failed > 0)
        parts << tr("%1 failed").arg(m_failed);
    if (m_notSent > 0)
        parts << tr("%1 not sent (stopped)").arg(m_notSent);
    if (m_skippedActive > 0)
        parts << tr("%1 skipped (active)").arg(m_skippedActive);
    return parts.join(QStringLiteral(" · ")) + QLatin1Char('.');
}

QStringList DeleteRunReport::details() const
{
    QStringList details;
    bool roleRefused = false;
    bool scopeRefused = false;
    for (const JobDeleter::Result &r : m_deleter.results()) {
        roleRefused = roleRefused || (r.outcome == JobDeleter::Outcome::NotAllowed && !r.outOfScope);
        scopeRefused = scopeRefused || r.outOfScope;
    }
    if (roleRefused)
        details << JobDeleter::permissionExplanation();
    if (scopeRefused)
        details << tr("Domain-level jobs (workspace \"*\") can only be deleted with a domain admin token.");
    // The first failures in full, since the result column cuts them off.
    const QStringList failedIds = m_deleter.failedIds();
    for (qsizetype i = 0; i < failedIds.size() && i < 3; ++i)
        details << tr("%1: %2").arg(failedIds.at(i), m_deleter.result(failedIds.at(i)).message());
    if (failedIds.size() > 3)
        details << tr("…and %1 more; hover over a result for its message.").arg(failedIds.size() - 3);
    if (m_failed > 0)
        details << tr("Retry sends only the failed deletes again.");
    return details;
}

QString DeleteRunReport::retryLabel() const
{
    return m_failed == 1 ? tr("&Retry 1 Failed") : tr("&Retry %1 Failed").arg(m_failed);
}
