// SPDX-License-Identifier: MIT
#include "clinamelookup.h"

#include "clioutput.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"

#include <QStringList>
#include <QTimer>

namespace {
using Kind = NameDirectory::Kind;
constexpr Kind kKinds[] = { Kind::Workspace, Kind::TrustedAccount, Kind::Plugin };
// Beyond the directory's own deadline, so that its reason (timeout, 503...) is the one told.
constexpr int kDeadlineMarginMs = 1000;
// NameDirectory signals names, not the end of its work (a batch of misses changes no name), so
// the wait looks at isBusy() this often.
constexpr int kPollIntervalMs = 10;

// The directory's reasons read "<Kinds>: <why>"; kinds that fail for the same reason (a timeout
// fails them all) are told once: "Trusted accounts, Plugins: <why>".
QString grouped(const QStringList &reasons)
{
    QStringList whys;
    QList<QStringList> kinds;
    for (const QString &reason : reasons) {
        const qsizetype colon = reason.indexOf(QLatin1String(": "));
        const QString kind = colon < 0 ? QString() : reason.left(colon);
        const QString why = colon < 0 ? reason : reason.mid(colon + 2);
        const qsizetype at = whys.indexOf(why);
        if (at < 0) {
            whys.append(why);
            kinds.append({ kind });
        } else {
            kinds[at].append(kind);
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < whys.size(); ++i) {
        kinds[i].removeAll(QString());
        parts.append(kinds.at(i).isEmpty() ? whys.at(i)
                                           : kinds.at(i).join(QLatin1String(", ")) + QLatin1String(": ") + whys.at(i));
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

CliNameLookup::CliNameLookup(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_directory(new NameDirectory(client, this))
    , m_poll(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &CliNameLookup::check);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(client->requestPolicy().deadlineMs(client->endpoint().timeoutMs) + kDeadlineMarginMs);
    connect(m_deadline, &QTimer::timeout, this, [this] { finish(true); });
}

CliNameLookup::~CliNameLookup() = default;

void CliNameLookup::lookUp(const std::vector<Job> &jobs, std::function<void()> ready)
{
    m_ready = std::move(ready);
    QStringList ids[3];
    for (const Job &job : jobs) {
        ids[int(Kind::Workspace)].append(job.workspaceId);
        ids[int(Kind::TrustedAccount)].append(job.trustedAccountId);
        ids[int(Kind::Plugin)].append(job.pluginId);
    }
    for (const Kind kind : kKinds) {
        QStringList &list = ids[int(kind)];
        list.removeAll(QString());
        if (kind == Kind::Workspace)
            list.removeAll(NameDirectory::kDomainWorkspace);
        list.removeDuplicates();
        m_askedKind[int(kind)] = !list.isEmpty();
        m_directory->request(kind, list);
    }
    if (!m_directory->isBusy()) {
        finish(false);
        return;
    }
    m_poll->start();
    m_deadline->start();
}

JobNames CliNameLookup::names() const
{
    return JobNames::from(m_directory);
}

void CliNameLookup::check()
{
    if (!m_directory->isBusy())
        finish(false);
}

void CliNameLookup::finish(bool timedOut)
{
    if (!m_ready)
        return;
    m_poll->stop();
    m_deadline->stop();
    QStringList reasons;
    for (const Kind kind : kKinds) {
        const QString reason = m_directory->unavailableReason(kind);
        if (m_askedKind[int(kind)] && !reason.isEmpty())
            reasons.append(reason);
    }
    if (timedOut)
        CliOutput::errorLine(tr("note: names did not arrive in time; ids are shown instead."));
    else if (!reasons.isEmpty())
        CliOutput::errorLine(tr("note: %1").arg(grouped(reasons)));
    const std::function<void()> ready = std::move(m_ready);
    m_ready = nullptr;
    ready();
}
