// SPDX-License-Identifier: MIT
#include "jobtraynotifier.h"

#include "iconprovider.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>

JobTrayNotifier::JobTrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(IconProvider::appIcon(), this);
    m_tray->setToolTip(QCoreApplication::applicationName());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &JobTrayNotifier::activated);
    m_tray->show();
}

bool JobTrayNotifier::isAvailable() const
{
    return m_tray != nullptr;
}

void JobTrayNotifier::setMenu(QMenu *menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

void JobTrayNotifier::setCounts(qint64 failed, int stuck, const QString &connectionName)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(
        tr("%1 — %2\n%n failed", nullptr, int(failed)).arg(QCoreApplication::applicationName(), connectionName)
        + QLatin1Char('\n') + tr("%n stuck", nullptr, stuck));
    m_tray->setIcon(failed > 0 || stuck > 0
                        ? IconProvider::statusIcon(failed > 0 ? JobStatus::Failure : JobStatus::Unknown)
                        : IconProvider::appIcon());
}

void JobTrayNotifier::notify(const JobTransitionTracker::Transitions &t)
{
    if (m_muted || t.isEmpty())
        return;
    QString title;
    QString body;
    if (!t.newlyFailed.isEmpty()) {
        title = tr("%n job(s) failed", nullptr, int(t.newlyFailed.size()));
        const Job &first = t.newlyFailed.first();
        body = tr("%1 (%2): %3").arg(first.jobId, first.trustedAccountId, first.errorMessage.left(160));
        if (t.newlyFailed.size() > 1)
            body += QLatin1Char('\n') + tr("and %n more", nullptr, int(t.newlyFailed.size() - 1));
    }
    if (!t.newlyStuck.isEmpty()) {
        const QString stuckTitle = tr("%n job(s) stuck", nullptr, int(t.newlyStuck.size()));
        title = title.isEmpty() ? stuckTitle : title + QStringLiteral(", ") + stuckTitle;
        const Job &first = t.newlyStuck.first();
        const QString line
            = tr("%1 (%2) is still %3").arg(first.jobId, first.trustedAccountId, first.statusLabel().toLower());
        body = body.isEmpty() ? line : body + QLatin1Char('\n') + line;
    }
    m_lastNotification = title + QLatin1Char('\n') + body;
    Q_EMIT notified(title, body);
    if (m_tray)
        m_tray->showMessage(title, body, t.newlyFailed.isEmpty() ? QSystemTrayIcon::Warning : QSystemTrayIcon::Critical,
                            10000);
}
