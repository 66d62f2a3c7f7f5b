// SPDX-License-Identifier: MIT
#include "freedesktopnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

#include <utility>

const QString FreedesktopNotifications::kService = QStringLiteral("org.freedesktop.Notifications");
const QString FreedesktopNotifications::kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString FreedesktopNotifications::kInterface = QStringLiteral("org.freedesktop.Notifications");

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    // Servers that read markup in the body would swallow "<" of an error message; ask once.
    const QDBusMessage capabilities
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(capabilities), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isValid())
            m_bodyMarkup = reply.value().contains(QLatin1String("body-markup"));
        m_capabilitiesKnown = true;
        watcher->deleteLater();
        if (m_waiting) {
            const Waiting waiting = *std::exchange(m_waiting, std::nullopt);
            send(waiting.summary, waiting.body, waiting.urgency);
        }
    });
}

bool FreedesktopNotifications::isServiceAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(kService);
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kService);
}

QString FreedesktopNotifications::bodyText(const QString &body) const
{
    return m_bodyMarkup ? body.toHtmlEscaped() : body;
}

void FreedesktopNotifications::show(const QString &summary, const QString &body, Urgency urgency)
{
    // Until the service has said whether it reads markup, the body cannot be written safely.
    // Only the newest waits: each notification replaces the one before anyway.
    if (!m_capabilitiesKnown) {
        m_waiting = Waiting{ summary, body, urgency };
        return;
    }
    send(summary, body, urgency);
}

void FreedesktopNotifications::send(const QString &summary, const QString &body, Urgency urgency)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(SJM_APP_ID));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)));
    call << QStringLiteral("SpaceONE Job Monitor") << m_lastId << QStringLiteral(SJM_APP_ID) << summary
         << bodyText(body) << QStringList{ QStringLiteral("default"), tr("Show") } << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isValid()) {
            m_lastId = reply.value();
            Q_EMIT sent(m_lastId);
        }
        watcher->deleteLater();
    });
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    // The signal is broadcast to every client: only ours count.
    if (id != 0 && id == m_lastId && actionKey == QLatin1String("default"))
        Q_EMIT activated();
}
