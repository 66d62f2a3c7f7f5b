// SPDX-License-Identifier: MIT
#pragma once

#include "monitor/jobtransitiontracker.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

// The system tray icon: its tooltip counts failed and stuck jobs, and a desktop notification
// announces jobs that newly fail or become stuck (never those already failed at start), unless
// muted.
class JobTrayNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit JobTrayNotifier(QObject *parent = nullptr);

    bool isAvailable() const;
    void setMenu(QMenu *menu);
    void setMuted(bool muted) { m_muted = muted; }
    bool isMuted() const { return m_muted; }
    void setCounts(qint64 failed, int stuck, const QString &connectionName);
    void notify(const JobTransitionTracker::Transitions &transitions);
    // The text of the last notification, for tests and the log.
    QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void activated(); // the user clicked the icon or a notification
    void notified(const QString &title, const QString &body);

private:
    QSystemTrayIcon *m_tray = nullptr;
    bool m_muted = false;
    QString m_lastNotification;
};
