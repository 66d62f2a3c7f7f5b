// SPDX-License-Identifier: MIT
#pragma once

#include "monitor/jobtransitiontracker.h"

#include <QDBusConnection>
#include <QObject>

class FreedesktopNotifications;
class QMenu;
class QSystemTrayIcon;

// Announces jobs that newly fail or become stuck (never those already failed at start), unless
// muted. Through the system tray where there is one (its icon also counts failed and stuck
// jobs), else through the freedesktop notification service, so a desktop without a tray (GNOME
// by default) still hears of failures; with neither, it says so and nothing offers to mute it.
class JobNotifier final : public QObject
{
    Q_OBJECT
public:
    enum class Channel { None, Tray, Freedesktop };
    Q_ENUM(Channel)

    // Uses the session bus for the freedesktop service.
    explicit JobNotifier(QObject *parent = nullptr);
    // `bus`: where to look for the notification service (tests pass a private bus).
    JobNotifier(bool trayAvailable, const QDBusConnection &bus, QObject *parent = nullptr);

    // The tray wins: its icon carries the counts, and its messages go to the same place.
    static Channel choose(bool trayAvailable, bool notificationServiceAvailable);

    Channel channel() const { return m_channel; }
    bool canNotify() const { return m_channel != Channel::None; }
    void setMenu(QMenu *menu);
    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }
    void setCounts(qint64 failed, int stuck, const QString &connectionName);
    void notify(const JobTransitionTracker::Transitions &transitions);
    // The text of the last notification, for tests and the log.
    QString lastNotification() const { return m_lastNotification; }
    FreedesktopNotifications *freedesktop() const { return m_freedesktop; }

Q_SIGNALS:
    void activated(); // the user clicked the icon or a notification
    void notified(const QString &title, const QString &body);

private:
    void setUp(bool trayAvailable, const QDBusConnection &bus);

    Channel m_channel = Channel::None;
    QSystemTrayIcon *m_tray = nullptr;
    FreedesktopNotifications *m_freedesktop = nullptr;
    bool m_muted = false;
    QString m_lastNotification;
};
