// SPDX-License-Identifier: MIT
// Desktop notifications without a system tray go through the freedesktop notification service.
// The service here is a fake registered on a private D-Bus daemon, so the test sees exactly the
// calls the app makes, and can click a notification.
#include "jobfactory.h"
#include "testsupport.h"

#include "monitor/jobmonitorsession.h"
#include "ui/appsettings.h"
#include "ui/freedesktopnotifications.h"
#include "ui/jobnotifier.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVariantMap>

#include <gtest/gtest.h>

#include <memory>

namespace {

// The org.freedesktop.Notifications service as a desktop shell provides it.
class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;
    QStringList capabilities{ QStringLiteral("body"), QStringLiteral("actions") };

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(timeout);
        calls.append({ appName, replacesId, icon, summary, body, actions, hints });
        return replacesId != 0 ? replacesId : uint(40 + calls.size());
    }
    QStringList GetCapabilities() { return capabilities; }
};

// A private session bus: a dbus-daemon of our own, so the test needs no desktop session and
// never touches the user's.
class PrivateBus
{
public:
    bool start(QString *error)
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            *error = QStringLiteral("dbus-daemon is missing; packaging/install-deps.sh installs it");
            return false;
        }
        m_process.setProgram(daemon);
        m_process.setArguments({ QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                                 QStringLiteral("--print-address=1") });
        m_process.start();
        if (!m_process.waitForStarted(10000) || !m_process.waitForReadyRead(10000)) {
            *error = QStringLiteral("dbus-daemon did not start: ") + m_process.errorString();
            return false;
        }
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
        return !m_address.isEmpty();
    }
    ~PrivateBus()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("sjm-test-service"));
        QDBusConnection::disconnectFromBus(QStringLiteral("sjm-test-app"));
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QDBusConnection connect(const QString &name) { return QDBusConnection::connectToBus(m_address, name); }

private:
    QProcess m_process;
    QString m_address;
};

JobTransitionTracker::Transitions oneFailure()
{
    JobTransitionTracker::Transitions t;
    Job failed = jobfactory::make(7, JobStatus::Failure);
    failed.errorMessage = QStringLiteral("ERROR_AUTHENTICATION_FAILURE: <token> expired & rejected");
    t.newlyFailed.append(failed);
    return t;
}
} // namespace

TEST(JobNotifier, TheTrayWinsThenTheNotificationServiceThenNothing)
{
    EXPECT_EQ(JobNotifier::choose(true, true), JobNotifier::Channel::Tray);
    EXPECT_EQ(JobNotifier::choose(true, false), JobNotifier::Channel::Tray);
    EXPECT_EQ(JobNotifier::choose(false, true), JobNotifier::Channel::Freedesktop);
    EXPECT_EQ(JobNotifier::choose(false, false), JobNotifier::Channel::None);
}

TEST(JobNotifier, WithoutATrayTheFreedesktopServiceNotifies)
{
    PrivateBus bus;
    QString error;
    ASSERT_TRUE(bus.start(&error)) << error.toStdString();
    QDBusConnection serviceBus = bus.connect(QStringLiteral("sjm-test-service"));
    ASSERT_TRUE(serviceBus.isConnected());
    FakeNotificationService service;
    ASSERT_TRUE(serviceBus.registerObject(FreedesktopNotifications::kPath, &service, QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(serviceBus.registerService(FreedesktopNotifications::kService));

    // The plural forms come from the English translation, as in the app.
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral("spaceone-job-monitor_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&english);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });

    QDBusConnection appBus = bus.connect(QStringLiteral("sjm-test-app"));
    ASSERT_TRUE(FreedesktopNotifications::isServiceAvailable(appBus));
    JobNotifier notifier(false, appBus);
    ASSERT_EQ(notifier.channel(), JobNotifier::Channel::Freedesktop);
    EXPECT_TRUE(notifier.canNotify());
    ASSERT_NE(notifier.freedesktop(), nullptr);

    QSignalSpy sent(notifier.freedesktop(), &FreedesktopNotifications::sent);
    notifier.notify(oneFailure());
    ASSERT_TRUE(sent.wait(10000));
    ASSERT_EQ(service.calls.size(), 1);
    const FakeNotificationService::Call &call = service.calls.first();
    EXPECT_EQ(call.summary, QStringLiteral("1 job failed"));
    EXPECT_TRUE(call.body.contains(jobfactory::idFor(7))) << call.body.toStdString();
    EXPECT_TRUE(call.body.contains(QStringLiteral("<token> expired & rejected"))) << "plain text, no markup asked";
    EXPECT_EQ(call.replacesId, 0u);
    EXPECT_TRUE(call.actions.contains(QStringLiteral("default")));
    EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral(SJM_APP_ID));
    EXPECT_EQ(call.hints.value(QStringLiteral("urgency")).toInt(), 2) << "a failure is critical";

    // The next one replaces it rather than piling up.
    notifier.notify(oneFailure());
    ASSERT_TRUE(sent.wait(10000));
    ASSERT_EQ(service.calls.size(), 2);
    EXPECT_EQ(service.calls.at(1).replacesId, notifier.freedesktop()->lastId());
    EXPECT_NE(service.calls.at(1).replacesId, 0u);

    // Clicking it brings the window; clicks on other apps' notifications do not.
    QSignalSpy activated(&notifier, &JobNotifier::activated);
    auto invoke = [&](uint id) {
        QDBusMessage signal = QDBusMessage::createSignal(
            FreedesktopNotifications::kPath, FreedesktopNotifications::kInterface, QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        ASSERT_TRUE(serviceBus.send(signal));
    };
    // Signals from one sender arrive in the order sent: the other app's click came first.
    invoke(notifier.freedesktop()->lastId() + 100);
    invoke(notifier.freedesktop()->lastId());
    ASSERT_TRUE(activated.wait(10000));
    EXPECT_EQ(activated.size(), 1);

    // Muted, nothing is sent: calls reach the service in the order made, so the next one it
    // gets is the one made after unmuting.
    notifier.setMuted(true);
    notifier.notify(oneFailure());
    notifier.setMuted(false);
    JobTransitionTracker::Transitions afterUnmute = oneFailure();
    afterUnmute.newlyFailed.first().jobId = jobfactory::idFor(8);
    notifier.notify(afterUnmute);
    ASSERT_TRUE(waitUntil([&] { return service.calls.size() >= 3; }));
    EXPECT_TRUE(service.calls.at(2).body.contains(jobfactory::idFor(8))) << service.calls.at(2).body.toStdString();
}

TEST(JobNotifier, MarkupIsEscapedForServersThatReadIt)
{
    PrivateBus bus;
    QString error;
    ASSERT_TRUE(bus.start(&error)) << error.toStdString();
    QDBusConnection serviceBus = bus.connect(QStringLiteral("sjm-test-service"));
    FakeNotificationService service;
    service.capabilities << QStringLiteral("body-markup");
    ASSERT_TRUE(serviceBus.registerObject(FreedesktopNotifications::kPath, &service, QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(serviceBus.registerService(FreedesktopNotifications::kService));
    JobNotifier notifier(false, bus.connect(QStringLiteral("sjm-test-app")));
    ASSERT_EQ(notifier.channel(), JobNotifier::Channel::Freedesktop);
    // At once, before the service has said it reads markup: the notification waits for that.
    QSignalSpy sent(notifier.freedesktop(), &FreedesktopNotifications::sent);
    notifier.notify(oneFailure());
    ASSERT_TRUE(sent.wait(10000));
    EXPECT_TRUE(service.calls.first().body.contains(QStringLiteral("&lt;token&gt; expired &amp; rejected")))
        << service.calls.first().body.toStdString();
}

TEST(JobNotifier, WithNeitherTrayNorServiceNothingOffersToMute)
{
    PrivateBus bus; // a bus, but no notification service on it
    QString error;
    ASSERT_TRUE(bus.start(&error)) << error.toStdString();
    JobNotifier notifier(false, bus.connect(QStringLiteral("sjm-test-app")));
    EXPECT_EQ(notifier.channel(), JobNotifier::Channel::None);
    EXPECT_FALSE(notifier.canNotify());
    JobNotifier noBus(false, QDBusConnection(QStringLiteral("not-connected")));
    EXPECT_EQ(noBus.channel(), JobNotifier::Channel::None);

    // The window offers "Mute notifications" exactly when its notifier can notify.
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    JobMonitorSession session;
    MainWindow window(&session, &settings);
    EXPECT_EQ(window.action(QStringLiteral("actionMute"))->isVisible(), window.notifier()->canNotify());
}

#include "jobnotifier_test.moc"
