// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <optional>

// Desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus), for desktops without a system tray, such
// as GNOME by default. A new notification replaces the previous one rather than stacking up,
// and clicking it asks to show the window.
class FreedesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifications)

public:
    static const QString kService;
    static const QString kPath;
    static const QString kInterface;

    explicit FreedesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    // Whether a notification service is running on the bus, or can be started by it.
    static bool isServiceAvailable(const QDBusConnection &bus);

    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };
    // Sends without waiting for the service (the first ones wait for its capabilities);
    // `summary` and `body` are plain text.
    void show(const QString &summary, const QString &body, Urgency urgency);

    // The id the service gave the last notification (0 before its answer).
    uint lastId() const { return m_lastId; }

Q_SIGNALS:
    void activated(); // the user clicked a notification of this app
    void sent(uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);

private:
    struct Waiting
    {
        QString summary;
        QString body;
        Urgency urgency;
    };
    void send(const QString &summary, const QString &body, Urgency urgency);
    QString bodyText(const QString &body) const;

    QDBusConnection m_bus;
    uint m_lastId = 0;
    bool m_bodyMarkup = false;
    bool m_capabilitiesKnown = false;
    std::optional<Waiting> m_waiting; // asked before the capabilities answer
};
