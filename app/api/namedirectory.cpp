// SPDX-License-Identifier: MIT
#include "namedirectory.h"

#include "directorylistreply.h"
#include "jobapiclient.h"
#include "timersource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {
constexpr std::array<NameDirectory::Kind, 3> kKinds{ NameDirectory::Kind::Workspace,
                                                     NameDirectory::Kind::TrustedAccount, NameDirectory::Kind::Plugin };

ApiResource resourceOf(NameDirectory::Kind kind)
{
    switch (kind) {
    case NameDirectory::Kind::Workspace:
        return ApiResource::Workspace;
    case NameDirectory::Kind::TrustedAccount:
        return ApiResource::TrustedAccount;
    case NameDirectory::Kind::Plugin:
        break;
    }
    return ApiResource::Plugin;
}

QString titleOf(NameDirectory::Kind kind)
{
    switch (kind) {
    case NameDirectory::Kind::Workspace:
        return QCoreApplication::translate("NameDirectory", "Workspaces");
    case NameDirectory::Kind::TrustedAccount:
        return QCoreApplication::translate("NameDirectory", "Trusted accounts");
    case NameDirectory::Kind::Plugin:
        break;
    }
    return QCoreApplication::translate("NameDirectory", "Plugins");
}

// {"query":{"filter":[{"k":<id>,"v":[ids],"o":"in"}],"only":[<id>,"name",...]}}: the rows of
// exactly these ids, and of them only what a name needs.
QJsonObject lookupBody(NameDirectory::Kind kind, const QStringList &ids)
{
    const QString idField = DirectoryListReply::idField(resourceOf(kind));
    QJsonArray only{ idField, QStringLiteral("name") };
    if (kind == NameDirectory::Kind::TrustedAccount)
        only.append(QStringLiteral("provider"));
    const QJsonObject filter{ { QStringLiteral("k"), idField },
                              { QStringLiteral("v"), QJsonArray::fromStringList(ids) },
                              { QStringLiteral("o"), QStringLiteral("in") } };
    const QJsonObject query{ { QStringLiteral("filter"), QJsonArray{ filter } }, { QStringLiteral("only"), only } };
    return QJsonObject{ { QStringLiteral("query"), query } };
}
} // namespace

NameDirectory::NameDirectory(JobApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    setClock({});
    // Names belong to a server and what a token may see of it.
    connect(client, &JobApiClient::endpointChanged, this, &NameDirectory::clear);
}

NameDirectory::~NameDirectory() = default;

void NameDirectory::setClock(std::function<qint64()> nowMs)
{
    if (nowMs) {
        m_now = std::move(nowMs);
        return;
    }
    m_now = [client = m_client] { return client ? client->timerSource()->nowMs() : TimerSource::system()->nowMs(); };
}

NameDirectory::Name NameDirectory::entry(Kind kind, const QString &id) const
{
    const Book &b = book(kind);
    if (const auto it = b.names.constFind(id); it != b.names.cend())
        return *it;
    if (b.misses.contains(id))
        return {};
    return m_remembered[size_t(kind)].value(id);
}

QString NameDirectory::name(Kind kind, const QString &id) const
{
    return entry(kind, id).name;
}

QStringList NameDirectory::namedIds(Kind kind) const
{
    return book(kind).names.keys();
}

QString NameDirectory::provider(const QString &trustedAccountId) const
{
    return entry(Kind::TrustedAccount, trustedAccountId).provider;
}

void NameDirectory::remember(Kind kind, const QHash<QString, Name> &names)
{
    QHash<QString, Name> &remembered = m_remembered[size_t(kind)];
    QStringList ids;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key().isEmpty() || it->name.isEmpty())
            continue;
        remembered.insert(it.key(), *it);
        ids.append(it.key());
    }
    if (!ids.isEmpty())
        emit namesChanged(kind, ids);
}

void NameDirectory::forgetRemembered()
{
    for (const Kind kind : kKinds) {
        QHash<QString, Name> &remembered = m_remembered[size_t(kind)];
        if (remembered.isEmpty())
            continue;
        const QStringList ids = remembered.keys();
        remembered.clear();
        emit namesChanged(kind, ids);
    }
}

bool NameDirectory::isMiss(Kind kind, const QString &id) const
{
    return book(kind).misses.contains(id);
}

QString NameDirectory::unavailableReason(Kind kind) const
{
    return book(kind).unavailableReason;
}

void NameDirectory::request(Kind kind, const QStringList &ids)
{
    const qint64 now = m_now();
    if (m_lastRefreshMs < 0)
        m_lastRefreshMs = now;
    else if (now - m_lastRefreshMs >= kRefreshIntervalMs)
        refresh();

    // Nothing to ask yet: the connection that is made later asks for what it shows.
    if (!m_client || !m_client->endpoint().isValid())
        return;
    Book &b = book(kind);
    bool queued = false;
    for (const QString &id : ids) {
        if (id.isEmpty() || (kind == Kind::Workspace && id == kDomainWorkspace))
            continue;
        b.requested.insert(id);
        if (!b.unavailableReason.isEmpty() || b.names.contains(id) || b.misses.contains(id) || b.inFlight.contains(id))
            continue;
        b.pending.insert(id);
        queued = true;
    }
    if (queued)
        scheduleFlush();
}

void NameDirectory::refresh()
{
    m_lastRefreshMs = m_now();
    for (const Kind kind : kKinds) {
        Book &b = book(kind);
        b.misses.clear();
        const bool wasUnavailable = !b.unavailableReason.isEmpty();
        b.unavailableReason.clear();
        // Known names are asked again too: a renamed workspace shows its new name.
        for (const QString &id : std::as_const(b.requested)) {
            if (!b.inFlight.contains(id))
                b.pending.insert(id);
        }
        if (wasUnavailable)
            emit availabilityChanged(kind);
    }
    scheduleFlush();
}

void NameDirectory::clear()
{
    ++m_epoch;
    m_batchesInFlight = 0;
    m_lastRefreshMs = -1;
    for (const Kind kind : kKinds) {
        const bool wasUnavailable = !book(kind).unavailableReason.isEmpty();
        book(kind) = Book();
        if (wasUnavailable)
            emit availabilityChanged(kind);
    }
}

void NameDirectory::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &NameDirectory::flush, Qt::QueuedConnection);
}

void NameDirectory::flush()
{
    m_flushScheduled = false;
    for (const Kind kind : kKinds) {
        Book &b = book(kind);
        QStringList ids(b.pending.begin(), b.pending.end());
        b.pending.clear();
        if (!b.unavailableReason.isEmpty() || ids.isEmpty())
            continue;
        // Sorted, so the same ids make the same batches.
        std::sort(ids.begin(), ids.end());
        for (qsizetype start = 0; start < ids.size(); start += kBatchSize)
            send(kind, ids.mid(start, kBatchSize));
    }
}

void NameDirectory::send(Kind kind, const QStringList &ids)
{
    if (!m_client)
        return;
    Book &b = book(kind);
    for (const QString &id : ids)
        b.inFlight.insert(id);
    ++m_batchesInFlight;
    DirectoryListReply *reply = m_client->listDirectory(resourceOf(kind), lookupBody(kind, ids), int(ids.size()));
    connect(reply, &JobApiReply::finished, this, [this, kind, ids, reply, epoch = m_epoch] {
        if (epoch == m_epoch)
            onFinished(kind, ids, reply);
    });
}

void NameDirectory::onFinished(Kind kind, const QStringList &ids, DirectoryListReply *reply)
{
    --m_batchesInFlight;
    m_traffic.add(reply);
    Book &b = book(kind);
    for (const QString &id : ids)
        b.inFlight.remove(id);
    if (reply->error().kind == ApiError::Kind::Canceled) {
        // Not an answer: ask again with the next request.
        return;
    }
    if (reply->isOk())
        take(kind, ids, reply);
    else
        fail(kind, reply->error());
}

void NameDirectory::take(Kind kind, const QStringList &ids, DirectoryListReply *reply)
{
    Book &b = book(kind);
    QStringList changed;
    QSet<QString> answered;
    for (const DirectoryEntry &entry : reply->entries()) {
        answered.insert(entry.id);
        b.misses.remove(entry.id);
        const auto it = b.names.constFind(entry.id);
        if (it != b.names.cend() && it->name == entry.name && it->provider == entry.provider)
            continue;
        b.names.insert(entry.id, Name{ entry.name, entry.provider });
        changed.append(entry.id);
    }
    for (const QString &id : ids) {
        if (answered.contains(id))
            continue;
        // A new miss changes what is said about the id (no longer "not known yet").
        const bool newMiss = !b.misses.contains(id);
        b.misses.insert(id);
        if (b.names.remove(id) > 0 || newMiss)
            changed.append(id);
    }
    if (!changed.isEmpty())
        emit namesChanged(kind, changed);
}

void NameDirectory::fail(Kind kind, const ApiError &error)
{
    QString reason;
    if (error.isPermission())
        reason = tr("%1: the token may not list them (permission denied); ids are shown instead.").arg(titleOf(kind));
    else if (error.isUnknownPath())
        reason
            = tr("%1: the server does not offer their list (no such path); ids are shown instead.").arg(titleOf(kind));
    else
        reason = tr("%1: names could not be loaded: %2").arg(titleOf(kind), error.humanMessage());
    Book &b = book(kind);
    const bool changed = b.unavailableReason != reason;
    b.unavailableReason = reason;
    // What was queued meanwhile waits for the refresh like the rest.
    b.pending.clear();
    if (changed)
        emit availabilityChanged(kind);
}
