// SPDX-License-Identifier: MIT
#include "jobnotifier.h"

#include "freedesktopnotifications.h"
#include "iconprovider.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>

JobNotifier::JobNotifier(QObject *parent)
    : QObject(parent)
{
    setUp(QSystemTrayIcon::isSystemTrayAvailable(), QDBusConnection::sessionBus());
}

JobNotifier::JobNotifier(bool trayAvailable, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
{
    setUp(trayAvailable, bus);
}

JobNotifier::Channel JobNotifier::choose(bool trayAvailable, bool notificationServiceAvailable)
{
    if (trayAvailable)
        return Channel::Tray;
    return notificationServiceAvailable ? Channel::Freedesktop : Channel::None;
}

void JobNotifier::setUp(bool trayAvailable, const QDBusConnection &bus)
{
    // The bus is asked only when there is no tray: a blocking call at start-up is not free.
    m_channel = choose(trayAvailable, !trayAvailable && FreedesktopNotifications::isServiceAvailable(bus));
    if (m_channel == Channel::Freedesktop) {
        m_freedesktop = new FreedesktopNotifications(bus, this);
        connect(m_freedesktop, &FreedesktopNotifications::activated, this, &JobNotifier::activated);
        return;
    }
    if (m_channel != Channel::Tray)
        return;
    m_tray = new QSystemTrayIcon(IconProvider::appIcon(), this);
    m_tray->setToolTip(QCoreApplication::applicationName());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &JobNotifier::activated);
    m_tray->show();
}

void JobNotifier::setMenu(QMenu *menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

void JobNotifier::setCounts(qint64 failed, int stuck, const QString &connectionName)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(
        tr("%1 — %2\n%Ln failed", nullptr, int(failed)).arg(QCoreApplication::applicationName(), connectionName)
        + QLatin1Char('\n') + tr("%Ln stuck", nullptr, stuck));
    m_tray->setIcon(failed > 0 || stuck > 0
                        ? IconProvider::statusIcon(failed > 0 ? JobStatus::Failure : JobStatus::Unknown)
                        : IconProvider::appIcon());
}

void JobNotifier::notify(const JobTransitionTracker::Transitions &t)
{
    if (m_muted || t.isEmpty())
        return;
    QString title;
    QString body;
    if (!t.newlyFailed.isEmpty()) {
        title = tr("%Ln job(s) failed", nullptr, int(t.newlyFailed.size()));
        const Job &first = t.newlyFailed.first();
        body = tr("%1 (%2): %3").arg(first.jobId, first.trustedAccountId, first.errorMessage.left(160));
        if (t.newlyFailed.size() > 1)
            body += QLatin1Char('\n') + tr("and %Ln more", nullptr, int(t.newlyFailed.size() - 1));
    }
    if (!t.newlyStuck.isEmpty()) {
        const QString stuckTitle = tr("%Ln job(s) stuck", nullptr, int(t.newlyStuck.size()));
        title = title.isEmpty() ? stuckTitle : title + QStringLiteral(", ") + stuckTitle;
        const Job &first = t.newlyStuck.first();
        // Whole sentences per state: a lower-cased status label reads wrong in other languages.
        const QString line
            = (first.status == JobStatus::Pending ? tr("%1 (%2) is still pending") : tr("%1 (%2) is still in progress"))
                  .arg(first.jobId, first.trustedAccountId);
        body = body.isEmpty() ? line : body + QLatin1Char('\n') + line;
    }
    m_lastNotification = title + QLatin1Char('\n') + body;
    Q_EMIT notified(title, body);
    if (m_tray)
        m_tray->showMessage(title, body, t.newlyFailed.isEmpty() ? QSystemTrayIcon::Warning : QSystemTrayIcon::Critical,
                            10000);
    else if (m_freedesktop)
        m_freedesktop->show(title, body,
                            t.newlyFailed.isEmpty() ? FreedesktopNotifications::Urgency::Normal
                                                    : FreedesktopNotifications::Urgency::Critical);
}
